package io.github.multiproc.wire;

/** Reads and writes arrays of primitives as a length and the elements, big-endian. */
final class PrimitiveArrays {
  private PrimitiveArrays() {}

  public static void writeBooleans(WireOutput out, boolean[] values) {
    out.writeSize(values.length);
    for (boolean value : values) {
      out.writeBoolean(value);
    }
  }

  public static boolean[] readBooleans(WireInput in) {
    boolean[] values = new boolean[in.readCount(1)];
    for (int i = 0; i < values.length; i++) {
      values[i] = in.readBoolean();
    }
    return values;
  }

  public static void writeBytes(WireOutput out, byte[] values) {
    out.writeSize(values.length);
    out.writeBytes(values);
  }

  public static byte[] readBytes(WireInput in) {
    return in.readBytes(in.readCount(1));
  }

  public static void writeShorts(WireOutput out, short[] values) {
    out.writeSize(values.length);
    for (short value : values) {
      out.writeShort(value);
    }
  }

  public static short[] readShorts(WireInput in) {
    short[] values = new short[in.readCount(Short.BYTES)];
    for (int i = 0; i < values.length; i++) {
      values[i] = in.readShort();
    }
    return values;
  }

  public static void writeChars(WireOutput out, char[] values) {
    out.writeSize(values.length);
    for (char value : values) {
      out.writeChar(value);
    }
  }

  public static char[] readChars(WireInput in) {
    char[] values = new char[in.readCount(Character.BYTES)];
    for (int i = 0; i < values.length; i++) {
      values[i] = in.readChar();
    }
    return values;
  }

  public static void writeInts(WireOutput out, int[] values) {
    out.writeSize(values.length);
    for (int value : values) {
      out.writeInt(value);
    }
  }

  public static int[] readInts(WireInput in) {
    int[] values = new int[in.readCount(Integer.BYTES)];
    for (int i = 0; i < values.length; i++) {
      values[i] = in.readInt();
    }
    return values;
  }

  public static void writeLongs(WireOutput out, long[] values) {
    out.writeSize(values.length);
    for (long value : values) {
      out.writeLong(value);
    }
  }

  public static long[] readLongs(WireInput in) {
    long[] values = new long[in.readCount(Long.BYTES)];
    for (int i = 0; i < values.length; i++) {
      values[i] = in.readLong();
    }
    return values;
  }

  public static void writeFloats(WireOutput out, float[] values) {
    out.writeSize(values.length);
    for (float value : values) {
      out.writeFloat(value);
    }
  }

  public static float[] readFloats(WireInput in) {
    float[] values = new float[in.readCount(Float.BYTES)];
    for (int i = 0; i < values.length; i++) {
      values[i] = in.readFloat();
    }
    return values;
  }

  public static void writeDoubles(WireOutput out, double[] values) {
    out.writeSize(values.length);
    for (double value : values) {
      out.writeDouble(value);
    }
  }

  public static double[] readDoubles(WireInput in) {
    double[] values = new double[in.readCount(Double.BYTES)];
    for (int i = 0; i < values.length; i++) {
      values[i] = in.readDouble();
    }
    return values;
  }
}
