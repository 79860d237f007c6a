package io.github.multiproc.samples;

import io.github.multiproc.ChildProcess;
import io.github.multiproc.Multiproc;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The samples CLI: runs every port of the seed notes in order, or the ones named.
 *
 * <pre>
 * java -jar samples/target/multiproc-samples.jar            # every sample
 * java -jar samples/target/multiproc-samples.jar --list     # names and the seed sections they port
 * java -jar samples/target/multiproc-samples.jar basic join # just these
 * </pre>
 *
 * <p>Exit status: 0 when every sample ran, 1 when one threw, 2 on a bad command line.
 */
public final class Main {
  /** A sample's {@code main}. */
  @FunctionalInterface
  interface Body {
    void run(String[] args) throws Exception;
  }

  /** Every sample, in the order the seed notes present them. */
  static final List<Sample> SAMPLES =
      List.of(
          new Sample("basic", "seed 000 section 1: basic", Basic::main),
          new Sample("named", "seed 000 section 2: with name", Named::main),
          new Sample("daemon", "seed 000 section 3: daemon", DaemonSample::main),
          new Sample("join", "seed 000 section 4: join", Join::main),
          new Sample("terminate", "seed 000 section 5: terminate", Terminate::main),
          new Sample("single", "seed 001 section 1.1: a function as one process", Single::main),
          new Sample("multiple", "seed 001 section 1.2: functions as processes", Multiple::main),
          new Sample("clock", "seed 001 section 1.3: a process as a class", Clock::main),
          new Sample(
              "dummy", "seed 001 dummy: multiprocessing.dummy, a pool on threads", Dummy::main),
          new Sample("hello", "seed 003 multiprocessing: hello john", Hello::main),
          new Sample("queue-rw", "seed 003 Queue: a writer and a reader", QueueReadWrite::main),
          new Sample("pipe", "seed 003 Pipe", PipeSample::main),
          new Sample("lock", "seed 003 process lock: acquire, release", LockSample::main),
          new Sample("pool", "seed 003 process pool: ten apply_async on Pool(4)", PoolSample::main),
          new Sample(
              "cluster-pool",
              "seed 003 process pool: the same ten tasks on a 2-member" + " cluster",
              ClusterPoolSample::main),
          new Sample("progress", "seed 003 process pool: a progress bar on imap", Progress::main),
          new Sample("threads", "seed 003 threads: a function on two threads", Threads::main),
          new Sample("thread-class", "seed 003 threads: a thread as a class", ThreadClass::main),
          new Sample(
              "thread-lock", "seed 003 thread lock, beside the process lock", ThreadLock::main),
          new Sample(
              "thread-queue", "seed 003 thread queue: a writer and a reader", ThreadQueue::main),
          new Sample("thread-pool", "seed 003 thread pool: fetch URLs", ThreadPoolSample::main),
          new Sample("info", "seed 004 multiprocessing: process info", Info::main),
          new Sample("queue", "seed 004 Queue()", QueueSample::main),
          new Sample("pipe-004", "seed 004 Pipe()", PipeSample004::main),
          new Sample("manager", "seed 004 Manager: a shared dict and list", ManagerSample::main),
          new Sample(
              "remote-manager",
              "seed 004 Manager: served on a socket, with an authkey",
              RemoteManager::main),
          new Sample(
              "managed-counter",
              "seed 004 Manager: a custom @Managed object",
              ManagedCounter::main),
          new Sample("lock-004", "seed 004 process lock: hello world i", LockSample004::main),
          new Sample(
              "pool-callback",
              "seed 004 process pool: apply_async with a callback",
              PoolCallback::main),
          new Sample("coroutines", "seed 004 coroutines: virtual threads", Coroutines::main),
          new Sample(
              "wait",
              "Python docs connection.wait: a fan-in from pipes and processes",
              WaitSample::main));

  private Main() {}

  /** Runs the samples named in {@code args}, or all of them; see the class comment. */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 1 && (args[0].equals("--list") || args[0].equals("-l"))) {
      for (Sample sample : SAMPLES) {
        out.printf("%-14s %s%n", sample.name(), sample.seed());
      }
      return 0;
    }
    if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
      out.println("usage: multiproc-samples [--list | NAME...]");
      out.println("Runs every sample, or the ones named. Names: " + names());
      return 0;
    }
    List<Sample> chosen = choose(args, err);
    if (chosen == null) {
      return 2;
    }
    for (Sample sample : chosen) {
      out.println("=== " + sample.name() + " (" + sample.seed() + ") ===");
      out.flush();
      try {
        sample.main().run(new String[0]);
        exitLikePython();
      } catch (Exception e) {
        err.println("sample " + sample.name() + " failed:");
        e.printStackTrace(err);
        return 1;
      }
      out.println();
      out.flush();
    }
    return 0;
  }

  /** The samples named on the command line, or all; {@code null} after reporting a bad name. */
  private static List<Sample> choose(String[] args, PrintStream err) {
    if (args.length == 0) {
      return SAMPLES;
    }
    Map<String, Sample> byName = new LinkedHashMap<>();
    for (Sample sample : SAMPLES) {
      byName.put(sample.name(), sample);
    }
    List<Sample> chosen = new ArrayList<>();
    for (String arg : args) {
      Sample sample = byName.get(arg);
      if (sample == null) {
        err.println("multiproc-samples: unknown sample '" + arg + "'; valid names: " + names());
        return null;
      }
      chosen.add(sample);
    }
    return chosen;
  }

  private static String names() {
    return SAMPLES.stream().map(Sample::name).collect(Collectors.joining(", "));
  }

  /**
   * What Python does for a program's children when the program ends, done after each sample
   * because the CLI runs many samples in one JVM and each must finish before the next header.
   *
   * <p>Python's exit handler ({@code multiprocessing.util._exit_function}) first terminates every
   * live daemonic child (so a daemon that is still sleeping never prints its last line: see the
   * {@code daemon} sample), then joins every remaining child (so {@code basic}, {@code named} and
   * {@code multiple}, which start children and return, still see them finish).
   */
  private static void exitLikePython() throws InterruptedException {
    for (ChildProcess<?> child : Multiproc.activeChildren()) {
      if (child.daemon()) {
        child.terminate();
      }
    }
    for (ChildProcess<?> child : Multiproc.activeChildren()) {
      child.join();
    }
    System.out.flush();
  }
}
