package io.github.multiproc.wire;

import java.util.Arrays;

/**
 * A growable byte buffer that codecs write to: big-endian fixed-width numbers, unsigned varints for
 * sizes, and strings (WTF-8, see {@link #writeString}) prefixed with their byte length. Not
 * thread-safe.
 */
public final class WireOutput {
  /**
   * How deeply values may nest inside one another (records, collections, {@code Object}s): a
   * decoder recurses once a level, so a limit both sides keep stops a deep value with a clear
   * error in the sender rather than a {@link StackOverflowError} in the receiver. Python's pickle
   * stops at its recursion limit the same way.
   */
  public static final int MAX_NESTING = 512;

  private byte[] buffer;
  private int size;

  /** How many values {@link #enterValue} entered and {@link #exitValue} has not left yet. */
  private int nesting;

  /** Creates an empty buffer. */
  public WireOutput() {
    this(64);
  }

  /** Creates an empty buffer with room for {@code initialCapacity} bytes before it grows. */
  public WireOutput(int initialCapacity) {
    buffer = new byte[Math.max(16, initialCapacity)];
  }

  public void writeBoolean(boolean value) {
    writeByte(value ? 1 : 0);
  }

  public void writeByte(int value) {
    ensureRoom(1);
    buffer[size++] = (byte) value;
  }

  public void writeShort(int value) {
    ensureRoom(2);
    buffer[size++] = (byte) (value >>> 8);
    buffer[size++] = (byte) value;
  }

  public void writeChar(char value) {
    writeShort(value);
  }

  public void writeInt(int value) {
    ensureRoom(4);
    buffer[size++] = (byte) (value >>> 24);
    buffer[size++] = (byte) (value >>> 16);
    buffer[size++] = (byte) (value >>> 8);
    buffer[size++] = (byte) value;
  }

  public void writeLong(long value) {
    writeInt((int) (value >>> 32));
    writeInt((int) value);
  }

  public void writeFloat(float value) {
    writeInt(Float.floatToRawIntBits(value));
  }

  public void writeDouble(double value) {
    writeLong(Double.doubleToRawLongBits(value));
  }

  /** Writes a non-negative size or count in 1 to 5 bytes (7 bits a byte, low bits first). */
  public void writeSize(int value) {
    if (value < 0) {
      throw new IllegalArgumentException("a size cannot be negative: " + value);
    }
    while ((value & ~0x7F) != 0) {
      writeByte((value & 0x7F) | 0x80);
      value >>>= 7;
    }
    writeByte(value);
  }

  /**
   * Writes a non-null string as its byte length ({@link #writeSize}) and its bytes in WTF-8: UTF-8,
   * except that a surrogate without its pair is written as the three bytes UTF-8 would give its
   * code point, so every Java string comes back exactly (the JDK's UTF-8 encoder turns it into
   * {@code ?}). A well-formed string is plain UTF-8.
   */
  public void writeString(String value) {
    int length = value.length();
    int start = size;
    // Most strings are ASCII, whose byte length is its char count: write that length and the
    // bytes in one pass, and start over with the general encoding at the first other char.
    writeSize(length);
    ensureRoom(length);
    byte[] bytes = buffer;
    int at = size;
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      if (c >= 0x80) {
        size = start;
        writeNonAscii(value);
        return;
      }
      bytes[at + i] = (byte) c;
    }
    size = at + length;
  }

  private void writeNonAscii(String value) {
    int length = value.length();
    long encoded = 0;
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      if (c < 0x80) {
        encoded += 1;
      } else if (c < 0x800) {
        encoded += 2;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < length
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        encoded += 4;
        i++;
      } else {
        encoded += 3;
      }
    }
    if (encoded > Integer.MAX_VALUE) {
      throw new IllegalStateException("a message cannot exceed 2 GiB");
    }
    writeSize((int) encoded);
    ensureRoom((int) encoded);
    byte[] bytes = buffer;
    int at = size;
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      if (c < 0x80) {
        bytes[at++] = (byte) c;
      } else if (c < 0x800) {
        bytes[at++] = (byte) (0xC0 | (c >> 6));
        bytes[at++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c)
          && i + 1 < length
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        int codePoint = Character.toCodePoint(c, value.charAt(++i));
        bytes[at++] = (byte) (0xF0 | (codePoint >> 18));
        bytes[at++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
        bytes[at++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
        bytes[at++] = (byte) (0x80 | (codePoint & 0x3F));
      } else {
        // Any other char of the BMP, a surrogate without its pair included.
        bytes[at++] = (byte) (0xE0 | (c >> 12));
        bytes[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        bytes[at++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    size = at;
  }

  /** Writes {@code bytes} as they are, with no length prefix. */
  public void writeBytes(byte[] bytes) {
    writeBytes(bytes, 0, bytes.length);
  }

  /** Writes {@code length} bytes of {@code bytes} from {@code offset}, with no length prefix. */
  public void writeBytes(byte[] bytes, int offset, int length) {
    ensureRoom(length);
    System.arraycopy(bytes, offset, buffer, size, length);
    size += length;
  }

  /**
   * Called by a codec before it writes a value that may hold other values ({@link NullSafeCodec}
   * and {@link Codecs#OBJECT} do), and matched by {@link #exitValue} in a {@code finally}.
   *
   * @throws IllegalArgumentException if values nest deeper than {@link #MAX_NESTING}, before
   *     anything is sent
   */
  public void enterValue() {
    if (++nesting > MAX_NESTING) {
      nesting--;
      throw new IllegalArgumentException(
          "a value nests deeper than "
              + MAX_NESTING
              + " levels (records, collections, Optionals and Objects inside one another), more than"
              + " a process boundary carries; nothing was sent. Is it a cycle? Send a deep chain as"
              + " a list of its parts instead");
    }
  }

  /** Leaves the value {@link #enterValue} entered. */
  public void exitValue() {
    nesting--;
  }

  /** The number of bytes written so far. */
  public int size() {
    return size;
  }

  /** Forgets what was written, keeping the allocated room. */
  public void reset() {
    size = 0;
  }

  /**
   * Forgets what was written after the first {@code size} bytes, e.g. a frame that turned out too
   * big behind frames that are fine.
   *
   * @throws IndexOutOfBoundsException if {@code size} is negative or more than was written
   */
  public void truncate(int size) {
    if (size < 0 || size > this.size) {
      throw new IndexOutOfBoundsException("cannot truncate " + this.size + " bytes to " + size);
    }
    this.size = size;
  }

  /** A copy of the bytes written so far. */
  public byte[] toByteArray() {
    return Arrays.copyOf(buffer, size);
  }

  /** The backing array; only its first {@link #size()} bytes are meaningful. */
  public byte[] array() {
    return buffer;
  }

  private void ensureRoom(int extra) {
    int needed = size + extra;
    if (needed < 0) {
      throw new IllegalStateException("a message cannot exceed 2 GiB");
    }
    if (needed > buffer.length) {
      int grown = Math.max(needed, buffer.length + (buffer.length >> 1));
      buffer = Arrays.copyOf(buffer, grown < 0 ? Integer.MAX_VALUE - 8 : grown);
    }
  }
}
