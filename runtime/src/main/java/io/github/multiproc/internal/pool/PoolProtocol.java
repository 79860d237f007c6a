package io.github.multiproc.internal.pool;

import io.github.multiproc.PoolTask;
import io.github.multiproc.internal.hub.FrameReader;
import io.github.multiproc.wire.Codec;
import io.github.multiproc.wire.WireOutput;

/**
 * The frames on a pool connection ({@code ConnectionKind.POOL}), after the hub's handshake and the
 * opening {@code [POOL][token]} from the worker. Each frame is a 4-byte length and a payload whose
 * first byte is its type.
 *
 * <ul>
 *   <li>worker → pool {@code [READY]} once its tasks are loaded and the initializer ran, or
 *       {@code [INIT_FAILED][encoded throwable]};
 *   <li>pool → worker {@code [TASK][number][task id]}: from here on, chunks on this connection
 *       name the task {@code id} by {@code number} (a small whole number, given out from 0 in
 *       order), sent before the first chunk of each task;
 *   <li>pool → worker {@code [CHUNK][task number][count][format]} then the arguments: with
 *       {@link PackedInts#GENERIC} each with the task's codec, with {@link PackedInts#INTS} as
 *       plain ints; pipelined: several may be on the way;
 *   <li>worker → pool {@code [RESULTS][count][format]}: with {@link PackedInts#INTS} plain ints
 *       (every item succeeded), with {@link PackedInts#GENERIC} per item {@code [0][value]} or
 *       {@code [1][size][encoded throwable]}; one frame per chunk, in the order the chunks came
 *       (the frames of tiny chunks may share a write);
 *   <li>pool → worker {@code [EXIT]}: finish the chunks before it, then end.
 * </ul>
 *
 * A worker that dies is seen as the end of the connection: the first chunk without results is the
 * one it was running.
 */
final class PoolProtocol {
  static final byte READY = 1;
  static final byte INIT_FAILED = 2;
  static final byte RESULTS = 3;
  static final byte CHUNK = 4;
  static final byte EXIT = 5;
  static final byte TASK = 6;

  static final byte ITEM_OK = 0;
  static final byte ITEM_FAILED = 1;

  /** The entry key of {@link WorkerLauncher}. */
  static final String ENTRY = "pool-worker";

  private PoolProtocol() {}

  /** Appends a whole TASK frame: chunks after it name {@code task} by {@code number}. */
  static void writeTaskFrame(WireOutput out, int number, PoolTask<?, ?> task) {
    int start = FrameReader.beginFrame(out);
    out.writeByte(TASK);
    out.writeSize(number);
    out.writeString(task.id());
    FrameReader.endFrame(out, start);
  }

  /** Appends a whole CHUNK frame: the task's number, then {@link #chunkArguments}' bytes. */
  static void writeChunkFrame(WireOutput out, int taskNumber, byte[] arguments) {
    int start = FrameReader.beginFrame(out);
    out.writeByte(CHUNK);
    out.writeSize(taskNumber);
    out.writeBytes(arguments);
    FrameReader.endFrame(out, start);
  }

  /**
   * What follows {@code [CHUNK][task number]} in a chunk frame: {@code [count][format]} and the
   * arguments, packed as ints when they all are ({@link PackedInts}). Without the task, so that a
   * chunk given back after a worker death goes to another worker, which numbers its tasks in its
   * own order, without being encoded again.
   */
  static byte[] chunkArguments(PoolTask<?, ?> task, Object[] arguments) {
    WireOutput out = new WireOutput(32 + 8 * arguments.length);
    writeChunkArguments(out, task, arguments);
    return out.toByteArray();
  }

  @SuppressWarnings("unchecked")
  private static void writeChunkArguments(WireOutput out, PoolTask<?, ?> task, Object[] arguments) {
    out.writeSize(arguments.length);
    Codec<Object> codec = (Codec<Object>) task.argumentCodec();
    if (PackedInts.fits(codec, arguments)) {
      out.writeByte(PackedInts.INTS);
      PackedInts.write(out, arguments);
    } else {
      out.writeByte(PackedInts.GENERIC);
      for (Object argument : arguments) {
        codec.encode(out, argument);
      }
    }
  }
}
