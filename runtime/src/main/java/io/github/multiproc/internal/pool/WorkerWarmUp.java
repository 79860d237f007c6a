package io.github.multiproc.internal.pool;

import io.github.multiproc.PoolTask;
import io.github.multiproc.internal.hub.FrameReader;
import io.github.multiproc.internal.hub.PidDirectories;
import io.github.multiproc.spi.TaskBody;
import io.github.multiproc.wire.Codecs;
import io.github.multiproc.wire.WireOutput;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Pool workers that start warm, under {@code StartMethod.STANDBY}: a standby JVM booted for pool
 * workers runs the worker's own chunk path (frame reading, chunk decoding, {@link PackedInts},
 * task dispatch, result encoding and batching, frame writing, and the JDK's socket reads and writes
 * under them) on synthetic chunks, over a pair of local sockets of its own, enough times that
 * HotSpot compiles that path with C2, all before it reports ready. Python's {@code multiprocessing}
 * has nothing like it (its workers interpret anyway).
 *
 * <p>Why: a spawned pool worker is a fresh JVM. The first thousands of tasks it runs (a whole
 * {@code map} of 100,000 tiny items, or 5,000 {@code apply_async} calls) go through the
 * interpreter and C1's profiling code, far slower than a warm worker, and a short job never gets
 * any faster. Spawned workers do not run this: its CPU time per worker is more than it saves a
 * short job that has to wait for it. A standby pays it in the background, before
 * any pool asks for it.
 *
 * <p>It never runs user code: its chunks name the warm-up's own tasks, which exist only in this
 * class's private task table, never in a worker's real one, and do integer arithmetic. The worker
 * JVM argument {@code -Dmultiproc.pool.warmUpRounds=0} ({@code Pool.builder().jvmArgs(...)}) turns
 * it off; another number sets the rounds ({@link #DEFAULT_ROUNDS}).
 */
final class WorkerWarmUp {
  /**
   * Rounds by default; each round is {@link #CHUNKS_PER_ROUND} chunks. 400 rounds (26,800 chunks)
   * carry every per-chunk method of the map path well past HotSpot's C2 thresholds, which a busy
   * compile queue raises; with 120 the result side ({@code PackedInts.fits}) was still C1 code, and
   * was compiled in the middle of the first real map, while the pool's other processes wanted the
   * cores. The rounds after the first hundred run compiled, so the extra rounds cost little.
   */
  static final int DEFAULT_ROUNDS = 400;

  private static final int APPLY_CHUNKS = 64;
  private static final int MAP_ITEMS = 1024;

  /** Chunks in a round: the apply-shaped ones, a map-shaped one, two of another codec. */
  static final int CHUNKS_PER_ROUND = APPLY_CHUNKS + 3;

  /** Room for a whole round either way (about 7 KiB each), with a wide margin. */
  private static final int SOCKET_BUFFER = 64 << 10;

  // Three bodies, so the task call site in the worker's loop is already megamorphic, as real pools
  // with several tasks make it: a profile that saw one warm-up body alone would compile code that
  // the first real task throws away (a deoptimization in the middle of the user's first batch).
  // Classes, not lambdas: a JVM's first lambda costs milliseconds of bootstrap.
  private static final PoolTask<Integer, Integer> INCREMENT =
      PoolTask.of("multiproc.warm-up#increment", Codecs.INTEGER, Codecs.INTEGER, new Increment());
  private static final PoolTask<Integer, Integer> NEGATE =
      PoolTask.of("multiproc.warm-up#negate", Codecs.INTEGER, Codecs.INTEGER, new Negate());
  private static final PoolTask<Long, Long> TWICE =
      PoolTask.of("multiproc.warm-up#twice", Codecs.LONG, Codecs.LONG, new Twice());

  private static final class Increment implements TaskBody<Integer, Integer> {
    @Override
    public Integer call(Integer x) {
      return x + 1;
    }
  }

  private static final class Negate implements TaskBody<Integer, Integer> {
    @Override
    public Integer call(Integer x) {
      return -x;
    }
  }

  private static final class Twice implements TaskBody<Long, Long> {
    @Override
    public Long call(Long x) {
      return 2 * x;
    }
  }

  private WorkerWarmUp() {}

  /** The rounds asked for by {@code multiproc.pool.warmUpRounds}, or the default. */
  static int rounds() {
    String value = System.getProperty("multiproc.pool.warmUpRounds");
    if (value == null) {
      return DEFAULT_ROUNDS;
    }
    int rounds;
    try {
      rounds = Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      rounds = -1;
    }
    if (rounds < 0) {
      throw new IllegalArgumentException(
          "multiproc.pool.warmUpRounds must be a whole number of"
              + " rounds, 0 or more (0 turns the pool workers' warm-up off), not '"
              + value
              + "'");
    }
    return rounds;
  }

  /**
   * Runs {@code rounds} rounds of synthetic chunks through a worker loop of its own; returns how
   * many result frames came back (one per chunk).
   */
  static int run(int rounds) throws IOException {
    if (rounds <= 0) {
      return 0;
    }
    Map<String, PoolTask<?, ?>> tasks = new HashMap<>();
    for (PoolTask<?, ?> task : new PoolTask<?, ?>[] {INCREMENT, NEGATE, TWICE}) {
      tasks.put(task.id(), task);
    }
    return overSocket(new WorkerLoop(tasks), oneRound(), rounds);
  }

  /**
   * Runs the rounds through a connected pair of local sockets, as the pool connection is, so the
   * JDK's socket code a worker runs per chunk is compiled too, on the very classes the real
   * connection uses. One thread: a round is written whole to one end, served from the other, then
   * its results are drained; both fit in the sockets' buffers, so nothing ever blocks.
   */
  private static int overSocket(WorkerLoop loop, byte[] input, int rounds) throws IOException {
    SocketChannel feeder;
    SocketChannel worker;
    // In a directory of this JVM's own, which the next sweep removes should this JVM be killed
    // before it deletes it.
    Path scratch = PidDirectories.create(PidDirectories.socketBase(), "multiproc-warm-up-");
    try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      UnixDomainSocketAddress address = UnixDomainSocketAddress.of(scratch.resolve("pool"));
      server.bind(address);
      feeder = SocketChannel.open(StandardProtocolFamily.UNIX);
      try {
        feeder.connect(address);
        worker = server.accept();
      } catch (IOException | RuntimeException e) {
        feeder.close();
        throw e;
      }
    } finally {
      PidDirectories.deleteQuietly(scratch);
    }
    try (feeder;
        worker) {
      feeder.setOption(StandardSocketOptions.SO_SNDBUF, SOCKET_BUFFER);
      worker.setOption(StandardSocketOptions.SO_SNDBUF, SOCKET_BUFFER);
      FrameReader in = new FrameReader(worker, Integer.MAX_VALUE);
      FrameReader results = new FrameReader(feeder, Integer.MAX_VALUE);
      int frames = 0;
      for (int i = 0; i < rounds; i++) {
        FrameReader.writeFully(feeder, input, input.length);
        loop.serve(in, worker);
        for (int chunk = 0; chunk < CHUNKS_PER_ROUND; chunk++) {
          byte[] frame = results.read(); // there already: the worker wrote it before serve returned
          if (frame[0] == PoolProtocol.RESULTS) {
            frames++;
          }
        }
      }
      return frames;
    }
  }

  /**
   * The frames of one round, as the pool would send them, ending with EXIT. Each round numbers the
   * tasks again (the same numbers), so every round runs the TASK frame's path too.
   */
  private static byte[] oneRound() {
    WireOutput out = new WireOutput(16 * MAP_ITEMS);
    TaskNumbers numbers = new TaskNumbers();
    // apply_async's shape: one item per chunk, packed.
    for (int i = 0; i < APPLY_CHUNKS; i++) {
      chunk(out, numbers, i % 2 == 0 ? INCREMENT : NEGATE, new Object[] {i});
    }
    // map's shape: many packed items per chunk.
    Object[] many = new Object[MAP_ITEMS];
    for (int i = 0; i < many.length; i++) {
      many[i] = i;
    }
    chunk(out, numbers, INCREMENT, many);
    // Any other codec: item by item, results tagged one by one.
    chunk(out, numbers, TWICE, new Object[] {7L});
    Object[] longs = new Object[16];
    for (int i = 0; i < longs.length; i++) {
      longs[i] = (long) i;
    }
    chunk(out, numbers, TWICE, longs);
    int start = FrameReader.beginFrame(out);
    out.writeByte(PoolProtocol.EXIT);
    FrameReader.endFrame(out, start);
    return out.toByteArray();
  }

  /** Appends a CHUNK frame, after its task's TASK frame the first time, as the pool does. */
  private static void chunk(
      WireOutput out, TaskNumbers numbers, PoolTask<?, ?> task, Object[] arguments) {
    byte[] encoded = PoolProtocol.chunkArguments(task, arguments);
    PoolProtocol.writeChunkFrame(out, numbers.number(task, out), encoded);
  }
}
