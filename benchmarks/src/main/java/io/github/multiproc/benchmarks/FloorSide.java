package io.github.multiproc.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The parent side of the floors (issue 28): what this machine does without multiproc, measured by
 * plain-JDK code in child JVMs started with {@link ProcessBuilder}, the same {@code java} and the
 * same class path as multiproc's children. One method per {@link Floor}.
 */
final class FloorSide {
  /** The longest a floor's child may take before it counts as hung and is killed. */
  private static final long CHILD_TIMEOUT_SECONDS = 60;

  /** The untimed pause that lets a booted JVM settle (JIT and GC threads idle) before its exit. */
  private static final long SETTLE_MILLIS = 100;

  /** When, after its start, a bare JVM's and an idle multiproc child's resident memory is read. */
  static final long IDLE_RSS_AFTER_MILLIS = 500;

  private final Sizes sizes;

  FloorSide(Sizes sizes) {
    this.sizes = sizes;
  }

  /** One figure of one floor; NaN when it cannot be measured here (RSS off Linux). */
  double measure(Floor floor) throws Exception {
    switch (floor) {
      case JAVA_START_EXIT:
        return javaStartExitMs();
      case JVM_EXIT_REAP:
        return jvmExitReapMs();
      case SOCKET_RTT:
        return socketRttUs();
      case SOCKET_BULK:
        return socketBulkGbps();
      case SOCKET_BULK_ARRAYS:
        return socketBulkArraysGbps();
      case SOCKET_FRAMES:
        return socketFramesPerS();
      case MAPPED_CAS:
        return mappedCasOpsPerS();
      case IDLE_JVM_RSS:
        return idleJvmRssMib();
      default:
        throw new IllegalArgumentException("no floor " + floor);
    }
  }

  /** A bare hello-world {@code java}, start to exit, one after another: mean ms. */
  double javaStartExitMs() throws IOException, InterruptedException {
    long t = System.nanoTime();
    for (int i = 0; i < sizes.helloWorldRuns(); i++) {
      Process p = java(HelloWorld.class).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      awaitClean(p, "hello world");
    }
    return (System.nanoTime() - t) / (double) sizes.helloWorldRuns() / 1e6;
  }

  /**
   * A booted JVM's exit and reap: each waiting JVM, once ready and settled (untimed), is told over
   * stdin to exit; timed from the order to {@code waitFor} returning: mean ms.
   */
  double jvmExitReapMs() throws IOException, InterruptedException {
    long total = 0;
    for (int i = 0; i < sizes.startJoin(); i++) {
      Process p = startWaiting();
      try {
        Thread.sleep(SETTLE_MILLIS);
        OutputStream order = p.getOutputStream();
        long t = System.nanoTime();
        order.write('\n');
        order.flush();
        awaitClean(p, "a waiting JVM");
        total += System.nanoTime() - t;
      } finally {
        destroy(p);
      }
    }
    return total / (double) sizes.startJoin() / 1e6;
  }

  /**
   * Eight bytes echoed by a child JVM over a Unix-domain socket, once with both ends blocking in
   * the kernel for each message and once with both ends spinning on non-blocking sockets (what
   * multiproc's pipes do for a while before they block): the faster of the two, mean us per round
   * trip. Spinning saves the two wake-ups of a round trip, but on a machine whose cores are all
   * busy a spinner takes the core its peer needs, and blocking is then faster.
   */
  double socketRttUs() throws IOException, InterruptedException {
    int n = sizes.pipeRoundTrips();
    long blocking = echo(SocketFloorPeer.ECHO, Long.BYTES, n, n / 10);
    long spinning = echo(SocketFloorPeer.SPIN_ECHO, Long.BYTES, n, n / 10);
    return Math.min(blocking, spinning) / (double) n / 1e3;
  }

  /** 1 MiB echoed by a child JVM over a Unix-domain socket: GB/s counted both ways. */
  double socketBulkGbps() throws IOException, InterruptedException {
    return bulkGbps(SocketFloorPeer.ECHO);
  }

  /**
   * 1 MiB echoed as {@link #socketBulkGbps}, each message copied through one reused {@code byte[]}
   * at both ends ({@link Floor#SOCKET_BULK_ARRAYS}): GB/s counted both ways.
   */
  double socketBulkArraysGbps() throws IOException, InterruptedException {
    return bulkGbps(SocketFloorPeer.ARRAY_ECHO);
  }

  private double bulkGbps(String mode) throws IOException, InterruptedException {
    int n = sizes.bulkMessages();
    long dt = echo(mode, sizes.bulkBytes(), n, 1);
    return 2.0 * sizes.bulkBytes() * n / (dt / 1e9) / 1e9;
  }

  /**
   * The queue's n ints as length-prefixed frames, batched, to a child JVM that reads and checks
   * them and answers once it has all: frames/s. The child is connected before the clock starts.
   */
  double socketFramesPerS() throws IOException, InterruptedException {
    int n = sizes.queueItems();
    try (SocketPair pair = SocketPair.open(this, SocketFloorPeer.SINK, n)) {
      long t = System.nanoTime();
      SocketFrames.send(pair.channel, n);
      ByteBuffer ack = ByteBuffer.allocate(1);
      while (ack.hasRemaining()) {
        if (pair.channel.read(ack) < 0) {
          throw new IllegalStateException(
              "the frame sink closed before it had all " + n + " frames");
        }
      }
      double dt = (System.nanoTime() - t) / 1e9;
      pair.close();
      return n / dt;
    }
  }

  /**
   * Two child JVMs increment one counter in a mapped file (/dev/shm where it exists) with CAS,
   * n times each; timed from the first one's start to the last one's end, as each wrote them:
   * ops/s. {@code System.nanoTime()} is one clock for every process of a machine (Linux's
   * monotonic clock), so the two children's times compare.
   */
  double mappedCasOpsPerS() throws IOException, InterruptedException {
    int n = sizes.lockLoops();
    Path shm = Path.of("/dev/shm");
    Path file =
        Files.isDirectory(shm)
            ? Files.createTempFile(shm, "multiproc-floor-", ".cas")
            : Files.createTempFile("multiproc-floor-", ".cas");
    List<Process> peers = new ArrayList<>();
    try {
      Files.write(file, new byte[CasFloorPeer.FILE_BYTES]);
      for (int i = 0; i < CasFloorPeer.PEERS; i++) {
        peers.add(
            java(CasFloorPeer.class, file.toString(), Integer.toString(i), Integer.toString(n))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start());
      }
      for (Process p : peers) {
        awaitClean(p, "a CAS peer");
      }
      MappedByteBuffer map = CasFloorPeer.map(file);
      long count = (long) CasFloorPeer.LONGS.getVolatile(map, CasFloorPeer.COUNTER);
      if (count != (long) CasFloorPeer.PEERS * n) {
        throw new IllegalStateException(
            "the CAS counter is " + count + ", expected " + (long) CasFloorPeer.PEERS * n);
      }
      long start = Long.MAX_VALUE;
      long end = Long.MIN_VALUE;
      for (int i = 0; i < CasFloorPeer.PEERS; i++) {
        start = Math.min(start, (long) CasFloorPeer.LONGS.get(map, CasFloorPeer.STARTS + 8 * i));
        end = Math.max(end, (long) CasFloorPeer.LONGS.get(map, CasFloorPeer.ENDS + 8 * i));
      }
      return count / ((end - start) / 1e9);
    } finally {
      peers.forEach(FloorSide::destroy);
      Files.deleteIfExists(file);
    }
  }

  /** Sleeps until {@code millis} after {@code startNanos} (a {@link System#nanoTime}), if not past. */
  static void sleepUntil(long startNanos, long millis) throws InterruptedException {
    long left = millis - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    if (left > 0) {
      Thread.sleep(left);
    }
  }

  /**
   * Resident memory of a bare JVM at rest (blocked on stdin), in MiB, read as long after its start
   * as the idle multiproc child's; NaN where /proc is missing (not Linux).
   */
  double idleJvmRssMib() throws IOException, InterruptedException {
    long t = System.nanoTime();
    Process p = startWaiting();
    try {
      sleepUntil(t, IDLE_RSS_AFTER_MILLIS);
      double rss = ProcStatus.vmRssMib(p.pid()).orElse(Double.NaN);
      p.getOutputStream().write('\n');
      p.getOutputStream().flush();
      awaitClean(p, "a waiting JVM");
      return rss;
    } finally {
      destroy(p);
    }
  }

  /**
   * Echoes {@code size}-byte messages with a {@link SocketFloorPeer} in {@code mode} (this end
   * spins too when the peer does, and passes each message through a {@code byte[]} when the peer
   * does): {@code warmUp} untimed, then {@code n} timed: the ns of the timed ones.
   */
  private long echo(String mode, int size, int n, int warmUp)
      throws IOException, InterruptedException {
    try (SocketPair pair = SocketPair.open(this, mode, size)) {
      pair.channel.configureBlocking(!mode.equals(SocketFloorPeer.SPIN_ECHO));
      ByteBuffer buf = ByteBuffer.allocateDirect(size);
      byte[] message = mode.equals(SocketFloorPeer.ARRAY_ECHO) ? new byte[size] : null;
      for (int i = 0; i < warmUp; i++) {
        roundTrip(pair.channel, buf, message);
      }
      long t = System.nanoTime();
      for (int i = 0; i < n; i++) {
        roundTrip(pair.channel, buf, message);
      }
      long dt = System.nanoTime() - t;
      pair.close();
      return dt;
    }
  }

  /**
   * One message out and back; on a non-blocking socket, spinning while nothing moves. With a {@code
   * message} array, the message is copied out of it before it goes and back into it on return.
   */
  private static void roundTrip(SocketChannel ch, ByteBuffer buf, byte[] message)
      throws IOException {
    buf.clear();
    if (message != null) {
      buf.put(message).flip();
    }
    while (buf.hasRemaining()) {
      if (ch.write(buf) == 0) {
        Thread.onSpinWait();
      }
    }
    buf.clear();
    while (buf.hasRemaining()) {
      int read = ch.read(buf);
      if (read < 0) {
        throw new IllegalStateException("the echo JVM closed its socket inside a message");
      }
      if (read == 0) {
        Thread.onSpinWait();
      }
    }
    if (message != null) {
      buf.flip().get(message);
    }
  }

  /**
   * A connected Unix-domain socket to a {@link SocketFloorPeer} child; {@link #close} closes it,
   * which ends the child, checks that the child exited with 0, and removes the socket file.
   */
  private static final class SocketPair implements AutoCloseable {
    private final Path dir;
    private final Process child;
    final SocketChannel channel;
    private boolean closed;

    private SocketPair(Path dir, Process child, SocketChannel channel) {
      this.dir = dir;
      this.child = child;
      this.channel = channel;
    }

    static SocketPair open(FloorSide side, String mode, int arg)
        throws IOException, InterruptedException {
      Path dir = Files.createTempDirectory("multiproc-floor-");
      Path socket = dir.resolve("s");
      Process child = null;
      try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
        server.bind(UnixDomainSocketAddress.of(socket));
        server.configureBlocking(false);
        child =
            side.java(SocketFloorPeer.class, mode, socket.toString(), Integer.toString(arg))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(CHILD_TIMEOUT_SECONDS);
        SocketChannel ch;
        while ((ch = server.accept()) == null) {
          if (!child.isAlive() || System.nanoTime() > deadline) {
            throw new IllegalStateException(
                "the socket floor's child did not connect; it "
                    + (child.isAlive() ? "still runs" : "exited with " + child.exitValue()));
          }
          Thread.sleep(1);
        }
        ch.configureBlocking(true);
        return new SocketPair(dir, child, ch);
      } catch (IOException | InterruptedException | RuntimeException e) {
        if (child != null) {
          destroy(child);
        }
        Files.deleteIfExists(socket);
        Files.deleteIfExists(dir);
        throw e;
      }
    }

    @Override
    public void close() throws IOException, InterruptedException {
      if (closed) {
        return;
      }
      closed = true;
      try {
        channel.close();
        awaitClean(child, "the socket floor's child");
      } finally {
        destroy(child);
        Files.deleteIfExists(dir.resolve("s"));
        Files.deleteIfExists(dir);
      }
    }
  }

  /** A {@link WaitingJvm}, returned once it has said it is ready. */
  private Process startWaiting() throws IOException {
    Process p = java(WaitingJvm.class).start();
    try {
      BufferedReader out =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      String line = out.readLine();
      if (!WaitingJvm.READY.equals(line)) {
        throw new IllegalStateException(
            "a waiting JVM said " + line + " instead of " + WaitingJvm.READY);
      }
      return p;
    } catch (IOException | RuntimeException e) {
      destroy(p);
      throw e;
    }
  }

  /** {@code main} in a child JVM: the same {@code java} and class path as this one; stderr shown. */
  ProcessBuilder java(Class<?> main, String... args) {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                main.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
  }

  /** Waits for {@code p}'s exit; throws when it hangs (it is killed) or exits with other than 0. */
  private static void awaitClean(Process p, String what) throws InterruptedException {
    if (!p.waitFor(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      destroy(p);
      throw new IllegalStateException(
          what + " did not end within " + CHILD_TIMEOUT_SECONDS + " s: killed");
    }
    if (p.exitValue() != 0) {
      throw new IllegalStateException(what + " exited with " + p.exitValue());
    }
  }

  /** Kills {@code p} if it still runs and reaps it, so that no floor leaves a process behind. */
  private static void destroy(Process p) {
    if (p.isAlive()) {
      p.destroyForcibly();
      try {
        p.waitFor(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
