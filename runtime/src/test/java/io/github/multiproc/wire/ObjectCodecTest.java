package io.github.multiproc.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ObjectCodecTest {
  record Point(int x, int y) {}

  record Unregistered(int x) {}

  static final Codec<Point> POINT =
      new NullSafeCodec<>() {
        @Override
        protected void encodeValue(WireOutput out, Point value) {
          out.writeInt(value.x());
          out.writeInt(value.y());
        }

        @Override
        protected Point decodeValue(WireInput in) {
          return new Point(in.readInt(), in.readInt());
        }
      };

  @Test
  void pythonsFortyTwoNoneHelloRoundTrips() {
    List<Object> value = Arrays.asList(42, null, "hello");
    assertEquals(value, roundTrip(value));
    assertEquals("[42, null, hello]", roundTrip(value).toString());
  }

  @Test
  void mixedKeysAndNullValuesAsInPythonsDict() {
    Map<Object, Object> dict = new LinkedHashMap<>();
    dict.put(1, "1");
    dict.put("2", 2);
    dict.put(0.25, null);
    assertEquals(dict, roundTrip(dict));
  }

  @Test
  void everyBuiltInTagRoundTrips() {
    List<Object> values =
        new ArrayList<>(
            Arrays.asList(
                true,
                (byte) 1,
                (short) 2,
                'c',
                3,
                4L,
                5f,
                6d,
                "s",
                Set.of("x"),
                Optional.of(7),
                Optional.empty(),
                new java.math.BigInteger("123"),
                new BigDecimal("1.50"),
                UUID.randomUUID(),
                java.time.Instant.EPOCH,
                Duration.ofMillis(5),
                LocalDate.of(2026, 11, 21),
                java.time.LocalTime.NOON,
                java.time.LocalDateTime.of(2026, 1, 1, 0, 0),
                java.time.ZonedDateTime.of(2026, 1, 1, 0, 0, 0, 0, java.time.ZoneId.of("UTC"))));
    assertEquals(values, roundTrip(values));
    assertArrayEquals(new byte[] {1, 2}, (byte[]) roundTrip(new byte[] {1, 2}));
    assertArrayEquals(new int[] {1, 2}, (int[]) roundTrip(new int[] {1, 2}));
    assertArrayEquals(new long[] {3}, (long[]) roundTrip(new long[] {3}));
    assertArrayEquals(new double[] {0.5}, (double[]) roundTrip(new double[] {0.5}));
    assertArrayEquals(
        new Object[] {"a", 1, null}, (Object[]) roundTrip(new Object[] {"a", 1, null}));
  }

  @Test
  void registeredRecordsTravelByName() {
    Codecs.register(Point.class, POINT);
    assertEquals(List.of(new Point(1, 2)), roundTrip(List.of(new Point(1, 2))));
  }

  @Test
  void anUnregisteredTypeIsRefusedWithTheFix() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> encode(new Unregistered(1)));
    assertTrue(e.getMessage().contains(Unregistered.class.getName()), e.getMessage());
    assertTrue(e.getMessage().contains("@Portable"), e.getMessage());
  }

  @Test
  void anUnknownNameIsNeverLoadedAsAClass() {
    WireOutput out = new WireOutput();
    out.writeByte(28); // a registered type, by name
    out.writeString("java.lang.ProcessBuilder");
    CorruptDataException e =
        assertThrows(
            CorruptDataException.class,
            () -> Codecs.OBJECT.decode(new WireInput(out.toByteArray())));
    assertTrue(e.getMessage().contains("java.lang.ProcessBuilder"), e.getMessage());
  }

  @Test
  void forgedDeepNestingIsRefused() {
    WireOutput out = new WireOutput();
    for (int i = 0; i < 10_000; i++) {
      out.writeByte(15); // a list
      out.writeSize(1); // of one element, again and again
    }
    assertThrows(
        CorruptDataException.class, () -> Codecs.OBJECT.decode(new WireInput(out.toByteArray())));
    // The depth counter must be back to zero for the next value.
    assertEquals("ok", roundTrip("ok"));
  }

  /** A record that holds itself, as a generated codec writes it: one recursion per link. */
  record Link(int index, Link next) {
    static Link chain(int length) {
      Link link = null;
      for (int i = length; i > 0; i--) {
        link = new Link(i, link);
      }
      return link;
    }
  }

  static final Codec<Link> LINK =
      new NullSafeCodec<>() {
        @Override
        protected void encodeValue(WireOutput out, Link value) {
          out.writeInt(value.index());
          LINK.encode(out, value.next());
        }

        @Override
        protected Link decodeValue(WireInput in) {
          return new Link(in.readInt(), LINK.decode(in));
        }
      };

  @Test
  void aRecordNestedTooDeeplyFailsInTheSenderNotWithAStackOverflow() {
    WireOutput out = new WireOutput();
    out.writeInt(7);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> LINK.encode(out, Link.chain(200_000)));
    assertTrue(e.getMessage().contains(String.valueOf(WireOutput.MAX_NESTING)), e.getMessage());
    // The limit is the sender's and the receiver's: a chain at the limit crosses whole.
    out.truncate(4);
    LINK.encode(out, Link.chain(WireOutput.MAX_NESTING));
    WireInput in = new WireInput(out.toByteArray());
    assertEquals(7, in.readInt());
    assertEquals(Link.chain(WireOutput.MAX_NESTING), LINK.decode(in));
    in.requireFullyRead();
    // Inside an Object, each Object level counts too, and the counter is back to zero after.
    assertThrows(
        IllegalArgumentException.class,
        () -> Codecs.OBJECT.encode(new WireOutput(), List.of(List.of(Link.chain(200_000)))));
    assertEquals(List.of(List.of(1)), roundTrip(List.of(List.of(1))));
  }

  @Test
  void forgedDeepRecordsFailAsCorruptDataNotWithAStackOverflow() {
    WireOutput out = new WireOutput();
    for (int i = 0; i < 200_000; i++) {
      out.writeByte(1); // present
      out.writeInt(i);
    }
    out.writeByte(0);
    WireInput in = new WireInput(out.toByteArray());
    CorruptDataException e = assertThrows(CorruptDataException.class, () -> LINK.decode(in));
    assertTrue(e.getMessage().contains("nest deeper"), e.getMessage());
  }

  @Test
  void anUnknownTagIsReported() {
    CorruptDataException e =
        assertThrows(
            CorruptDataException.class, () -> Codecs.OBJECT.decode(new WireInput(new byte[] {99})));
    assertTrue(e.getMessage().contains("99"), e.getMessage());
  }

  private static byte[] encode(Object value) {
    WireOutput out = new WireOutput();
    Codecs.OBJECT.encode(out, value);
    return out.toByteArray();
  }

  private static Object roundTrip(Object value) {
    WireInput in = new WireInput(encode(value));
    Object decoded = Codecs.OBJECT.decode(in);
    in.requireFullyRead();
    return decoded;
  }
}
