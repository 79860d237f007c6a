package io.github.multiproc.spi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Truncating what a {@link WireOutput} holds: a frame replaced behind frames that stay. */
class WireOutputTest {
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
