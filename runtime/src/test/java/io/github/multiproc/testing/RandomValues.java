package io.github.multiproc.testing;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * The values one try of a {@link Property} draws: numbers that favour the edges a codec gets wrong
 * (zero, the limits, NaN, the lengths where UTF-8 changes width), text with lone surrogates and
 * characters beyond the BMP, byte arrays, lists of anything, and mutations of valid encodings.
 * Deterministic for a seed, so a failing try can be repeated.
 */
public final class RandomValues {
  private static final long[] INT_EDGES = {
    0,
    1,
    -1,
    2,
    127,
    128,
    255,
    256,
    -128,
    -129,
    Short.MIN_VALUE,
    Short.MAX_VALUE,
    65535,
    Integer.MIN_VALUE,
    Integer.MIN_VALUE + 1,
    Integer.MAX_VALUE,
    Integer.MAX_VALUE - 1
  };
  private static final long[] LONG_EDGES = {
    0,
    1,
    -1,
    127,
    128,
    255,
    -128,
    Integer.MIN_VALUE,
    Integer.MAX_VALUE,
    1L << 32,
    Long.MIN_VALUE,
    Long.MIN_VALUE + 1,
    Long.MAX_VALUE,
    Long.MAX_VALUE - 1
  };
  private static final double[] DOUBLE_EDGES = {
    0.0,
    -0.0,
    1.0,
    -1.0,
    Double.NaN,
    Double.POSITIVE_INFINITY,
    Double.NEGATIVE_INFINITY,
    Double.MIN_VALUE,
    Double.MIN_NORMAL,
    Double.MAX_VALUE,
    -Double.MAX_VALUE
  };

  /** The last and first chars of each UTF-8 width, the surrogates' limits, the replacement char. */
  private static final char[] CHAR_EDGES = {
    '\u0000', 'a', '\u007f', '\u0080', '\u07ff', '\u0800', '\ud7ff', '\ud800', '\udbff', '\udc00',
    '\udfff', '\ue000', '\ufffd', '\uffff'
  };

  /** Bytes that are a length's or a tag's limits when they land in one. */
  private static final int[] BYTE_EDGES = {0, 1, 127, 128, 255};

  private final SplittableRandom random;

  /** A generator whose values depend on {@code seed} alone. */
  public RandomValues(long seed) {
    random = new SplittableRandom(seed);
  }

  /** True or false, each as likely. */
  public boolean bool() {
    return random.nextBoolean();
  }

  /** True with the given probability. */
  public boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  /** An int from {@code min} to {@code max}, both included, and either limit now and then. */
  public int between(int min, int max) {
    return (int) between((long) min, max);
  }

  /** A long from {@code min} to {@code max}, both included, and either limit now and then. */
  public long between(long min, long max) {
    if (random.nextInt(8) == 0) {
      return random.nextBoolean() ? min : max;
    }
    if (max < Long.MAX_VALUE) {
      return random.nextLong(min, max + 1);
    }
    return min > Long.MIN_VALUE ? random.nextLong(min - 1, max) + 1 : random.nextLong();
  }

  /** Any int: an edge, a small one or one from the whole range. */
  public int anyInt() {
    return (int) edgeSmallOr(INT_EDGES, random.nextInt());
  }

  /** Any long: an edge, a small one or one from the whole range. */
  public long anyLong() {
    return edgeSmallOr(LONG_EDGES, random.nextLong());
  }

  /** One of {@code edges} a quarter of the time, a small number another, else {@code whole}. */
  private long edgeSmallOr(long[] edges, long whole) {
    switch (random.nextInt(4)) {
      case 0:
        return edges[random.nextInt(edges.length)];
      case 1:
        return random.nextLong(-300, 300);
      default:
        return whole;
    }
  }

  /** Any short, drawn as {@link #anyInt} draws an int. */
  public short anyShort() {
    return (short) anyInt();
  }

  /** Any byte, drawn as {@link #anyInt} draws an int. */
  public byte anyByte() {
    return (byte) anyInt();
  }

  /** Any char, surrogates included. */
  public char anyChar() {
    return random.nextInt(4) == 0
        ? CHAR_EDGES[random.nextInt(CHAR_EDGES.length)]
        : (char) random.nextInt(Character.MAX_VALUE + 1);
  }

  /** Any double: an edge (NaN, -0.0, the infinities), a small one or any bit pattern. */
  public double anyDouble() {
    int kind = random.nextInt(4);
    if (kind == 0) {
      return DOUBLE_EDGES[random.nextInt(DOUBLE_EDGES.length)];
    }
    double value =
        kind == 1 ? random.nextDouble(-300, 300) : Double.longBitsToDouble(random.nextLong());
    // NaN's payload may not survive every platform's moves; NaN itself is among the edges.
    return Double.isNaN(value) ? Double.NaN : value;
  }

  /** Any float: any bit pattern, or one of {@link #anyDouble}'s narrowed to a float. */
  public float anyFloat() {
    if (random.nextInt(4) == 0) {
      float bits = Float.intBitsToFloat(random.nextInt());
      return Float.isNaN(bits) ? Float.NaN : bits;
    }
    return (float) anyDouble();
  }

  /** An integer of up to {@code bits} bits, either sign. */
  public BigInteger bigInteger(int bits) {
    BigInteger magnitude = new BigInteger(random.nextInt(bits + 1), new Random(random.nextLong()));
    return random.nextBoolean() ? magnitude.negate() : magnitude;
  }

  /**
   * Text of up to {@code maxLength} chars: ASCII, any char (lone surrogates among them), pairs
   * that form characters beyond the BMP, and the edges of UTF-8's widths.
   */
  public String text(int maxLength) {
    int length = between(0, maxLength);
    StringBuilder text = new StringBuilder(length);
    while (text.length() < length) {
      int kind = random.nextInt(4);
      if (kind == 0) {
        text.append((char) random.nextInt(0x20, 0x7f));
      } else if (kind == 1 && text.length() + 2 <= length) {
        text.appendCodePoint(
            random.nextInt(Character.MIN_SUPPLEMENTARY_CODE_POINT, Character.MAX_CODE_POINT + 1));
      } else if (kind <= 2) { // a lone surrogate, also where a pair has no room
        text.append((char) random.nextInt(Character.MIN_SURROGATE, Character.MAX_SURROGATE + 1));
      } else {
        text.append(anyChar());
      }
    }
    return text.toString();
  }

  /** Text of up to {@code maxLength} chars, each one of {@code chars}. */
  public String textOf(String chars, int maxLength) {
    int length = between(0, maxLength);
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(chars.charAt(random.nextInt(chars.length())));
    }
    return text.toString();
  }

  /** Up to {@code maxLength} arbitrary bytes. */
  public byte[] bytes(int maxLength) {
    return bytes(0, maxLength);
  }

  /** From {@code minLength} to {@code maxLength} arbitrary bytes. */
  public byte[] bytes(int minLength, int maxLength) {
    byte[] bytes = new byte[between(minLength, maxLength)];
    random.nextBytes(bytes);
    return bytes;
  }

  /** One of {@code choices}, each as likely. */
  public <T> T oneOf(List<? extends T> choices) {
    return choices.get(random.nextInt(choices.size()));
  }

  /** One of {@code choices}, each as likely. */
  @SafeVarargs
  public final <T> T oneOf(T... choices) {
    return choices[random.nextInt(choices.length)];
  }

  /** The value of one of {@code choices}, each as likely. */
  @SafeVarargs
  public final <T> T either(Supplier<? extends T>... choices) {
    return choices[random.nextInt(choices.length)].get();
  }

  /** {@code null} with the given probability, otherwise a value of {@code values}. */
  public <T> T nullOr(double probability, Supplier<? extends T> values) {
    return chance(probability) ? null : values.get();
  }

  /** Up to {@code maxSize} values of {@code values}. */
  public <T> List<T> list(int maxSize, Supplier<? extends T> values) {
    int size = between(0, maxSize);
    List<T> list = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      list.add(values.get());
    }
    return list;
  }

  /** A strict prefix of {@code whole} (not empty), possibly empty: a message cut anywhere. */
  public byte[] truncated(byte[] whole) {
    return Arrays.copyOf(whole, random.nextInt(whole.length));
  }

  /**
   * {@code valid} changed in one to three places: a byte overwritten (often with a length's or a
   * tag's limit), a bit flipped, a byte inserted or deleted.
   */
  public byte[] mutated(byte[] valid) {
    byte[] bytes = valid;
    for (int count = random.nextInt(1, 4); count > 0; count--) {
      int kind = bytes.length == 0 ? 2 : random.nextInt(4);
      byte value =
          (byte)
              (random.nextBoolean()
                  ? BYTE_EDGES[random.nextInt(BYTE_EDGES.length)]
                  : random.nextInt(256));
      if (kind == 0) {
        bytes = bytes.clone();
        bytes[random.nextInt(bytes.length)] = value;
      } else if (kind == 1) {
        bytes = bytes.clone();
        bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
      } else if (kind == 2) {
        int at = random.nextInt(bytes.length + 1);
        byte[] longer = new byte[bytes.length + 1];
        System.arraycopy(bytes, 0, longer, 0, at);
        longer[at] = value;
        System.arraycopy(bytes, at, longer, at + 1, bytes.length - at);
        bytes = longer;
      } else {
        int at = random.nextInt(bytes.length);
        byte[] shorter = new byte[bytes.length - 1];
        System.arraycopy(bytes, 0, shorter, 0, at);
        System.arraycopy(bytes, at + 1, shorter, at, shorter.length - at);
        bytes = shorter;
      }
    }
    return bytes;
  }
}
