package io.github.multiproc.wire;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads what {@link WireOutput} wrote. Every read checks the bytes left, so a truncated or forged
 * message fails with a {@link CorruptDataException} that says where, and a size read from the bytes
 * can never make the reader allocate more than the message holds. Not thread-safe.
 */
public final class WireInput {
  /** What the JDK's UTF-8 decoder puts where the bytes are not UTF-8. */
  private static final char REPLACEMENT = '\uFFFD';

  private final byte[] buffer;
  private final int limit;
  private int position;

  /** How many values {@link #enterValue} entered and {@link #exitValue} has not left yet. */
  private int nesting;

  /** Reads all of {@code bytes}. */
  public WireInput(byte[] bytes) {
    this(bytes, 0, bytes.length);
  }

  /** Reads {@code length} bytes of {@code bytes} from {@code offset}. */
  public WireInput(byte[] bytes, int offset, int length) {
    if (offset < 0 || length < 0 || offset + length > bytes.length) {
      throw new IndexOutOfBoundsException(
          "offset " + offset + " length " + length + " outside " + bytes.length + " bytes");
    }
    this.buffer = bytes;
    this.position = offset;
    this.limit = offset + length;
  }

  public boolean readBoolean() {
    byte value = readByte();
    if (value == 0) {
      return false;
    }
    if (value == 1) {
      return true;
    }
    throw new CorruptDataException(
        "expected a boolean (0 or 1) but read " + value + " at offset " + (position - 1));
  }

  public byte readByte() {
    require(1);
    return buffer[position++];
  }

  public int readUnsignedByte() {
    return readByte() & 0xFF;
  }

  public short readShort() {
    require(2);
    int value = ((buffer[position] & 0xFF) << 8) | (buffer[position + 1] & 0xFF);
    position += 2;
    return (short) value;
  }

  public char readChar() {
    return (char) readShort();
  }

  public int readInt() {
    require(4);
    int value =
        ((buffer[position] & 0xFF) << 24)
            | ((buffer[position + 1] & 0xFF) << 16)
            | ((buffer[position + 2] & 0xFF) << 8)
            | (buffer[position + 3] & 0xFF);
    position += 4;
    return value;
  }

  public long readLong() {
    long high = readInt() & 0xFFFFFFFFL;
    long low = readInt() & 0xFFFFFFFFL;
    return (high << 32) | low;
  }

  public float readFloat() {
    return Float.intBitsToFloat(readInt());
  }

  public double readDouble() {
    return Double.longBitsToDouble(readLong());
  }

  /** Reads a size written by {@link WireOutput#writeSize}. */
  public int readSize() {
    int start = position;
    int value = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      int next = readUnsignedByte();
      value |= (next & 0x7F) << shift;
      if ((next & 0x80) == 0) {
        if (value < 0) {
          break;
        }
        return value;
      }
    }
    throw new CorruptDataException("malformed size at offset " + start);
  }

  /**
   * Reads a size that counts items of at least {@code minBytesPerItem} bytes each, and checks that
   * the message holds that many: use it before allocating a collection or array of that size.
   */
  public int readCount(int minBytesPerItem) {
    int start = position;
    int count = readSize();
    if ((long) count * Math.max(1, minBytesPerItem) > remaining()) {
      throw new CorruptDataException(
          "a count of "
              + count
              + " at offset "
              + start
              + " exceeds the "
              + remaining()
              + " bytes left in the message");
    }
    return count;
  }

  /**
   * Reads a string written by {@link WireOutput#writeString}: WTF-8, so a surrogate without its
   * pair comes back as it was sent. Bytes that are not WTF-8 fail with a
   * {@link CorruptDataException} rather than turning into replacement characters.
   */
  public String readString() {
    int length = readCount(1);
    int start = position;
    // WTF-8 is UTF-8 but for the surrogates, which the JDK's fast decoder turns into U+FFFD, as
    // it does bytes that are no UTF-8 at all: only then decode again, exactly or refusing.
    String value = new String(buffer, start, length, StandardCharsets.UTF_8);
    position = start + length;
    return value.indexOf(REPLACEMENT) < 0 ? value : readWtf8(start, start + length);
  }

  /** Decodes the WTF-8 bytes from {@code start} to {@code end}, refusing anything else. */
  private String readWtf8(int start, int end) {
    char[] chars = new char[end - start];
    int count = 0;
    int at = start;
    while (at < end) {
      int lead = buffer[at] & 0xFF;
      if (lead < 0x80) {
        chars[count++] = (char) lead;
        at++;
      } else if (lead >= 0xC2 && lead < 0xE0) {
        chars[count++] = (char) (((lead & 0x1F) << 6) | continuation(at, end, 1));
        at += 2;
      } else if (lead >= 0xE0 && lead < 0xF0) {
        int value =
            ((lead & 0x0F) << 12) | (continuation(at, end, 1) << 6) | continuation(at, end, 2);
        if (value < 0x800) {
          throw malformedString(at);
        }
        chars[count++] = (char) value;
        at += 3;
      } else if (lead >= 0xF0 && lead < 0xF5) {
        int codePoint =
            ((lead & 0x07) << 18)
                | (continuation(at, end, 1) << 12)
                | (continuation(at, end, 2) << 6)
                | continuation(at, end, 3);
        if (codePoint < 0x10000 || codePoint > Character.MAX_CODE_POINT) {
          throw malformedString(at);
        }
        chars[count++] = Character.highSurrogate(codePoint);
        chars[count++] = Character.lowSurrogate(codePoint);
        at += 4;
      } else {
        throw malformedString(at);
      }
    }
    return new String(chars, 0, count);
  }

  /** The low six bits of the {@code index}th byte of the sequence at {@code lead}. */
  private int continuation(int lead, int end, int index) {
    int at = lead + index;
    if (at >= end || (buffer[at] & 0xC0) != 0x80) {
      throw malformedString(lead);
    }
    return buffer[at] & 0x3F;
  }

  private static CorruptDataException malformedString(int sequence) {
    return new CorruptDataException(
        "malformed string: the byte sequence at offset " + sequence + " is not WTF-8");
  }

  /** Reads exactly {@code length} bytes into a new array. */
  public byte[] readBytes(int length) {
    require(length);
    byte[] bytes = Arrays.copyOfRange(buffer, position, position + length);
    position += length;
    return bytes;
  }

  /**
   * Called by a codec before it reads a value that may hold other values, and matched by
   * {@link #exitValue} in a {@code finally}: a sender never nests deeper than
   * {@link WireOutput#MAX_NESTING}, so deeper bytes are forged or broken and must not recurse
   * until the stack overflows.
   *
   * @throws CorruptDataException if values nest deeper than {@link WireOutput#MAX_NESTING}
   */
  public void enterValue() {
    if (++nesting > WireOutput.MAX_NESTING) {
      nesting--;
      throw new CorruptDataException(
          "values nest deeper than "
              + WireOutput.MAX_NESTING
              + " levels at offset "
              + position
              + ", deeper than any sender writes them");
    }
  }

  /** Leaves the value {@link #enterValue} entered. */
  public void exitValue() {
    nesting--;
  }

  /** The bytes not read yet. */
  public int remaining() {
    return limit - position;
  }

  /** The offset of the next byte to read, in the array given to the constructor. */
  public int position() {
    return position;
  }

  /** Fails unless every byte was read: trailing bytes mean the two sides disagree on the format. */
  public void requireFullyRead() {
    if (position != limit) {
      throw new CorruptDataException(
          remaining() + " unexpected bytes after the end of the message at offset " + position);
    }
  }

  private void require(int count) {
    if (count < 0 || count > limit - position) {
      throw new CorruptDataException(
          "message truncated: needed "
              + count
              + " bytes at offset "
              + position
              + " but "
              + (limit - position)
              + " remain");
    }
  }
}
