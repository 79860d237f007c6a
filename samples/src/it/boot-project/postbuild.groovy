// Runs the executable jar Boot's repackage made, as a user does, and checks what its children did.
def java = new File(System.getProperty('java.home'), 'bin/java').path
def jar = new File(basedir, 'target/boot-app.jar')
assert jar.isFile() : "no executable jar at ${jar}"
def builder = new ProcessBuilder(java, '-jar', jar.path).directory(basedir).redirectErrorStream(true)
builder.environment().remove('CLASSPATH')
builder.environment().remove('JDK_JAVA_OPTIONS')
def app = builder.start()
def output = new StringBuilder()
def reader = app.consumeProcessOutputStream(output)
if (!app.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
  app.destroyForcibly()
  assert false : "java -jar did not finish within 60 s:\n${output}"
}
reader.join()
println "java -jar boot-app.jar:\n${output}"
assert app.exitValue() == 0 : "java -jar exited with ${app.exitValue()}:\n${output}"
def lines = output.readLines()*.trim().findAll { it }
assert lines == ['pool=[1, 4, 9, 16]', 'sum=55', 'worker loader=LaunchedClassLoader',
    'worker in a child=true', 'worker exit code=0'] : "unexpected output:\n${output}"
