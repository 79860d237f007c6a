package io.github.multiproc.internal.pool;

import io.github.multiproc.PoolTask;
import io.github.multiproc.internal.hub.ProtocolException;
import io.github.multiproc.internal.process.RemoteThrowables;
import io.github.multiproc.wire.Codec;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;

/**
 * The outcomes of a chunk as bytes, {@code [count][format]} then the items: with {@link
 * PackedInts#INTS} plain ints (every item succeeded), with {@link PackedInts#GENERIC} per item
 * {@code [0][value]} or {@code [1][size][encoded throwable]}. What a pool worker writes after
 * {@code RESULTS}, and what a {@code ChunkRunner} returns: one format for every back end.
 */
final class ChunkResults {
  private ChunkResults() {}

  /** Appends the outcomes of a chunk of {@code task}: packed ints when they all are, else tagged. */
  static void write(
      WireOutput out,
      WireOutput item,
      PoolTask<Object, Object> task,
      Object[] values,
      Throwable[] failures) {
    int count = values.length;
    out.writeSize(count);
    if (failures == null && PackedInts.fits(task.resultCodec(), values)) {
      out.writeByte(PackedInts.INTS);
      PackedInts.write(out, values);
      return;
    }
    out.writeByte(PackedInts.GENERIC);
    for (int i = 0; i < count; i++) {
      Throwable failure = failures == null ? null : failures[i];
      if (failure == null) {
        try {
          item.reset();
          task.resultCodec().encode(item, values[i]);
          out.writeByte(PoolProtocol.ITEM_OK);
          out.writeBytes(item.array(), 0, item.size());
          continue;
        } catch (Throwable t) {
          failure = t;
        }
      }
      writeFailure(out, item, failure);
    }
  }

  /** Appends a failed item: {@code [1][size][encoded throwable]}. */
  static void writeFailure(WireOutput out, WireOutput item, Throwable failure) {
    item.reset();
    try {
      RemoteThrowables.encode(item, failure);
    } catch (Throwable encodingFailed) {
      item.reset();
      item.writeSize(1);
      item.writeString(failure.getClass().getName());
      item.writeBoolean(false);
      item.writeSize(0);
    }
    out.writeByte(PoolProtocol.ITEM_FAILED);
    out.writeSize(item.size());
    out.writeBytes(item.array(), 0, item.size());
  }

  /**
   * Completes {@code chunk} with the outcomes in {@code in}; an item that cannot be read fails, and
   * so does every item after it (their place in the bytes is lost).
   */
  static void decode(Chunk chunk, WireInput in) {
    int count = chunk.size();
    Object[] values = new Object[count];
    Throwable[] failures = null;
    Codec<Object> codec = chunk.task.task().resultCodec();
    RuntimeException corrupt = null;
    try {
      if (in.readSize() != count) {
        throw new ProtocolException("results for " + count + " items have another count");
      }
      if (in.readByte() == PackedInts.INTS) {
        chunk.complete(PackedInts.read(in, count), null);
        return;
      }
    } catch (RuntimeException | ProtocolException e) {
      corrupt = new IllegalStateException("malformed results from a pool worker", e);
    }
    for (int i = 0; i < count; i++) {
      if (corrupt == null) {
        try {
          byte tag = in.readByte();
          if (tag == PoolProtocol.ITEM_OK) {
            values[i] = codec.decode(in);
            continue;
          }
          byte[] encoded = in.readBytes(in.readCount(1));
          if (failures == null) {
            failures = new Throwable[count];
          }
          failures[i] = RemoteThrowables.decode(new WireInput(encoded));
          continue;
        } catch (RuntimeException e) {
          corrupt = e; // the rest of the bytes cannot be read either
        }
      }
      if (failures == null) {
        failures = new Throwable[count];
      }
      failures[i] = corrupt;
    }
    chunk.complete(values, failures);
  }

  /**
   * Reads the arguments of a chunk of {@code task} from {@code in} ({@code [count][format]} and the
   * arguments, as {@link PoolProtocol#chunkArguments} wrote them), for a back end that runs them in
   * this JVM.
   */
  static Object[] readArguments(PoolTask<Object, Object> task, WireInput in) {
    int count = in.readSize();
    byte format = in.readByte();
    Object[] arguments;
    if (format == PackedInts.INTS) {
      arguments = PackedInts.read(in, count);
    } else if (format == PackedInts.GENERIC) {
      arguments = new Object[count];
      for (int i = 0; i < count; i++) {
        arguments[i] = task.argumentCodec().decode(in);
      }
    } else {
      throw new IllegalStateException("unknown chunk format " + format);
    }
    in.requireFullyRead();
    return arguments;
  }
}
