package io.github.multiproc.benchmarks;

import io.github.multiproc.AsyncResult;
import io.github.multiproc.ChildProcess;
import io.github.multiproc.Connection;
import io.github.multiproc.Manager;
import io.github.multiproc.Multiproc;
import io.github.multiproc.Pipe;
import io.github.multiproc.Pool;
import io.github.multiproc.ProcessEvent;
import io.github.multiproc.ProcessLock;
import io.github.multiproc.ProcessQueue;
import io.github.multiproc.SharedInt;
import io.github.multiproc.StartMethod;
import io.github.multiproc.benchmarks.ProcStatus.CpuAndFaults;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The parent side of {@code py_bench.py}'s workloads on multiproc: each method is the Python
 * function of the same name, with the same n and the clock started and stopped at the same points
 * (a child started before the clock in Python is started before it here).
 */
final class JavaSide {
  /** Default standby count while the standby rows run (the API's default). */
  private static final int STANDBY_COUNT = 2;

  /** The main class of standby JVMs, as their command lines show it. */
  private static final String STANDBY_MAIN = "io.github.multiproc.internal.process.StandbyMain";

  /** The longest wait for standby JVMs to exit after a standby row. */
  private static final Duration STANDBY_EXIT_WAIT = Duration.ofSeconds(10);

  private final Sizes sizes;

  /** Measures the hello-world row, which is the start rows' floor as well. */
  private final FloorSide floors;

  /** The idle child's RSS at {@link IdleMemoryNote#LATER_MILLIS}, since the last take. */
  private final List<Double> laterIdleRss = new ArrayList<>();

  /** What the kernel did during each timed loop of {@link #pipeBulkGbps}, since the last take. */
  private final List<EchoCostNote.EchoCost> echoCosts = new ArrayList<>();

  JavaSide(Sizes sizes) {
    this.sizes = sizes;
    this.floors = new FloorSide(sizes);
  }

  /** The echo costs of the pipe bulk runs since the last call, which forgets them. */
  List<EchoCostNote.EchoCost> takeEchoCosts() {
    List<EchoCostNote.EchoCost> taken = List.copyOf(echoCosts);
    echoCosts.clear();
    return taken;
  }

  /** One run of every workload in {@code names}, in table order: name to figure. */
  Map<String, Double> run(List<String> names) throws Exception {
    Map<String, Double> out = new LinkedHashMap<>();
    for (String name : names) {
      out.put(name, measure(name));
    }
    return out;
  }

  /** One figure of one workload; NaN when it cannot be measured here (RSS off Linux). */
  double measure(String name) throws Exception {
    switch (name) {
      case Workload.HELLO_WORLD:
        return helloWorldMs();
      case Workload.SPAWN:
        return startJoinMs(StartMethod.SPAWN);
      case Workload.STANDBY:
        return standbyReadyMs();
      case Workload.STANDBY_SUSTAINED:
        return standbySustainedMs();
      case Workload.PIPE_RTT:
        return pipeRttUs();
      case Workload.PIPE_BULK:
        return pipeBulkGbps();
      case Workload.QUEUE:
        return queueItemsPerS(StartMethod.SPAWN);
      case Workload.QUEUE_STANDBY:
        return withStandby(() -> queueItemsPerS(StartMethod.STANDBY));
      case Workload.POOL_MAP:
        return poolMapPerS();
      case Workload.POOL_APPLY_ASYNC:
        return poolApplyAsyncPerS();
      case Workload.MANAGER_DICT:
        return managerDictOpsPerS();
      case Workload.SHARED_VALUE:
        return sharedValueIncrPerS(StartMethod.SPAWN);
      case Workload.LOCK:
        return lockOpsPerS(StartMethod.SPAWN);
      case Workload.SHARED_VALUE_STANDBY:
        return withStandby(() -> sharedValueIncrPerS(StartMethod.STANDBY));
      case Workload.LOCK_STANDBY:
        return withStandby(() -> lockOpsPerS(StartMethod.STANDBY));
      case Workload.POOL_MAP_STANDBY:
        return withPoolStandbys(this::poolMapPerS);
      case Workload.POOL_APPLY_ASYNC_STANDBY:
        return withPoolStandbys(this::poolApplyAsyncPerS);
      case Workload.IDLE_RSS:
        return idleChildRssMib();
      case Workload.POOL_MAP_CLUSTER:
        return ClusterSide.onCluster(sizes, this::poolMapPerS);
      case Workload.POOL_APPLY_ASYNC_CLUSTER:
        return ClusterSide.onCluster(sizes, this::poolApplyAsyncPerS);
      default:
        throw new IllegalArgumentException("no Java workload named " + name);
    }
  }

  /**
   * A bare hello-world {@code java}, same binary and class path as children: mean ms. The same
   * figure as the start rows' floor, kept as a row for its target ({@code ≤ 1.5x} of it).
   */
  double helloWorldMs() throws IOException, InterruptedException {
    return floors.javaStartExitMs();
  }

  /** Python's {@code start_join_ms(method)}: no-op children started and joined: mean ms. */
  double startJoinMs(StartMethod method) {
    long t = System.nanoTime();
    for (int i = 0; i < sizes.startJoin(); i++) {
      startAndJoin(method);
    }
    return (System.nanoTime() - t) / (double) sizes.startJoin() / 1e6;
  }

  /**
   * Start+join with a standby JVM ready: before each start (untimed) a pause long enough for the
   * standby pool to boot a replacement, so only the hand-over and the child's run are timed.
   */
  double standbyReadyMs() throws InterruptedException {
    return withStandby(
        () -> {
          long total = 0;
          for (int i = 0; i < sizes.startJoin(); i++) {
            Thread.sleep(sizes.standbyRefill().toMillis());
            long t = System.nanoTime();
            startAndJoin(StartMethod.STANDBY);
            total += System.nanoTime() - t;
          }
          return total / (double) sizes.startJoin() / 1e6;
        });
  }

  /** Start+join under STANDBY back to back, as Python's loop runs: includes waiting for refills. */
  double standbySustainedMs() throws InterruptedException {
    return withStandby(() -> startJoinMs(StartMethod.STANDBY));
  }

  private interface Timed {
    double run() throws InterruptedException;
  }

  /** Keeps standby JVMs only while a standby row runs, so that they disturb no other row. */
  private double withStandby(Timed body) throws InterruptedException {
    Multiproc.setStandbyCount(STANDBY_COUNT);
    Multiproc.setStartMethod(StartMethod.STANDBY);
    try {
      // Untimed: the first standby JVMs boot now.
      Thread.sleep(sizes.standbyRefill().toMillis() * STANDBY_COUNT);
      return body.run();
    } finally {
      Multiproc.setStartMethod(StartMethod.SPAWN);
      Multiproc.setStandbyCount(0);
      awaitStandbysGone();
    }
  }

  /**
   * Waits (untimed) until this JVM's standby JVMs have exited: replacements still booting when the
   * row ends finish their warm-up first, and would take the CPU from the rows after this one.
   */
  private static void awaitStandbysGone() throws InterruptedException {
    long deadline = System.nanoTime() + STANDBY_EXIT_WAIT.toNanos();
    while (System.nanoTime() < deadline
        && ProcessHandle.current()
            .children()
            .anyMatch(child -> child.info().commandLine().orElse("").contains(STANDBY_MAIN))) {
      Thread.sleep(10);
    }
  }

  /**
   * A pool workload whose workers come from ready STANDBY JVMs, booted (untimed) for pool workers:
   * a first pool spawns its workers, which makes the standby pool boot JVMs for their arguments;
   * those warm up the worker's chunk path before they count as ready, as Python's fork needs
   * nothing booted either.
   */
  private double withPoolStandbys(Timed body) throws InterruptedException {
    return withStandby(
        () -> {
          try (Pool first = Pool.create(sizes.poolWorkers())) {
            first.apply(WorkloadsTasks.square, 1);
          }
          Thread.sleep(sizes.poolStandbyBoot().toMillis());
          return body.run();
        });
  }

  private static void startAndJoin(StartMethod method) {
    ChildProcess<Void> p = WorkloadsProcesses.noop().startMethod(method);
    p.start();
    p.join();
    if (p.exitCode() != 0) {
      throw new IllegalStateException("a no-op child exited with " + p.exitCode());
    }
  }

  /** Python's {@code pipe_rtt_us()}: a small int echoed by a child: mean us per round trip. */
  double pipeRttUs() throws IOException {
    Pipe<Integer> pipe = Pipe.create();
    try (Connection<Integer> a = pipe.first();
        Connection<Integer> b = pipe.second()) {
      ChildProcess<Void> p = WorkloadsProcesses.echo(b);
      p.start();
      a.send(0);
      a.recv();
      int n = sizes.pipeRoundTrips();
      long t = System.nanoTime();
      for (int i = 0; i < n; i++) {
        a.send(i);
        a.recv();
      }
      long dt = System.nanoTime() - t;
      a.send(null);
      joinClean(p);
      return dt / (double) n / 1e3;
    }
  }

  /** Python's {@code pipe_bulk_gbps()}: 1 MiB echoed by a child: GB/s counted both ways. */
  double pipeBulkGbps() throws IOException {
    Pipe<byte[]> pipe = Pipe.create();
    try (Connection<byte[]> a = pipe.first();
        Connection<byte[]> b = pipe.second()) {
      ChildProcess<Void> p = WorkloadsProcesses.echoBytes(b);
      p.start();
      byte[] buf = new byte[sizes.bulkBytes()];
      Arrays.fill(buf, (byte) 'x');
      a.sendBytes(buf);
      a.recvBytes();
      int n = sizes.bulkMessages();
      long self = ProcessHandle.current().pid();
      Optional<CpuAndFaults> childBefore = ProcStatus.cpuAndFaults(p.pid());
      Optional<CpuAndFaults> selfBefore = ProcStatus.cpuAndFaults(self);
      long t = System.nanoTime();
      for (int i = 0; i < n; i++) {
        a.sendBytes(buf);
        a.recvBytes();
      }
      long dt = System.nanoTime() - t;
      Optional<CpuAndFaults> childAfter = ProcStatus.cpuAndFaults(p.pid());
      Optional<CpuAndFaults> selfAfter = ProcStatus.cpuAndFaults(self);
      if (childBefore.isPresent() && childAfter.isPresent()) {
        echoCosts.add(
            new EchoCostNote.EchoCost(
                childAfter.get().since(childBefore.get()),
                selfAfter.get().since(selfBefore.get()),
                dt / 1e9));
      }
      a.sendBytes(new byte[0]);
      joinClean(p);
      return 2.0 * buf.length * n / (dt / 1e9) / 1e9;
    }
  }

  /**
   * Python's {@code queue_items_per_s()}: ints put here, taken by one child started with
   * {@code method}: items/s.
   */
  double queueItemsPerS(StartMethod method) throws InterruptedException {
    int n = sizes.queueItems();
    try (ProcessQueue<Integer> q = ProcessQueue.create()) {
      ChildProcess<Void> p = WorkloadsProcesses.consume(q, n).startMethod(method);
      p.start();
      long t = System.nanoTime();
      for (int i = 0; i < n; i++) {
        q.put(i);
      }
      joinClean(p);
      return n / ((System.nanoTime() - t) / 1e9);
    }
  }

  /** Python's {@code pool_map_per_s()}: {@code map} of square over range(n), default chunks. */
  double poolMapPerS() {
    try (Pool pool = Pool.create(sizes.poolWorkers())) {
      return poolMapPerS(pool);
    }
  }

  /** {@link #poolMapPerS()} on {@code pool}. */
  double poolMapPerS(Pool pool) {
    int n = sizes.mapTasks();
    pool.map(WorkloadsTasks.square, range(100));
    long t = System.nanoTime();
    List<Integer> results = pool.map(WorkloadsTasks.square, range(n)); // range() as in Python
    double perS = n / ((System.nanoTime() - t) / 1e9);
    check(results.size() == n && results.get(n - 1) == (n - 1) * (n - 1), "pool map results");
    return perS;
  }

  /** Python's {@code pool_apply_async_per_s()}: n applyAsync, then every result: tasks/s. */
  double poolApplyAsyncPerS() {
    try (Pool pool = Pool.create(sizes.poolWorkers())) {
      return poolApplyAsyncPerS(pool);
    }
  }

  /** {@link #poolApplyAsyncPerS()} on {@code pool}. */
  double poolApplyAsyncPerS(Pool pool) {
    int n = sizes.applyTasks();
    pool.apply(WorkloadsTasks.square, 1);
    long t = System.nanoTime();
    List<AsyncResult<Integer>> results = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      results.add(pool.applyAsync(WorkloadsTasks.square, i));
    }
    for (AsyncResult<Integer> r : results) {
      r.get();
    }
    return n / ((System.nanoTime() - t) / 1e9);
  }

  /** Python's {@code manager_dict_ops_per_s()}: set then get n keys of a manager dict: ops/s. */
  double managerDictOpsPerS() {
    int n = sizes.dictKeys();
    try (Manager m = Manager.start()) {
      ConcurrentMap<Integer, Integer> d = m.dict();
      long t = System.nanoTime();
      for (int i = 0; i < n; i++) {
        d.put(i, i);
      }
      for (int i = 0; i < n; i++) {
        d.get(i);
      }
      return 2.0 * n / ((System.nanoTime() - t) / 1e9);
    }
  }

  /**
   * Python's {@code shared_value_incr_per_s()}: two children started with {@code method}
   * increment under the lock.
   */
  double sharedValueIncrPerS(StartMethod method) {
    int n = sizes.increments();
    try (SharedInt v = SharedInt.create(0)) {
      List<ChildProcess<Void>> ps =
          List.of(
              WorkloadsProcesses.inc(v, n).startMethod(method),
              WorkloadsProcesses.inc(v, n).startMethod(method));
      double perS = 2.0 * n / startAllJoinAllSeconds(ps);
      check(v.get() == 2 * n, "shared value is " + v.get() + ", expected " + 2 * n);
      return perS;
    }
  }

  /**
   * Python's {@code lock_ops_per_s()}: two children started with {@code method} acquire and
   * release one lock n times.
   */
  double lockOpsPerS(StartMethod method) {
    int n = sizes.lockLoops();
    try (ProcessLock lock = ProcessLock.create()) {
      List<ChildProcess<Void>> ps =
          List.of(
              WorkloadsProcesses.lockLoop(lock, n).startMethod(method),
              WorkloadsProcesses.lockLoop(lock, n).startMethod(method));
      return 2.0 * n / startAllJoinAllSeconds(ps);
    }
  }

  /**
   * Resident memory of one child at rest (blocked on an event), in MiB: VmRSS of
   * /proc/&lt;pid&gt;/status, {@value FloorSide#IDLE_RSS_AFTER_MILLIS} ms after its start, as the
   * floor's bare JVM is read. The same child is read again {@value IdleMemoryNote#LATER_MILLIS} ms
   * after its start for {@link IdleMemoryNote}. NaN where /proc is missing (not Linux).
   */
  double idleChildRssMib() throws InterruptedException, IOException {
    try (ProcessEvent event = ProcessEvent.create()) {
      ChildProcess<Void> p = WorkloadsProcesses.idle(event);
      long started = System.nanoTime();
      p.start();
      try {
        // Lets the child finish its start-up work (class loading, JIT of the start path) first.
        FloorSide.sleepUntil(started, FloorSide.IDLE_RSS_AFTER_MILLIS);
        OptionalDouble rss = ProcStatus.vmRssMib(p.pid());
        FloorSide.sleepUntil(started, IdleMemoryNote.LATER_MILLIS);
        ProcStatus.vmRssMib(p.pid()).ifPresent(laterIdleRss::add);
        return rss.orElse(Double.NaN);
      } finally {
        event.set();
        joinClean(p);
      }
    }
  }

  /** The later readings of {@link #idleChildRssMib} since the last call, which forgets them. */
  List<Double> takeLaterIdleRss() {
    List<Double> taken = List.copyOf(laterIdleRss);
    laterIdleRss.clear();
    return taken;
  }

  private static double startAllJoinAllSeconds(List<ChildProcess<Void>> ps) {
    long t = System.nanoTime();
    for (ChildProcess<Void> p : ps) {
      p.start();
    }
    for (ChildProcess<Void> p : ps) {
      p.join();
    }
    double dt = (System.nanoTime() - t) / 1e9;
    for (ChildProcess<Void> p : ps) {
      joinClean(p);
    }
    return dt;
  }

  private static void joinClean(ChildProcess<?> p) {
    if (!p.join(Duration.ofSeconds(60))) {
      p.kill();
      p.join();
      throw new IllegalStateException(p.name() + " did not end within 60 s: killed");
    }
    p.result(); // rethrows what the worker threw
    check(p.exitCode() == 0, p.name() + " exited with " + p.exitCode());
  }

  private static List<Integer> range(int n) {
    return IntStream.range(0, n).boxed().collect(Collectors.toList());
  }

  private static void check(boolean ok, String what) {
    if (!ok) {
      throw new IllegalStateException("workload check failed: " + what);
    }
  }
}
