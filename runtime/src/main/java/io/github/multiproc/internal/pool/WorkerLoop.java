package io.github.multiproc.internal.pool;

import io.github.multiproc.PoolTask;
import io.github.multiproc.internal.hub.BlockingLink;
import io.github.multiproc.internal.hub.ConnectionKind;
import io.github.multiproc.internal.hub.FrameReader;
import io.github.multiproc.internal.hub.HubClient;
import io.github.multiproc.internal.hub.ProtocolException;
import io.github.multiproc.internal.process.ProcessContext;
import io.github.multiproc.internal.process.RemoteThrowables;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;
import java.io.EOFException;
import java.io.IOException;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A pool worker's life: connect to the pool, load the tasks, run the initializer, say READY, then
 * run chunks in arrival order, one result frame per chunk (several may share a write), until EXIT
 * or the pool goes away.
 */
final class WorkerLoop {
  /** Results held back are written once they reach this much, whatever is still buffered. */
  private static final int RESULT_BATCH_BYTES = 64 << 10;

  /** Only the results of chunks that ran shorter than this wait for the next chunk's. */
  private static final long HOLD_CHUNK_NANOS = 50_000;

  /** Results held back this long are written, whatever is still buffered. */
  private static final long HOLD_MAX_NANOS = 200_000;

  private final String hubPath;
  private final String token;
  private final String initializerId;
  private final byte[] initializerArgument;

  /** Whether results may wait for the next chunk's: not when the pool times its tasks. */
  private final boolean holdAllowed;

  /** When the oldest result in {@link #out} was begun. */
  private long heldSince;

  private final WireOutput out = new WireOutput(1024);
  private final WireOutput item = new WireOutput(256);
  private Map<String, PoolTask<?, ?>> tasks;

  /** The ids of the tasks the pool numbered on this connection, by number. */
  private final List<String> numberedIds = new ArrayList<>();

  /** The same tasks, found in {@link #tasks}; null for an id this worker does not know. */
  private final List<PoolTask<Object, Object>> numberedTasks = new ArrayList<>();

  /** What the item {@link #callBlock} stopped at threw. */
  private Throwable blockFailure;

  private WorkerLoop(
      String hubPath,
      String token,
      String initializerId,
      byte[] initializerArgument,
      boolean holdAllowed) {
    this.hubPath = hubPath;
    this.token = token;
    this.initializerId = initializerId;
    this.initializerArgument = initializerArgument;
    this.holdAllowed = holdAllowed;
  }

  /** A loop over {@code tasks} alone, with no pool behind it: {@link WorkerWarmUp}'s. */
  WorkerLoop(Map<String, PoolTask<?, ?>> tasks) {
    this(null, null, null, null, true);
    this.tasks = tasks;
  }

  static WorkerLoop fromArguments(WireInput in) {
    String hubPath = in.readString();
    String token = in.readString();
    boolean holdAllowed = in.readBoolean();
    String initId = null;
    byte[] initArg = null;
    if (in.readBoolean()) {
      initId = in.readString();
      initArg = in.readBytes(in.readCount(1));
    }
    in.requireFullyRead();
    return new WorkerLoop(hubPath, token, initId, initArg, holdAllowed);
  }

  void run() throws IOException {
    WireOutput opening = new WireOutput(48);
    opening.writeString(token);
    BlockingLink channel =
        HubClient.connect(
            Path.of(hubPath),
            ProcessContext.sessionKey(),
            ConnectionKind.POOL,
            opening.toByteArray());
    SocketChannel socket = channel.socket();
    try {
      try {
        tasks = TaskCatalog.load();
        if (initializerId != null) {
          PoolTask<Object, Object> init = find(initializerId);
          init.call(init.argumentCodec().decode(new WireInput(initializerArgument)));
        }
        // A malformed warm-up setting fails the start loudly, whether or not this JVM ran it.
        WorkerWarmUp.rounds();
      } catch (Throwable t) {
        out.reset();
        int start = FrameReader.beginFrame(out);
        out.writeByte(PoolProtocol.INIT_FAILED);
        RemoteThrowables.encode(out, t);
        FrameReader.endFrame(out, start);
        FrameReader.writeFully(socket, out.array(), out.size());
        return;
      }
      out.reset();
      int start = FrameReader.beginFrame(out);
      out.writeByte(PoolProtocol.READY);
      FrameReader.endFrame(out, start);
      FrameReader.writeFully(socket, out.array(), out.size());
      serve(new FrameReader(socket, BlockingLink.maxFrameBytes()), socket);
    } finally {
      channel.close();
    }
  }

  /**
   * Runs the chunks read from {@code in}, writing their result frames to {@code results} (several
   * may share a write), until EXIT or the end of the input. The pool connection's loop, and the
   * warm-up's.
   */
  void serve(FrameReader in, SocketChannel results) throws IOException {
    out.reset();
    while (true) {
      byte[] frame;
      try {
        frame = in.read();
      } catch (EOFException e) {
        return; // the pool is gone
      }
      if (frame.length == 1 && frame[0] == PoolProtocol.EXIT) {
        FrameReader.writeFully(results, out.array(), out.size()); // results held back, if any
        return;
      }
      if (frame.length > 0 && frame[0] == PoolProtocol.TASK) {
        defineTask(new WireInput(frame, 1, frame.length - 1));
        continue;
      }
      if (frame.length == 0 || frame[0] != PoolProtocol.CHUNK) {
        throw new IOException("unexpected frame from the pool");
      }
      long began = System.nanoTime();
      if (out.size() == 0) {
        heldSince = began;
      }
      runChunk(new WireInput(frame, 1, frame.length - 1));
      if (!holdResults(in, began, System.nanoTime())) {
        FrameReader.writeFully(results, out.array(), out.size());
        out.reset();
      }
    }
  }

  /**
   * Whether the results in {@link #out} wait for the next chunk's: only when that chunk is here
   * already and tiny tasks are running (many arrive per read), so that one write carries several
   * results and the pool's reader wakes once for them. A result waits at most about
   * {@value #HOLD_MAX_NANOS} ns plus the next chunk's run, never when the pool has a task timeout
   * (the pool times a chunk until its result arrives).
   */
  private boolean holdResults(FrameReader in, long began, long now) {
    return holdAllowed
        && now - began < HOLD_CHUNK_NANOS
        && now - heldSince < HOLD_MAX_NANOS
        && out.size() < RESULT_BATCH_BYTES
        && in.hasBufferedFrame();
  }

  /** A TASK frame: chunks from here on name the task by the number it gives. */
  @SuppressWarnings("unchecked")
  private void defineTask(WireInput in) throws ProtocolException {
    int number = in.readSize();
    String id = in.readString();
    in.requireFullyRead();
    PoolTask<Object, Object> task = (PoolTask<Object, Object>) tasks.get(id);
    if (number == numberedIds.size()) {
      numberedIds.add(id);
      numberedTasks.add(task);
    } else if (number < numberedIds.size()) {
      numberedIds.set(number, id);
      numberedTasks.set(number, task);
    } else {
      throw new ProtocolException(
          "the pool numbered task "
              + id
              + " "
              + number
              + " after only "
              + numberedIds.size()
              + " numbers");
    }
  }

  /** The task a chunk names by {@code number}; fails as {@link #find} does for an unknown id. */
  private PoolTask<Object, Object> numbered(int number) {
    if (number >= numberedTasks.size()) {
      throw new IllegalStateException(
          "a chunk names task number " + number + ", which the pool never gave");
    }
    PoolTask<Object, Object> task = numberedTasks.get(number);
    return task != null ? task : find(numberedIds.get(number));
  }

  private PoolTask<Object, Object> find(String id) {
    return TaskCatalog.find(tasks, id);
  }

  /** Runs one chunk, leaving its framed RESULTS in {@link #out}. */
  private void runChunk(WireInput in) {
    int taskNumber = in.readSize();
    int count = in.readSize();
    byte format = in.readByte();
    Object[] values = new Object[count];
    Throwable[] failures = null;
    PoolTask<Object, Object> task = null;
    Throwable unreadable = null;
    Object[] packed = null;
    try {
      task = numbered(taskNumber);
      if (format == PackedInts.INTS) {
        packed = PackedInts.read(in, count);
      } else if (format != PackedInts.GENERIC) {
        throw new IllegalStateException("unknown chunk format " + format + " from the pool");
      }
    } catch (RuntimeException e) {
      unreadable = e;
    }
    int done = 0;
    if (packed != null) {
      // Plain arguments: run them in blocks that get compiled early (see PackedInts.BLOCK).
      while (done < count) {
        int end = Math.min(count, done + PackedInts.BLOCK);
        int stopped = callBlock(task, packed, values, done, end);
        if (stopped < end) {
          if (failures == null) {
            failures = new Throwable[count];
          }
          failures[stopped] = blockFailure;
          blockFailure = null;
          done = stopped + 1;
        } else {
          done = end;
        }
      }
    }
    for (int i = done; i < count; i++) {
      Throwable failure = unreadable;
      if (failure == null) {
        Object argument;
        try {
          argument = packed != null ? packed[i] : task.argumentCodec().decode(in);
        } catch (RuntimeException e) {
          unreadable = e; // the arguments after a bad one cannot be found either
          failure = e;
          argument = null;
        }
        if (failure == null) {
          try {
            values[i] = task.call(argument);
          } catch (Throwable t) {
            failure = t;
          }
        }
      }
      if (failure != null) {
        if (failures == null) {
          failures = new Throwable[count];
        }
        failures[i] = failure;
      }
    }
    writeResults(task, values, failures);
  }

  /**
   * Calls the task on items {@code from} to {@code to}; returns where it stopped: {@code to}, or
   * the item that threw, whose failure is left in {@link #blockFailure}.
   */
  private int callBlock(
      PoolTask<Object, Object> task, Object[] arguments, Object[] values, int from, int to) {
    int i = from;
    try {
      for (; i < to; i++) {
        values[i] = task.call(arguments[i]);
      }
    } catch (Throwable t) {
      blockFailure = t;
    }
    return i;
  }

  /** Appends the framed outcomes of a chunk to {@link #out} ({@link ChunkResults}' format). */
  private void writeResults(PoolTask<Object, Object> task, Object[] values, Throwable[] failures) {
    int count = values.length;
    int start = FrameReader.beginFrame(out);
    out.writeByte(PoolProtocol.RESULTS);
    ChunkResults.write(out, item, task, values, failures);
    FrameReader.endFrame(out, start);
    if (out.size() - start - 4 > BlockingLink.maxFrameBytes()) {
      tooBig(count, out.size() - start - 4, start);
    }
  }

  /** Replaces the frame at {@code start} of {@link #out} with a failure per item. */
  private void tooBig(int count, int size, int frameStart) {
    IllegalStateException e =
        new IllegalStateException(
            "the results of this chunk are "
                + size
                + " bytes, more than the pool accepts (multiproc.maxFrameBytes = "
                + BlockingLink.maxFrameBytes()
                + "); use a smaller chunksize or smaller results");
    out.truncate(frameStart);
    int start = FrameReader.beginFrame(out);
    out.writeByte(PoolProtocol.RESULTS);
    out.writeSize(count);
    out.writeByte(PackedInts.GENERIC);
    for (int i = 0; i < count; i++) {
      writeFailure(e);
    }
    FrameReader.endFrame(out, start);
  }

  private void writeFailure(Throwable failure) {
    ChunkResults.writeFailure(out, item, failure);
  }
}
