package io.github.multiproc.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CodecsTest {

  static Stream<Arguments> valuesOfEveryBuiltIn() {
    ZoneId paris = ZoneId.of("Europe/Paris");
    return Stream.of(
        Arguments.of("BOOLEAN", Codecs.BOOLEAN, true),
        Arguments.of("BYTE", Codecs.BYTE, (byte) -7),
        Arguments.of("SHORT", Codecs.SHORT, (short) -30000),
        Arguments.of("CHARACTER", Codecs.CHARACTER, '\u20ac'),
        Arguments.of("INTEGER", Codecs.INTEGER, Integer.MIN_VALUE),
        Arguments.of("LONG", Codecs.LONG, Long.MAX_VALUE),
        Arguments.of("FLOAT", Codecs.FLOAT, Float.NaN),
        Arguments.of("DOUBLE", Codecs.DOUBLE, -0.0d),
        Arguments.of("STRING", Codecs.STRING, "h\u00e9llo \ud83d\ude00 \u4e16\u754c"),
        Arguments.of(
            "BIG_INTEGER", Codecs.BIG_INTEGER, new BigInteger("-123456789012345678901234567890")),
        Arguments.of("BIG_DECIMAL", Codecs.BIG_DECIMAL, new BigDecimal("1.00")),
        Arguments.of("UUID", Codecs.UUID, UUID.randomUUID()),
        Arguments.of("INSTANT", Codecs.INSTANT, Instant.parse("2026-11-21T08:04:53.123456789Z")),
        Arguments.of("DURATION", Codecs.DURATION, Duration.ofSeconds(-5, 7)),
        Arguments.of("LOCAL_DATE", Codecs.LOCAL_DATE, LocalDate.of(-400, 2, 29)),
        Arguments.of("LOCAL_TIME", Codecs.LOCAL_TIME, LocalTime.of(23, 59, 59, 999_999_999)),
        Arguments.of(
            "LOCAL_DATE_TIME", Codecs.LOCAL_DATE_TIME, LocalDateTime.of(2026, 11, 21, 8, 4)),
        Arguments.of("ZONE_OFFSET", Codecs.ZONE_OFFSET, ZoneOffset.ofHoursMinutes(-9, -30)),
        Arguments.of("ZONE_ID", Codecs.ZONE_ID, paris),
        Arguments.of(
            "OFFSET_DATE_TIME",
            Codecs.OFFSET_DATE_TIME,
            OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 1, ZoneOffset.UTC)),
        Arguments.of(
            "OFFSET_TIME", Codecs.OFFSET_TIME, OffsetTime.of(12, 0, 0, 0, ZoneOffset.ofHours(5))),
        // 02:30 on 2026-10-25 happens twice in Paris; the later offset must survive the trip.
        Arguments.of(
            "ZONED_DATE_TIME",
            Codecs.ZONED_DATE_TIME,
            ZonedDateTime.of(LocalDateTime.of(2026, 10, 25, 2, 30), paris)
                .withLaterOffsetAtOverlap()),
        Arguments.of("PERIOD", Codecs.PERIOD, Period.of(1, -2, 3)),
        Arguments.of("YEAR", Codecs.YEAR, Year.of(1999)),
        Arguments.of("YEAR_MONTH", Codecs.YEAR_MONTH, YearMonth.of(2024, 2)),
        Arguments.of("MONTH_DAY", Codecs.MONTH_DAY, MonthDay.of(2, 29)),
        Arguments.of("OPTIONAL_INT", Codecs.OPTIONAL_INT, OptionalInt.of(42)),
        Arguments.of("OPTIONAL_LONG", Codecs.OPTIONAL_LONG, OptionalLong.empty()),
        Arguments.of("OPTIONAL_DOUBLE", Codecs.OPTIONAL_DOUBLE, OptionalDouble.of(0.25)),
        Arguments.of("enumOf", Codecs.enumOf(DayOfWeek.values()), DayOfWeek.SUNDAY),
        Arguments.of("optional", Codecs.optional(Codecs.STRING), Optional.of("x")),
        Arguments.of("optional empty", Codecs.optional(Codecs.STRING), Optional.empty()),
        Arguments.of("list", Codecs.list(Codecs.INTEGER), Arrays.asList(42, null, 7)),
        Arguments.of("set", Codecs.set(Codecs.STRING), Set.of("a")),
        Arguments.of(
            "map",
            Codecs.map(Codecs.STRING, Codecs.list(Codecs.LONG)),
            mapOf("a", List.of(1L, 2L), "nothing", null)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valuesOfEveryBuiltIn")
  <T> void roundTripsValueAndNull(String name, Codec<T> codec, T value) {
    assertEquals(value, roundTrip(codec, value));
    assertNull(roundTrip(codec, null), name + " must round-trip null");
  }

  @Test
  void zonedDateTimeKeepsItsOffsetInAnOverlap() {
    ZonedDateTime later =
        ZonedDateTime.of(LocalDateTime.of(2026, 10, 25, 2, 30), ZoneId.of("Europe/Paris"))
            .withLaterOffsetAtOverlap();
    assertEquals(later.getOffset(), roundTrip(Codecs.ZONED_DATE_TIME, later).getOffset());
  }

  @Test
  void bigDecimalKeepsItsScale() {
    assertEquals(2, roundTrip(Codecs.BIG_DECIMAL, new BigDecimal("1.00")).scale());
  }

  @Test
  void primitiveArraysRoundTrip() {
    assertArrayEquals(
        new boolean[] {true, false}, roundTrip(Codecs.BOOLEAN_ARRAY, new boolean[] {true, false}));
    assertArrayEquals(new byte[] {1, -1, 0}, roundTrip(Codecs.BYTE_ARRAY, new byte[] {1, -1, 0}));
    assertArrayEquals(new short[] {-1, 300}, roundTrip(Codecs.SHORT_ARRAY, new short[] {-1, 300}));
    assertArrayEquals(
        new char[] {'a', '\uffff'}, roundTrip(Codecs.CHAR_ARRAY, new char[] {'a', '\uffff'}));
    assertArrayEquals(
        new int[] {Integer.MAX_VALUE, 0},
        roundTrip(Codecs.INT_ARRAY, new int[] {Integer.MAX_VALUE, 0}));
    assertArrayEquals(
        new long[] {Long.MIN_VALUE}, roundTrip(Codecs.LONG_ARRAY, new long[] {Long.MIN_VALUE}));
    assertArrayEquals(new float[] {1.5f}, roundTrip(Codecs.FLOAT_ARRAY, new float[] {1.5f}));
    assertArrayEquals(new double[] {}, roundTrip(Codecs.DOUBLE_ARRAY, new double[] {}));
    assertNull(roundTrip(Codecs.INT_ARRAY, null));
  }

  @Test
  void arraysOfReferencesNest() {
    String[][] grid = {{"a", null}, null, {}};
    Codec<String[][]> codec =
        Codecs.array(Codecs.array(Codecs.STRING, String.class), String[].class);
    String[][] copy = roundTrip(codec, grid);
    assertEquals(String[][].class, copy.getClass());
    assertEquals(3, copy.length);
    assertArrayEquals(grid[0], copy[0]);
    assertNull(copy[1]);
    assertEquals(0, copy[2].length);
  }

  @Test
  void collectionsDecodeIntoMutableCollectionsOfTheRequestedKind() {
    List<String> list = roundTrip(Codecs.list(Codecs.STRING), List.of("a", "b"));
    assertInstanceOf(ArrayList.class, list);
    list.add("c");

    Codec<NavigableMap<String, Integer>> sorted =
        Codecs.map(Codecs.STRING, Codecs.INTEGER, Containers.treeMap());
    NavigableMap<String, Integer> map = new TreeMap<>(Map.of("b", 2, "a", 1));
    NavigableMap<String, Integer> copy = roundTrip(sorted, map);
    assertInstanceOf(TreeMap.class, copy);
    assertEquals(List.of("a", "b"), new ArrayList<>(copy.keySet()));
  }

  @Test
  void voidWritesNothing() {
    WireOutput out = new WireOutput();
    Codecs.VOID.encode(out, null);
    assertEquals(0, out.size());
    assertNull(Codecs.VOID.decode(new WireInput(new byte[0])));
  }

  @Test
  void truncatedBytesFailWithTheOffset() {
    byte[] bytes = encode(Codecs.STRING, "hello world");
    WireInput truncated = new WireInput(bytes, 0, bytes.length - 3);
    CorruptDataException e =
        assertThrows(CorruptDataException.class, () -> Codecs.STRING.decode(truncated));
    assertTrue(e.getMessage().contains("exceeds"), e.getMessage());
  }

  @Test
  void aForgedCountCannotForceAHugeAllocation() {
    WireOutput out = new WireOutput();
    out.writeByte(1); // present
    out.writeSize(Integer.MAX_VALUE); // claims two billion ints
    CorruptDataException e =
        assertThrows(
            CorruptDataException.class,
            () -> Codecs.INT_ARRAY.decode(new WireInput(out.toByteArray())));
    assertTrue(e.getMessage().contains("2147483647"), e.getMessage());
  }

  @Test
  void aBadPresenceByteIsReported() {
    CorruptDataException e =
        assertThrows(
            CorruptDataException.class,
            () -> Codecs.INTEGER.decode(new WireInput(new byte[] {7, 0, 0, 0, 1})));
    assertTrue(e.getMessage().contains("presence byte"), e.getMessage());
  }

  @Test
  void anOrdinalOutOfRangeIsReported() {
    WireOutput out = new WireOutput();
    out.writeByte(1);
    out.writeSize(9);
    CorruptDataException e =
        assertThrows(
            CorruptDataException.class,
            () -> Codecs.enumOf(DayOfWeek.values()).decode(new WireInput(out.toByteArray())));
    assertTrue(e.getMessage().contains("java.time.DayOfWeek"), e.getMessage());
  }

  @Test
  void invalidFieldsAreCorruptDataNotDateTimeErrors() {
    WireOutput out = new WireOutput();
    out.writeByte(1);
    out.writeInt(2026);
    out.writeByte(13); // no thirteenth month
    out.writeByte(1);
    assertThrows(
        CorruptDataException.class,
        () -> Codecs.LOCAL_DATE.decode(new WireInput(out.toByteArray())));
  }

  @Test
  void trailingBytesAreDetected() {
    WireInput in = new WireInput(new byte[] {1, 0, 0, 0, 5, 99});
    assertEquals(5, Codecs.INTEGER.decode(in));
    assertThrows(CorruptDataException.class, in::requireFullyRead);
  }

  @Test
  void sizesUseOneByteBelow128AndRejectOverlongEncodings() {
    WireOutput out = new WireOutput();
    out.writeSize(127);
    assertEquals(1, out.size());
    out.writeSize(128);
    assertEquals(3, out.size());
    WireInput in = new WireInput(out.toByteArray());
    assertEquals(127, in.readSize());
    assertEquals(128, in.readSize());
    byte[] overlong = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 1};
    assertThrows(CorruptDataException.class, () -> new WireInput(overlong).readSize());
  }

  private static Map<String, List<Long>> mapOf(String k1, List<Long> v1, String k2, List<Long> v2) {
    Map<String, List<Long>> map = new LinkedHashMap<>();
    map.put(k1, v1);
    map.put(k2, v2);
    return map;
  }

  private static <T> byte[] encode(Codec<T> codec, T value) {
    WireOutput out = new WireOutput(1);
    codec.encode(out, value);
    return out.toByteArray();
  }

  /** Encodes {@code value} and decodes it, requiring every byte read (ContainersTest uses it). */
  static <T> T roundTrip(Codec<T> codec, T value) {
    WireInput in = new WireInput(encode(codec, value));
    T decoded = codec.decode(in);
    in.requireFullyRead();
    return decoded;
  }
}
