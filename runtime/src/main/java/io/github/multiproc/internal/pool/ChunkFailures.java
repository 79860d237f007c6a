package io.github.multiproc.internal.pool;

import io.github.multiproc.RemoteException;
import io.github.multiproc.TaskTimeoutException;
import io.github.multiproc.WorkerDiedException;
import io.github.multiproc.internal.process.RemoteThrowables;
import io.github.multiproc.spi.pool.ChunkRunner;
import io.github.multiproc.wire.CorruptDataException;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;
import java.time.Duration;

/**
 * A whole chunk's failure as bytes, for a {@link ChunkRunner} that carries the failure of a runner
 * far away (a member's local pool) back to the pool: a worker death stays a {@link
 * WorkerDiedException} and a timeout a {@link TaskTimeoutException}, so the pool's retry and the
 * user's {@code catch} see the same types as on one machine; anything else comes back as a {@link
 * RemoteException}. Bytes never choose a class. Exported to the cluster module only: another back
 * end (an Apache Ignite module) would be named in the runtime's module descriptor beside it.
 */
public final class ChunkFailures {
  private static final byte OTHER = 0;
  private static final byte DIED = 1;
  private static final byte TIMED_OUT = 2;

  private ChunkFailures() {}

  /** {@code failure} as bytes. */
  public static byte[] encode(Throwable failure) {
    WireOutput out = new WireOutput(256);
    if (failure instanceof WorkerDiedException died) {
      out.writeByte(DIED);
      out.writeString(died.workerName());
      out.writeLong(died.pid());
      out.writeInt(died.exitCode());
      out.writeString(died.taskId());
    } else if (failure instanceof TaskTimeoutException timedOut) {
      out.writeByte(TIMED_OUT);
      out.writeString(timedOut.taskId());
      out.writeLong(timedOut.timeout().toNanos());
      out.writeLong(timedOut.pid());
    } else {
      out.writeByte(OTHER);
      RemoteThrowables.encode(out, failure);
    }
    return out.toByteArray();
  }

  /**
   * What {@link #encode} wrote, as the exception to fail the chunk with; {@code where} names the
   * place it ran, e.g. {@code member 10.0.0.6:5701}, and is added to the worker's name.
   */
  public static RuntimeException decode(byte[] bytes, String where) {
    WireInput in = new WireInput(bytes);
    byte kind = in.readByte();
    RuntimeException failure;
    switch (kind) {
      case DIED -> {
        String worker = in.readString();
        long pid = in.readLong();
        int exit = in.readInt();
        failure = new WorkerDiedException(worker + " on " + where, pid, exit, in.readString());
      }
      case TIMED_OUT -> {
        String task = in.readString();
        Duration timeout = Duration.ofNanos(in.readLong());
        failure = new TaskTimeoutException(task, timeout, "on " + where, in.readLong());
      }
      case OTHER -> failure = RemoteThrowables.decode(in);
      default -> throw new CorruptDataException("unknown chunk failure kind " + kind);
    }
    in.requireFullyRead();
    return failure;
  }
}
