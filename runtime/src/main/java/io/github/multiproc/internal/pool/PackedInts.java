package io.github.multiproc.internal.pool;

import io.github.multiproc.wire.Codec;
import io.github.multiproc.wire.Codecs;
import io.github.multiproc.wire.CorruptDataException;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;

/**
 * The items of a chunk (arguments or results) in one of two layouts, named by a format byte. A
 * chunk of non-null {@code Integer}s under {@link Codecs#INTEGER} travels as plain 4-byte ints:
 * Python's pool pickles a list of ints in one go, and the per-item codec calls (presence byte,
 * lambda, bounds checks) were most of the cost of a big map of a tiny task, above all in a fresh
 * JVM whose codecs still run in the interpreter. Anything else uses the task's codec item by item.
 */
final class PackedInts {
  /** Each item through its codec (arguments) or as a tagged outcome (results). */
  static final byte GENERIC = 0;

  /** {@code count} big-endian ints, every item a non-null Integer. */
  static final byte INTS = 1;

  private PackedInts() {}

  /**
   * Loops over a chunk run in blocks of this many items, each block one call of a small method:
   * HotSpot compiles a method after a few hundred calls, but a loop inside a method called once per
   * chunk only after ~60,000 turns (on-stack replacement), so in a fresh JVM a whole 12,500-item
   * chunk would otherwise run in the interpreter.
   */
  static final int BLOCK = 128;

  /** Whether {@code values} can travel as {@link #INTS} under {@code codec}. */
  static boolean fits(Codec<?> codec, Object[] values) {
    if (codec != Codecs.INTEGER) {
      return false;
    }
    for (int from = 0; from < values.length; from += BLOCK) {
      if (!allIntegers(values, from, Math.min(values.length, from + BLOCK))) {
        return false;
      }
    }
    return true;
  }

  private static boolean allIntegers(Object[] values, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!(values[i] instanceof Integer)) {
        return false;
      }
    }
    return true;
  }

  /** Writes {@code values}, which {@link #fits}, as ints. */
  static void write(WireOutput out, Object[] values) {
    byte[] bytes = new byte[values.length * 4];
    for (int from = 0; from < values.length; from += BLOCK) {
      pack(values, from, Math.min(values.length, from + BLOCK), bytes);
    }
    out.writeBytes(bytes);
  }

  private static void pack(Object[] values, int from, int to, byte[] bytes) {
    for (int i = from, at = from * 4; i < to; i++, at += 4) {
      int v = (Integer) values[i];
      bytes[at] = (byte) (v >>> 24);
      bytes[at + 1] = (byte) (v >>> 16);
      bytes[at + 2] = (byte) (v >>> 8);
      bytes[at + 3] = (byte) v;
    }
  }

  /** Reads {@code count} ints written by {@link #write}, boxed. */
  static Object[] read(WireInput in, int count) {
    if (count > in.remaining() / 4) {
      throw new CorruptDataException(
          "a chunk of "
              + count
              + " packed ints needs "
              + 4L * count
              + " bytes but only "
              + in.remaining()
              + " remain");
    }
    byte[] bytes = in.readBytes(count * 4);
    Object[] values = new Object[count];
    for (int from = 0; from < count; from += BLOCK) {
      unpack(bytes, from, Math.min(count, from + BLOCK), values);
    }
    return values;
  }

  private static void unpack(byte[] bytes, int from, int to, Object[] values) {
    for (int i = from, at = from * 4; i < to; i++, at += 4) {
      values[i] =
          (bytes[at] << 24)
              | ((bytes[at + 1] & 0xff) << 16)
              | ((bytes[at + 2] & 0xff) << 8)
              | (bytes[at + 3] & 0xff);
    }
  }
}
