package io.github.multiproc.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Truncating what a {@link WireOutput} holds (a frame replaced behind frames that stay), and the
 * WTF-8 strings it writes for {@link WireInput} to read back.
 */
class WireOutputTest {
  @Test
  void everyJavaStringComesBackExactly() {
    String[] strings = {
      "",
      "plain ascii",
      "héllo ✓",
      "\uD83D\uDE00 pair",
      "a\uD800b\uDC00c\uDBFF",
      "\uDC00\uD800",
      "\uD800",
      "\uD83D\uDE00\uDE00",
      "\u0000\u007F\u0080\u07FF\u0800\uFFFF"
    };
    WireOutput out = new WireOutput(4);
    for (String s : strings) {
      out.writeString(s);
    }
    WireInput in = new WireInput(out.toByteArray());
    for (String s : strings) {
      assertEquals(s, in.readString());
    }
    in.requireFullyRead();
  }

  @Test
  void wellFormedStringsAreWrittenAsUtf8() {
    String text = "h\u00E9llo \u2713 \uD83D\uDE00";
    WireOutput out = new WireOutput();
    out.writeString(text);
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    WireOutput expected = new WireOutput();
    expected.writeSize(utf8.length);
    expected.writeBytes(utf8);
    assertArrayEquals(expected.toByteArray(), out.toByteArray());
  }

  @Test
  void bytesThatAreNotWtf8AreRefusedNotReplaced() {
    byte[][] malformed = {
      {(byte) 0x80},
      {(byte) 0xC3},
      {(byte) 0xC0, (byte) 0x80},
      {(byte) 0xE2, (byte) 0x28, (byte) 0xA1},
      {(byte) 0xE0, (byte) 0x80, (byte) 0x80},
      {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
      {(byte) 0xF8, (byte) 0x80, (byte) 0x80, (byte) 0x80}
    };
    for (byte[] bytes : malformed) {
      WireOutput out = new WireOutput();
      out.writeSize(bytes.length);
      out.writeBytes(bytes);
      CorruptDataException e =
          assertThrows(
              CorruptDataException.class, () -> new WireInput(out.toByteArray()).readString());
      assertTrue(e.getMessage().contains("not WTF-8"), e::getMessage);
    }
  }

  @Test
  void truncateKeepsTheBytesBeforeAndWritesOnFromThere() {
    WireOutput out = new WireOutput(4);
    out.writeInt(7);
    int start = out.size();
    out.writeInt(8);
    out.truncate(start);
    out.writeByte(9);
    assertArrayEquals(new byte[] {0, 0, 0, 7, 9}, out.toByteArray());
  }

  @Test
  void truncateRefusesSizesItNeverHad() {
    WireOutput out = new WireOutput(4);
    out.writeInt(1);
    assertThrows(IndexOutOfBoundsException.class, () -> out.truncate(5));
    assertThrows(IndexOutOfBoundsException.class, () -> out.truncate(-1));
    assertEquals(4, out.size());
  }
}
