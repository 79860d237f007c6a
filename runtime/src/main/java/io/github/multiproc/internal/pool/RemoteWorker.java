package io.github.multiproc.internal.pool;

import io.github.multiproc.ChildProcess;
import io.github.multiproc.PoolTask;
import io.github.multiproc.ProcessStartException;
import io.github.multiproc.RemoteException;
import io.github.multiproc.TaskTimeoutException;
import io.github.multiproc.WorkerDiedException;
import io.github.multiproc.internal.hub.BlockingLink;
import io.github.multiproc.internal.hub.FrameReader;
import io.github.multiproc.internal.hub.Handshake;
import io.github.multiproc.internal.hub.ProtocolException;
import io.github.multiproc.internal.jfr.ChunkRunEvent;
import io.github.multiproc.internal.jfr.Jfr;
import io.github.multiproc.internal.jfr.WorkerDiedEvent;
import io.github.multiproc.internal.process.CallSpec;
import io.github.multiproc.internal.process.RemoteThrowables;
import io.github.multiproc.internal.process.SocketArguments;
import io.github.multiproc.wire.Codecs;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;
import java.io.IOException;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;

/**
 * The pool's side of one worker JVM. Its sender thread starts the JVM, then takes chunks from the
 * queue and writes them, keeping up to {@link #depth()} on the way so a worker running short tasks
 * never waits for the next one; the hub thread of the worker's pool connection reads the results.
 * Results come back in sending order, so when the connection ends early the first chunk still held
 * is the one the worker was running: it fails with {@link WorkerDiedException} (or
 * {@link TaskTimeoutException} when the pool killed the worker for it); the chunks behind it go back
 * to the queue for other workers.
 */
final class RemoteWorker {
  /**
   * Pipelining aims at about this much queued work per worker: enough that a worker finishing a
   * chunk of a few milliseconds (a big map chunk in a fresh JVM) finds the next one already sent,
   * instead of waiting for its results to travel back and the next chunk to be encoded.
   */
  private static final long PIPELINE_NANOS = 10_000_000;

  /**
   * The most chunks on the way to one worker. Tiny tasks need many: the worker writes their results
   * in batches, and with a shallow pipeline it ran dry while a batch travelled back and the sender
   * topped it up.
   */
  private static final int MAX_DEPTH = 256;

  /** Frames this big are written at once rather than batched with the next chunk's. */
  private static final int FLUSH_BYTES = 16 << 10;

  private final ProcessBackend backend;
  final String name;
  private final String token;
  private final ChildProcess<Void> process;
  private final Thread sender;
  private final ArrayDeque<Chunk> inFlight = new ArrayDeque<>();

  /** The sender thread's: which tasks this worker's connection knows by number. */
  private final TaskNumbers taskNumbers = new TaskNumbers();

  private long headStart;

  /** How long the last finished chunk took per item, in nanoseconds; negative before the first. */
  private double nanosPerItem = -1;

  /** The size of the chunks the sender takes now: {@link #depth()} is for chunks of this size. */
  private int pipelinedSize = 1;

  private int chunksSent;
  private boolean ready;
  private boolean ended;
  private boolean senderWaiting;
  private boolean stopped;
  private Chunk timedOut;
  private ScheduledFuture<?> timeoutCheck;
  private volatile SocketChannel socket;
  private volatile long pid = -1;
  private long startDelayMillis;

  RemoteWorker(ProcessBackend backend, String name) {
    this.backend = backend;
    this.name = name;
    this.token = Handshake.newToken();
    ProcessPoolConfig config = backend.config;
    List<String> jvmArgs = new ArrayList<>();
    // A worker that ran out of memory is in no state to go on: let it die, fail its task, replace
    // it.
    jvmArgs.add("-XX:+ExitOnOutOfMemoryError");
    jvmArgs.addAll(config.jvmArgs());
    this.process =
        new ChildProcess<>(
            CallSpec.encode(
                WorkerLauncher.class,
                PoolProtocol.ENTRY,
                Codecs.VOID,
                name,
                true,
                jvmArgs,
                out -> {
                  SocketArguments.mark(); // the worker connects to the pool's hub for its tasks
                  out.writeString(backend.hubPath);
                  out.writeString(token);
                  out.writeBoolean(config.taskTimeout() == null); // results may share a write
                  PoolTask<?, ?> init = config.initializer();
                  out.writeBoolean(init != null);
                  if (init != null) {
                    out.writeString(init.id());
                    out.writeSize(backend.initializerArgument.length);
                    out.writeBytes(backend.initializerArgument);
                  }
                }));
    this.sender = new Thread(this::run, "multiproc-pool-sender-" + name);
    sender.setDaemon(true);
  }

  void start(long delayMillis) {
    this.startDelayMillis = delayMillis;
    PoolService.expect(token, this);
    sender.start();
  }

  /** Terminate: kill the JVM (or keep it from starting); {@link #end()} follows. */
  void stop() {
    synchronized (this) {
      stopped = true; // read by the sender before it starts the JVM
    }
    sender.interrupt();
    try {
      process.kill();
    } catch (IllegalStateException notStarted) {
      // the sender sees stopped and does not start it
    }
  }

  // ---- sender thread ----

  private void run() {
    try {
      if (startDelayMillis > 0) {
        Thread.sleep(startDelayMillis);
      }
      synchronized (this) {
        if (stopped) {
          throw new InterruptedException();
        }
        process.start(); // returns at once; the JVM boots while awaitReady waits
      }
    } catch (InterruptedException e) {
      end(); // terminated before it started
      return;
    } catch (RuntimeException e) {
      startFailed(e);
      return;
    }
    pid = process.pid();
    try {
      if (awaitReady()) {
        sendLoop();
      }
    } catch (InterruptedException e) {
      // Stopped, or ended by another thread (then this end() returns at once). A worker stopped
      // before it connected has no pool connection whose close would call end().
      end();
    }
  }

  private void startFailed(RuntimeException e) {
    Integer exit = null;
    try {
      exit = process.exitCode();
      Long started = process.pid();
      if (started != null) {
        pid = started;
      }
    } catch (IllegalStateException ignored) {
      // never ran
    }
    // Killed by a signal while starting (e.g. someone kills pool workers, or its spawn helper):
    // just replace it. A pool whose workers never got ready, or keep failing, is broken.
    boolean signalled = exit != null && exit < 0;
    if (!backend.isTerminated() && !signalled && backend.startFailedBreaksPool()) {
      backend.broken(e);
    }
    end();
  }

  private boolean awaitReady() throws InterruptedException {
    synchronized (this) {
      while (!ready && !ended) {
        wait(50);
        if (!ready && !ended && !process.isAlive()) {
          break;
        }
      }
      if (ended) {
        return false;
      }
      if (ready) {
        return true;
      }
    }
    ProcessStartException failure = startFailure();
    if (failure != null) {
      startFailed(failure);
    } else {
      end(); // died before it connected for tasks
    }
    return false;
  }

  /** Why the worker's JVM, now ended, never started (a bad JVM flag, say); null if it did. */
  private ProcessStartException startFailure() {
    process.join();
    try {
      process.result();
    } catch (ProcessStartException e) {
      return e;
    } catch (RuntimeException died) {
      // it started, then died: a crash, not a start failure
    }
    return null;
  }

  private void sendLoop() throws InterruptedException {
    ChunkQueue queue = backend.queue();
    int maxTasks = backend.config.maxTasksPerChild();
    WireOutput out = new WireOutput(512);
    try {
      while (true) {
        synchronized (this) {
          while (!ended && inFlight.size() >= depth()) {
            senderWaiting = true;
            wait();
          }
          senderWaiting = false;
          if (ended) {
            return;
          }
        }
        List<Chunk> taken = queue.take(this::room, backend.config.processes(), this::idle);
        if (taken.isEmpty()) {
          sendExit(out);
          return;
        }
        out.reset();
        List<Chunk> sent = new ArrayList<>(taken.size());
        for (Chunk chunk : taken) {
          byte[] encoded;
          try {
            encoded = encode(chunk);
          } catch (RuntimeException e) {
            chunk.fail(e); // the argument codec refused the value: the task fails, not the worker
            continue;
          }
          if (out.size() >= FLUSH_BYTES) {
            // A big chunk is on its way while the next one is encoded: the worker starts sooner.
            flush(out, sent);
            out.reset();
            sent.clear();
          }
          PoolProtocol.writeChunkFrame(out, taskNumbers.number(chunk.task.task(), out), encoded);
          sent.add(chunk);
        }
        if (!flush(out, sent)) {
          return;
        }
        chunksSent += taken.size();
        if (maxTasks > 0 && chunksSent >= maxTasks) {
          sendExit(out); // Python's maxtasksperchild: finish these, exit, get replaced
          return;
        }
      }
    } catch (IOException e) {
      // the worker died: the reader sees the end of the connection and handles it
    }
  }

  /** Marks {@code sent} in flight and writes their frames in {@code out}; false once ended. */
  private boolean flush(WireOutput out, List<Chunk> sent) throws IOException {
    synchronized (this) {
      if (ended) {
        giveBack(sent);
        return false;
      }
      if (inFlight.isEmpty() && !sent.isEmpty()) {
        startHead(sent.get(0), System.nanoTime());
      }
      inFlight.addAll(sent);
    }
    FrameReader.writeFully(socket, out.array(), out.size());
    return true;
  }

  private void giveBack(List<Chunk> chunks) {
    RuntimeException stop = backend.terminationFailure();
    if (stop != null) {
      for (Chunk chunk : chunks) {
        chunk.fail(stop);
      }
    } else {
      backend.queue().requeueFront(chunks);
    }
  }

  private void sendExit(WireOutput out) throws IOException {
    out.reset();
    int start = FrameReader.beginFrame(out);
    out.writeByte(PoolProtocol.EXIT);
    FrameReader.endFrame(out, start);
    FrameReader.writeFully(socket, out.array(), out.size());
  }

  private static byte[] encode(Chunk chunk) {
    if (chunk.encoded == null) {
      chunk.encoded = PoolProtocol.chunkArguments(chunk.task.task(), chunk.arguments);
    }
    return chunk.encoded;
  }

  private synchronized boolean idle() {
    return inFlight.isEmpty();
  }

  /**
   * How many chunks of {@code chunkSize} items to take now (at least one): what fills the pipeline
   * up to {@link #depth()}, and no more than {@code maxTasksPerChild} allows.
   */
  private synchronized int room(int chunkSize) {
    pipelinedSize = chunkSize;
    int room = depth() - inFlight.size();
    int maxTasks = backend.config.maxTasksPerChild();
    if (maxTasks > 0) {
      room = Math.min(room, maxTasks - chunksSent);
    }
    return Math.max(1, room);
  }

  /**
   * How many chunks of {@link #pipelinedSize} items to keep on the way: more for short tasks, one
   * at a time for long ones, and one at a time before the first result, when nothing says how long
   * they run. The estimate is per item, not per chunk: a worker that ran a few tiny chunks would
   * otherwise take a deep pipeline of a map's big chunks, and in a fresh pool, where the first big
   * chunk runs cold, the other workers would find the queue empty and one worker would run most of
   * a map's chunks.
   */
  private int depth() {
    if (nanosPerItem < 0) {
      return 1;
    }
    double perChunk = Math.max(1, nanosPerItem * pipelinedSize);
    return (int) Math.max(1, Math.min(MAX_DEPTH, PIPELINE_NANOS / perChunk));
  }

  /** Called with the lock held: {@code chunk} starts running now. */
  private void startHead(Chunk chunk, long now) {
    headStart = now;
    Duration timeout = backend.config.taskTimeout();
    if (timeout != null) {
      long limit = timeout.toNanos() * chunk.size();
      timeoutCheck = backend.schedule(() -> checkTimeout(chunk), limit);
    }
  }

  private void checkTimeout(Chunk chunk) {
    synchronized (this) {
      if (ended || inFlight.peekFirst() != chunk) {
        return;
      }
      timedOut = chunk;
    }
    process.kill();
  }

  // ---- hub thread of the pool connection ----

  /** Reads the worker's frames until its connection ends. */
  void serve(BlockingLink channel) {
    socket = channel.socket();
    FrameReader in = new FrameReader(socket, BlockingLink.maxFrameBytes());
    try {
      byte[] first = in.read();
      if (first.length > 0 && first[0] == PoolProtocol.INIT_FAILED) {
        RemoteException remote = RemoteThrowables.decode(new WireInput(first, 1, first.length - 1));
        backend.broken(
            new IllegalStateException(
                "the pool's worker "
                    + name
                    + " (pid "
                    + pid
                    + ") could not get ready (initializer or task loading failed); the pool is broken: "
                    + remote.getMessage(),
                remote));
        return;
      }
      if (first.length != 1 || first[0] != PoolProtocol.READY) {
        throw new ProtocolException("expected READY from pool worker " + name);
      }
      synchronized (this) {
        ready = true;
        notifyAll();
      }
      backend.workerReady();
      while (true) {
        results(in.read());
      }
    } catch (IOException | RuntimeException e) {
      // The usual end: the worker exited or died (EOF). Anything else is a broken worker: end()
      // kills it, and its task fails like any other death.
    } finally {
      end();
    }
  }

  private void results(byte[] frame) throws ProtocolException {
    Chunk chunk;
    long now = System.nanoTime();
    long started;
    synchronized (this) {
      chunk = inFlight.pollFirst();
      if (chunk == null || frame.length == 0 || frame[0] != PoolProtocol.RESULTS) {
        throw new ProtocolException("pool worker " + name + " sent results nobody asked for");
      }
      started = headStart;
      nanosPerItem = (double) (now - headStart) / chunk.size();
      if (timeoutCheck != null) {
        timeoutCheck.cancel(false);
        timeoutCheck = null;
      }
      if (!inFlight.isEmpty()) {
        startHead(inFlight.peekFirst(), now);
      }
      if (senderWaiting && inFlight.size() <= depth() / 2) {
        notifyAll();
      }
    }
    if (Jfr.recording() && ChunkRunEvent.enabled()) {
      ChunkRunEvent.emit(chunk.task.id(), chunk.size(), name, pid, started, now);
    }
    if (chunk.job.wantsEncodedResults()) {
      chunk.completeEncoded(java.util.Arrays.copyOfRange(frame, 1, frame.length));
    } else {
      ChunkResults.decode(chunk, new WireInput(frame, 1, frame.length - 1));
    }
  }

  // ---- the end, from whichever thread sees it first ----

  /** The worker is gone or going: settle what it held, wait for its exit, let it be replaced. */
  private void end() {
    List<Chunk> held;
    Chunk timed;
    boolean wasReady;
    synchronized (this) {
      if (ended) {
        return;
      }
      ended = true;
      held = new ArrayList<>(inFlight);
      inFlight.clear();
      timed = timedOut;
      wasReady = ready;
      if (timeoutCheck != null) {
        timeoutCheck.cancel(false);
      }
      notifyAll();
    }
    PoolService.forget(token);
    if (Thread.currentThread() != sender) {
      sender.interrupt();
    }
    Integer exit = awaitExit();
    RuntimeException stop = backend.terminationFailure();
    // Recorded before the chunk fails, so a caller that sees the failure finds the event too. An
    // exit with code 0 and no task held is a worker retiring (maxTasksPerChild), not a death.
    if (Jfr.recording() && stop == null && exit != null && (exit != 0 || !held.isEmpty())) {
      WorkerDiedEvent.emit(
          name,
          pid,
          exit,
          held.isEmpty() ? null : held.get(0).task.id(),
          !held.isEmpty() && held.get(0) == timed);
    }
    if (!held.isEmpty()) {
      Chunk head = held.get(0);
      RuntimeException failure;
      if (stop != null) {
        failure = stop;
      } else if (head == timed) {
        failure = new TaskTimeoutException(head.task.id(), backend.config.taskTimeout(), name, pid);
      } else {
        failure = new WorkerDiedException(name, pid, exit == null ? 0 : exit, head.task.id());
      }
      head.fail(failure);
      giveBack(held.subList(1, held.size()));
    }
    if (!wasReady && stop == null && exit != null && exit >= 0) {
      backend.broken(
          new IllegalStateException(
              "pool worker "
                  + name
                  + " (pid "
                  + pid
                  + ") exited with code "
                  + exit
                  + " before it was ready (its initializer exited, or its"
                  + " JVM could not start; see its stderr); the pool is broken"));
    }
    backend.ended(this);
  }

  /** Waits for the JVM to exit (killing it if it lingers); its exit code, or null if never run. */
  private Integer awaitExit() {
    if (pid < 0) {
      return null;
    }
    try {
      if (!process.join(Duration.ofSeconds(2))) {
        process.kill();
        process.join();
      }
      return process.exitCode();
    } catch (IllegalStateException notStarted) {
      return null;
    }
  }
}
