package io.github.multiproc.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Runs each sample through the CLI in its own JVM and checks what it printed. */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class SamplesTest {

  /** Runs the CLI, requires a clean exit with nothing left running, and returns its lines. */
  private static List<String> runClean(String... args) throws Exception {
    SamplesCli.Run run = SamplesCli.main(args);
    assertEquals(
        0, run.exitCode(), () -> "exit code; stdout:\n" + run.out() + "stderr:\n" + run.err());
    assertEquals(List.of(), run.leftovers(), "child processes left running");
    return run.lines();
  }

  private static List<String> matching(List<String> lines, String regex) {
    Pattern pattern = Pattern.compile(regex);
    List<String> found = new ArrayList<>();
    for (String line : lines) {
      if (pattern.matcher(line).matches()) {
        found.add(line);
      }
    }
    return found;
  }

  @Test
  void basicPrintsEveryWorkerOnceInSomeOrder() throws Exception {
    List<String> lines = runClean("basic");
    assertEquals("=== basic (seed 000 section 1: basic) ===", lines.get(0));
    List<String> workers = new ArrayList<>(matching(lines, "Worker: \\d+"));
    workers.sort(null);
    assertEquals(List.of("Worker: 0", "Worker: 1", "Worker: 2", "Worker: 3", "Worker: 4"), workers);
  }

  @Test
  void namedPrintsEachProcessNameStartingThenExiting() throws Exception {
    List<String> lines = runClean("named");
    for (String name : List.of("worker 1", "my_service")) {
      int starting = lines.indexOf(name + " Starting");
      int exiting = lines.indexOf(name + " Exiting");
      assertTrue(starting > 0 && exiting > starting, () -> name + " in " + lines);
    }
    assertEquals(2, matching(lines, "Process-\\d+ (Starting|Exiting)").size(), lines::toString);
  }

  @Test
  void daemonIsTerminatedBeforeItPrintsExiting() throws Exception {
    List<String> lines = runClean("daemon");
    assertEquals(1, matching(lines, "Starting: daemon \\d+").size(), lines::toString);
    assertEquals(List.of(), matching(lines, "Exiting : daemon \\d+"));
    assertEquals(1, matching(lines, "Exiting : non-daemon \\d+").size(), lines::toString);
  }

  @Test
  void joinWaitsForTheDaemonSoItsExitingLinePrints() throws Exception {
    List<String> lines = runClean("join");
    List<String> exits = matching(lines, "Exiting : (non-daemon|daemon) \\d+");
    assertEquals(2, exits.size(), lines::toString);
    assertTrue(exits.get(0).startsWith("Exiting : non-daemon"), lines::toString);
    assertTrue(exits.get(1).startsWith("Exiting : daemon"), lines::toString);
  }

  @Test
  void terminateEndsTheChildWithMinus15() throws Exception {
    List<String> lines = runClean("terminate");
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("BEFORE: ") && l.endsWith(" false")));
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("DURING: ") && l.endsWith(" true")));
    String joined =
        lines.stream().filter(l -> l.startsWith("JOINED: ")).findFirst().orElseThrow();
    assertTrue(joined.endsWith(" false"), joined);
    assertTrue(lines.contains("exit code: -15"), lines::toString);
    assertFalse(lines.contains("Finished worker"), lines::toString);
  }

  @Test
  void singleJoinsTheChildBeforeTheParentLoops() throws Exception {
    List<String> lines = runClean("single");
    List<String> loops = matching(lines, "-----test--------|--------main----------");
    assertEquals(
        List.of(
            "-----test--------", "-----test--------", "-----test--------",
            "--------main----------", "--------main----------", "--------main----------"),
        loops);
  }

  @Test
  void multipleListsItsChildrenAndTheyAllFinish() throws Exception {
    List<String> lines = runClean("multiple");
    assertTrue(
        lines.contains("The number of CPU is:" + Runtime.getRuntime().availableProcessors()),
        lines::toString);
    assertTrue(lines.contains("END!!!!!"), lines::toString);
    assertFalse(matching(lines, "child p\\.name:.+\t p\\.id\\d+").isEmpty(), lines::toString);
    for (int i = 1; i <= 3; i++) {
      assertTrue(lines.contains("worker_" + i), lines::toString);
      assertTrue(lines.contains("end_worker_" + i), lines::toString);
    }
  }

  @Test
  void clockChildReportsTheCliAsItsParent() throws Exception {
    SamplesCli.Run run = SamplesCli.main("clock");
    assertEquals(0, run.exitCode(), run::err);
    assertEquals(List.of(), run.leftovers());
    assertTrue(run.lines().contains("Current process (" + run.pid() + ")"), run::out);
    Matcher child =
        Pattern.compile("Child process \\((\\d+)\\) starts, its parent is \\((\\d+)\\)")
            .matcher(run.out());
    assertTrue(child.find(), run::out);
    assertEquals(Long.toString(run.pid()), child.group(2));
    assertTrue(
        Pattern.compile("\\(" + child.group(1) + "\\) finished, took 0\\.\\d\\d seconds")
            .matcher(run.out())
            .find(),
        run::out);
  }

  @Test
  void infoChildSaysHelloBobAndNamesTheCliAsParent() throws Exception {
    SamplesCli.Run run = SamplesCli.main("info");
    assertEquals(0, run.exitCode(), run::err);
    List<String> lines = run.lines();
    int child = lines.indexOf("function f");
    assertTrue(lines.indexOf("main process line") >= 0 && child > 0, run::out);
    assertEquals("parent process: " + run.pid(), lines.get(child + 2));
    assertEquals("module name: " + Info.class.getName(), lines.get(child + 1));
    assertTrue(lines.contains("hello bob"), run::out);
  }

  @Test
  void helloSaysHelloJohn() throws Exception {
    assertEquals(
        List.of("=== hello (seed 003 multiprocessing: hello john) ===", "hello john", ""),
        runClean("hello"));
  }

  @Test
  void listNamesEverySampleWithItsSeed() throws Exception {
    List<String> lines = runClean("--list");
    assertEquals(Main.SAMPLES.size(), lines.size());
    for (int i = 0; i < lines.size(); i++) {
      Sample sample = Main.SAMPLES.get(i);
      assertTrue(lines.get(i).startsWith(sample.name() + " "), lines.get(i));
      assertTrue(lines.get(i).endsWith(sample.seed()), lines.get(i));
    }
    assertEquals(
        List.of(
            "basic", "named", "daemon", "join", "terminate", "single", "multiple", "clock", "hello",
            "info"),
        Main.SAMPLES.stream().map(Sample::name).toList());
  }

  @Test
  void unknownNameExits2AndListsTheValidNames() throws Exception {
    SamplesCli.Run run = SamplesCli.main("basic", "nosuch");
    assertEquals(2, run.exitCode());
    assertEquals("", run.out(), "nothing runs when a name is wrong");
    assertTrue(run.err().contains("unknown sample 'nosuch'"), run::err);
    assertTrue(run.err().contains("basic, named, daemon, join, terminate"), run::err);
  }
}
