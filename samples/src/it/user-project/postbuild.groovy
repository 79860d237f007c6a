// The exec:java run (invoker.goals.2) printed what App's children computed. A child that could
// not find its launcher fails App's result() and with it the build, so this also guards the
// output itself.
def log = new File(basedir, 'build.log').text
assert log.contains('square=49') : 'exec:java: no output from the square worker'
assert log.contains('greeting=hello ann') : 'exec:java: no output from the greeter worker'
