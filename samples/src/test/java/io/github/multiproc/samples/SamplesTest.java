package io.github.multiproc.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
    String joined = lines.stream().filter(l -> l.startsWith("JOINED: ")).findFirst().orElseThrow();
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
            "-----test--------",
            "-----test--------",
            "-----test--------",
            "--------main----------",
            "--------main----------",
            "--------main----------"),
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
  void queueRwReaderGetsEveryValueInOrderAfterItWasPut() throws Exception {
    List<String> lines = runClean("queue-rw");
    assertEquals(1, matching(lines, "Process to write: \\d+").size(), lines::toString);
    assertEquals(1, matching(lines, "Process to read: \\d+").size(), lines::toString);
    // The sentinel is never printed: the reader returns when it takes it.
    assertEveryValuePutThenGotInOrder(lines);
  }

  @Test
  void pipePrintsTheListTheChildSent() throws Exception {
    assertEquals(
        List.of("=== pipe (seed 003 Pipe) ===", "[42, null, hello]", ""), runClean("pipe"));
  }

  @Test
  void pipe004PrintsTheListTheChildSent() throws Exception {
    assertEquals(
        List.of("=== pipe-004 (seed 004 Pipe()) ===", "[42, null, hello]", ""),
        runClean("pipe-004"));
  }

  @Test
  void queuePrintsTheListTheChildPut() throws Exception {
    assertEquals(
        List.of("=== queue (seed 004 Queue()) ===", "[42, null, hello]", ""), runClean("queue"));
  }

  @Test
  void lockIsHeldByOneProcessAtATime() throws Exception {
    List<String> lines = runClean("lock");
    List<String> events = matching(lines, ".+ (acquired|releases) the lock");
    assertEquals(8, events.size(), lines::toString);
    // No worker gets the lock before the parent lets it go, ...
    assertEquals(List.of("main acquired the lock", "main releases the lock"), events.subList(0, 2));
    // ... and then each holder releases it before the next one's line.
    List<String> holders = new ArrayList<>();
    for (int i = 2; i < events.size(); i += 2) {
      String acquired = events.get(i);
      assertTrue(acquired.endsWith(" acquired the lock"), lines::toString);
      String holder = acquired.substring(0, acquired.length() - " acquired the lock".length());
      assertEquals(holder + " releases the lock", events.get(i + 1), lines::toString);
      holders.add(holder);
    }
    assertEquals(3, holders.stream().distinct().count(), lines::toString);
    assertFalse(holders.contains("main"), lines::toString);
  }

  @Test
  void lock004PrintsTenIntactLinesOnePerProcess() throws Exception {
    List<String> lines = runClean("lock-004");
    assertEquals("=== lock-004 (seed 004 process lock: hello world i) ===", lines.get(0));
    assertEquals("", lines.get(lines.size() - 1), lines::toString);
    // Everything between the header and the final blank line: exactly the ten lines, whole.
    List<String> printed = new ArrayList<>(lines.subList(1, lines.size() - 1));
    printed.sort(null);
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      expected.add("hello world " + i);
    }
    assertEquals(expected, printed);
  }

  @Test
  void threadsRunTheFunctionOnTwoThreads() throws Exception {
    List<String> lines = runClean("threads");
    assertEquals("=== threads (seed 003 threads: a function on two threads) ===", lines.get(0));
    List<String> tasks = new ArrayList<>(lines.subList(1, lines.size() - 1));
    tasks.sort(null);
    assertEquals(List.of("current task: thread 1", "current task: thread 2"), tasks);
  }

  @Test
  void threadClassRunsTwoThreadSubclasses() throws Exception {
    List<String> lines = runClean("thread-class");
    assertEquals("=== thread-class (seed 003 threads: a thread as a class) ===", lines.get(0));
    List<String> tasks = new ArrayList<>(lines.subList(1, lines.size() - 1));
    tasks.sort(null);
    assertEquals(List.of("current task: thread 1", "current task: thread 2"), tasks);
  }

  @Test
  void threadLockCountsEveryIncrementAndOnlyTheProcessLockExcludesAChild() throws Exception {
    List<String> lines = runClean("thread-lock");
    assertEquals(
        List.of(
            "=== thread-lock (seed 003 thread lock, beside the process lock) ===",
            "doing the work",
            "4 threads x 10000 increments under a ReentrantLock: 40000",
            "4 threads x 10000 increments in synchronized: 40000"),
        lines.subList(0, 4));
    String refused = lines.get(4);
    assertTrue(refused.startsWith("a ReentrantLock cannot go to a child process: "), refused);
    assertTrue(refused.contains("ProcessLock"), refused);
    assertEquals(
        List.of(
            "a child tries the process lock while main holds it: false",
            "a child tries the process lock after main released it: true",
            ""),
        lines.subList(5, lines.size()));
  }

  @Test
  void threadQueueReaderGetsEveryValueInOrder() throws Exception {
    List<String> lines = runClean("thread-queue");
    assertTrue(lines.contains("Thread to write: writer"), lines::toString);
    assertTrue(lines.contains("Thread to read: reader"), lines::toString);
    assertEveryValuePutThenGotInOrder(lines);
  }

  /** The writer/reader pair's contract, for processes and threads alike: A, B, C, each put first. */
  private static void assertEveryValuePutThenGotInOrder(List<String> lines) {
    assertEquals(
        List.of("Put A to queue...", "Put B to queue...", "Put C to queue..."),
        matching(lines, "Put .* to queue\\.\\.\\."));
    assertEquals(
        List.of("Get A from queue.", "Get B from queue.", "Get C from queue."),
        matching(lines, "Get .* from queue\\."));
    for (String value : List.of("A", "B", "C")) {
      assertTrue(
          lines.indexOf("Put " + value + " to queue...")
              < lines.indexOf("Get " + value + " from queue."),
          lines::toString);
    }
  }

  /** The CLI runs on this JVM's {@code java}, so this JVM's version says which output to expect. */
  @Test
  void coroutinesRunOnVirtualThreadsFromJdk21AndSaySoPlainlyBefore() throws Exception {
    List<String> lines = runClean("coroutines");
    assertEquals("=== coroutines (seed 004 coroutines: virtual threads) ===", lines.get(0));
    if (Runtime.version().feature() < 21) {
      assertEquals(
          List.of(
              "virtual threads (the JVM's coroutines) need JDK 21 or later; this is JDK "
                  + Runtime.version(),
              ""),
          lines.subList(1, lines.size()));
      return;
    }
    assertEquals("10000 tasks, each waiting 100 ms for I/O, one virtual thread each", lines.get(1));
    Matcher done =
        Pattern.compile("10000 done in (\\d+\\.\\d\\d) s, 10000 of them on a virtual thread")
            .matcher(lines.get(2));
    assertTrue(done.matches(), lines::toString);
    // One after another they would take 1000 s; together, about the wait of one.
    double seconds = Double.parseDouble(done.group(1));
    assertTrue(seconds < 20, lines::toString);
  }

  @Test
  void dummyMapsPlainFunctionsOnThreadsOfThisProcess() throws Exception {
    assertEquals(
        List.of(
            "=== dummy (seed 001 dummy: multiprocessing.dummy, a pool on threads) ===",
            "[0, 1, 4, 9, 16, 25, 36, 49, 64, 81]",
            "[SPAM, EGGS, HAM]",
            "every task ran in this process: true",
            ""),
        runClean("dummy"));
  }

  @Test
  void poolRunsTenTasksOnAtMostFourWorkersEachStartingBeforeItEnds() throws Exception {
    checkSeed003Pool("pool");
  }

  @Test
  void clusterPoolRunsTheSameTenTasksOnTwoMembersPrintedTheSameWay() throws Exception {
    checkSeed003Pool("cluster-pool");
  }

  /** Seed 003's ten tasks on a pool of four workers, printed as the note prints them. */
  private static void checkSeed003Pool(String sample) throws Exception {
    SamplesCli.Run run = SamplesCli.main(sample);
    assertEquals(0, run.exitCode(), () -> run.out() + run.err());
    assertEquals(List.of(), run.leftovers(), "pool workers left running");
    List<String> lines = run.lines();
    assertEquals("parent process starts", lines.get(1), lines::toString);
    assertEquals("parent process ends.", lines.get(lines.size() - 2), lines::toString);
    Pattern starts = Pattern.compile("child process (\\d) starts, pid: (\\d+)");
    Pattern ends =
        Pattern.compile("child process (\\d) ends, pid: (\\d+)\\. took (\\d+\\.\\d\\d) s");
    Set<String> pids = new HashSet<>();
    for (int i = 0; i < 10; i++) {
      List<String> started = matching(lines, "child process " + i + " starts, pid: \\d+");
      List<String> ended = matching(lines, "child process " + i + " ends, pid: .*");
      assertEquals(1, started.size(), lines::toString);
      assertEquals(1, ended.size(), lines::toString);
      Matcher start = starts.matcher(started.get(0));
      Matcher end = ends.matcher(ended.get(0));
      assertTrue(start.matches() && end.matches(), lines::toString);
      assertEquals(start.group(2), end.group(2), "a task starts and ends in one worker");
      assertTrue(lines.indexOf(started.get(0)) < lines.indexOf(ended.get(0)), lines::toString);
      double took = Double.parseDouble(end.group(3));
      assertTrue(took >= 0.09 && took < 5, lines::toString);
      pids.add(start.group(2));
    }
    assertTrue(pids.size() >= 1 && pids.size() <= 4, () -> "workers " + pids);
    assertFalse(pids.contains(Long.toString(run.pid())), "tasks ran in workers, not the parent");
    // Header, two parent lines, 20 task lines, the final blank line: nothing else.
    assertEquals(24, lines.size(), lines::toString);
  }

  @Test
  void progressDrawsTheBarAtEveryTenthResultAndSumsThemAll() throws Exception {
    List<String> lines = runClean("progress");
    List<String> expected = new ArrayList<>();
    for (int done = 10; done <= 100; done += 10) {
      expected.add("[" + "#".repeat(done / 10) + ".".repeat(10 - done / 10) + "] " + done + "/100");
    }
    assertEquals(expected, matching(lines, "\\[.*\\] \\d+/100"));
    assertTrue(lines.contains("sum of squares 0..99: 328350"), lines::toString);
  }

  @Test
  void threadPoolFetchesEveryUrlFromItsOwnServerInOrder() throws Exception {
    List<String> lines = runClean("thread-pool");
    assertEquals("=== thread-pool (seed 003 thread pool: fetch URLs) ===", lines.get(0));
    List<String> sites =
        List.of("www.baidu.com", "www.sina.com.cn", "www.163.com", "www.qq.com", "www.taobao.com");
    assertEquals(sites.size() + 2, lines.size(), lines::toString);
    Matcher first = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/.*").matcher(lines.get(1));
    assertTrue(first.matches(), lines::toString);
    String base = "http://127.0.0.1:" + first.group(1) + "/";
    for (int i = 0; i < sites.size(); i++) {
      assertEquals(base + sites.get(i) + " 200 hello from " + sites.get(i), lines.get(i + 1));
    }
  }

  @Test
  void poolCallbackGetsEveryResultInTheParentAfterEnd() throws Exception {
    SamplesCli.Run run = SamplesCli.main("pool-callback");
    assertEquals(0, run.exitCode(), () -> run.out() + run.err());
    assertEquals(List.of(), run.leftovers(), "pool workers left running");
    List<String> lines = run.lines();
    assertEquals(
        "=== pool-callback (seed 004 process pool: apply_async with a callback) ===", lines.get(0));
    // applyAsync only queues: end prints long before the first 0.2 s task can finish.
    assertEquals("end", lines.get(1), lines::toString);
    List<String> callbacks = new ArrayList<>(matching(lines, "-->exec done: \\d+"));
    callbacks.sort(null);
    List<String> expected = new ArrayList<>();
    for (int i = 100; i < 110; i++) {
      expected.add("-->exec done: " + i);
    }
    assertEquals(expected, callbacks);
    assertEquals(List.of("-->apply: 110"), matching(lines, "-->apply: .*"));
    assertEquals(14, lines.size(), lines::toString);
  }

  @Test
  void managerPrintsPythonsDictAndListAfterTenProcesses() throws Exception {
    List<String> lines = runClean("manager");
    assertEquals("=== manager (seed 004 Manager: a shared dict and list) ===", lines.get(0));
    assertEquals("", lines.get(lines.size() - 1), lines::toString);
    // Python: {1: '1', '2': 2, 0.25: None}, in insertion order.
    assertEquals("{1=1, 2=2, 0.25=null}", lines.get(lines.size() - 3), lines::toString);
    // Python: [0, 1, 2, 3, 4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]
    assertEquals(
        "[0, 1, 2, 3, 4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]",
        lines.get(lines.size() - 2),
        lines::toString);
    // Each worker printed the list as it saw it right after its own append: 0..4 and 1 to 10 ones.
    List<String> printed = lines.subList(1, lines.size() - 3);
    assertEquals(10, printed.size(), lines::toString);
    Set<Integer> ones = new HashSet<>();
    for (String line : printed) {
      Matcher m = Pattern.compile("\\[0, 1, 2, 3, 4((?:, 1)+)\\]").matcher(line);
      assertTrue(m.matches(), line);
      ones.add(m.group(1).length() / 3);
    }
    assertTrue(ones.contains(10), () -> "the last worker to append sees ten ones: " + printed);
  }

  @Test
  void remoteManagerServesTwoClientsAndRefusesAWrongAuthkey() throws Exception {
    List<String> lines = runClean("remote-manager");
    assertEquals(
        "=== remote-manager (seed 004 Manager: served on a socket, with an authkey) ===",
        lines.get(0));
    assertEquals("serving on 127.0.0.1, port chosen by the system", lines.get(1));
    List<String> puts = new ArrayList<>(lines.subList(2, 4));
    puts.sort(null);
    assertEquals(List.of("client 1 put 1", "client 2 put 4"), puts, lines::toString);
    assertEquals(
        List.of(
            "the server sees {client 1=1, client 2=4}",
            "a wrong authkey is refused: AuthenticationException",
            "the server still sees {client 1=1, client 2=4}",
            ""),
        lines.subList(4, lines.size()));
  }

  @Test
  void sharedCounterLosesNoIncrementFromFourProcesses() throws Exception {
    List<String> lines = runClean("managed-counter");
    assertEquals(
        List.of("=== managed-counter (seed 004 Manager: a custom @Managed object) ===", "400", ""),
        lines);
  }

  @Test
  void waitTakesEveryResultAndEveryExitAsTheyCome() throws Exception {
    List<String> lines = runClean("wait");
    assertEquals(
        "=== wait (Python docs connection.wait: a fan-in from pipes and processes) ===",
        lines.get(0));
    for (int n = 0; n < 4; n++) {
      String worker = "worker-" + n;
      assertEquals(
          List.of(
              worker + " sent " + n * 10,
              worker + " sent " + (n * 10 + 1),
              worker + " sent " + (n * 10 + 2)),
          matching(lines, worker + " sent \\d+"),
          "each pipe in order");
      assertEquals(1, matching(lines, worker + " exited with 0").size(), lines::toString);
    }
    assertTrue(lines.contains("12 results from 4 workers"), lines::toString);
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
            "basic",
            "named",
            "daemon",
            "join",
            "terminate",
            "single",
            "multiple",
            "clock",
            "dummy",
            "hello",
            "queue-rw",
            "pipe",
            "lock",
            "pool",
            "cluster-pool",
            "progress",
            "threads",
            "thread-class",
            "thread-lock",
            "thread-queue",
            "thread-pool",
            "info",
            "queue",
            "pipe-004",
            "manager",
            "remote-manager",
            "managed-counter",
            "lock-004",
            "pool-callback",
            "coroutines",
            "wait"),
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
