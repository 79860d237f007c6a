package io.github.multiproc.spi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.multiproc.testing.Decoding;
import java.math.BigDecimal;
import java.math.BigInteger;
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
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Issue 23, "bad input, continuously": every codec a peer's bytes reach, built-in or generated,
 * round-trips arbitrary values (strings with lone surrogates included), and turns arbitrary,
 * mutated or truncated bytes into a value or a {@link CorruptDataException}, never another
 * exception, a hang or an allocation the bytes do not justify. {@code mvn -Pfuzz} runs many more
 * tries.
 */
class CodecPropertiesTest {
  // ---- imitations of what the processor generates (CodecsWriter) for user types ----

  /** A record whose canonical constructor validates, as users' records do. */
  record Reading(int sensor, String unit, List<Double> values) {
    Reading {
      if (sensor < 0) {
        throw new IllegalArgumentException("sensor must not be negative: " + sensor);
      }
      Objects.requireNonNull(unit, "unit");
    }
  }

  enum Level { LOW, MIDDLE, HIGH }

  sealed interface Shape permits Circle, Square {}

  record Circle(double radius) implements Shape {}

  record Square(long side, Level level) implements Shape {}

  static final Codec<Level> LEVEL = Codecs.enumOf(Level.values());

  static final Codec<Reading> READING =
      new NullSafeCodec<>() {
        private final Codec<List<Double>> values = Codecs.list(Codecs.DOUBLE);

        @Override
        protected void encodeValue(WireOutput out, Reading value) {
          out.writeInt(value.sensor());
          Codecs.STRING.encode(out, value.unit());
          values.encode(out, value.values());
        }

        @Override
        protected Reading decodeValue(WireInput in) {
          int sensor = in.readInt();
          String unit = Codecs.STRING.decode(in);
          List<Double> readings = values.decode(in);
          return new Reading(sensor, unit, readings);
        }
      };

  static final Codec<Circle> CIRCLE =
      new NullSafeCodec<>() {
        @Override
        protected void encodeValue(WireOutput out, Circle value) {
          out.writeDouble(value.radius());
        }

        @Override
        protected Circle decodeValue(WireInput in) {
          double radius = in.readDouble();
          return new Circle(radius);
        }
      };

  static final Codec<Square> SQUARE =
      new NullSafeCodec<>() {
        @Override
        protected void encodeValue(WireOutput out, Square value) {
          out.writeLong(value.side());
          LEVEL.encode(out, value.level());
        }

        @Override
        protected Square decodeValue(WireInput in) {
          long side = in.readLong();
          Level level = LEVEL.decode(in);
          return new Square(side, level);
        }
      };

  static final Codec<Shape> SHAPE =
      new NullSafeCodec<>() {
        @Override
        protected void encodeValue(WireOutput out, Shape value) {
          if (value instanceof Circle) {
            out.writeByte(0);
            CIRCLE.encode(out, (Circle) value);
          } else if (value instanceof Square) {
            out.writeByte(1);
            SQUARE.encode(out, (Square) value);
          } else {
            throw new IllegalArgumentException("not a permitted subtype of Shape: " + value);
          }
        }

        @Override
        protected Shape decodeValue(WireInput in) {
          byte tag = in.readByte();
          switch (tag) {
            case 0:
              return CIRCLE.decode(in);
            case 1:
              return SQUARE.decode(in);
            default:
              throw new CorruptDataException("unknown subtype tag of Shape: " + tag);
          }
        }
      };

  static {
    Codecs.register(Reading.class, READING);
    Codecs.register(Level.class, LEVEL);
    Codecs.register(Shape.class, SHAPE);
    Codecs.register(Circle.class, CIRCLE);
    Codecs.register(Square.class, SQUARE);
  }

  /** One codec with values of its type. */
  record Case<T>(String name, Codec<T> codec, Arbitrary<T> values) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** An encoding of one value of one case: what a well-behaved peer sends. */
  record Sent(Case<?> kind, Object value, byte[] bytes) {
    @Override
    public String toString() {
      return kind + " " + value;
    }
  }

  // ---- round trips ----

  @Property
  void everyCodecRoundTripsItsValues(@ForAll("sent") Sent sent) {
    @SuppressWarnings("unchecked")
    Codec<Object> codec = (Codec<Object>) sent.kind().codec();
    Object decoded = decodeWhole(codec, sent.bytes());
    assertTrue(Objects.deepEquals(sent.value(), decoded) || hasArray(sent.value()),
        () -> sent + " came back as " + decoded);
    if (hasArray(sent.value())) {
      // Equal bytes again prove a deep round trip where equals() is identity (arrays); not for
      // all values: a ConcurrentHashMap's order depends on its capacity.
      assertArrayEquals(sent.bytes(), encode(codec, decoded), sent::toString);
    }
  }

  @Property
  void stringsRoundTripLoneSurrogatesIncluded(@ForAll("anyText") String text) {
    assertEquals(text, decodeWhole(Codecs.STRING, encode(Codecs.STRING, text)));
    assertEquals(text, decodeWhole(Codecs.OBJECT, encode(Codecs.OBJECT, text)));
  }

  @Property
  void anyValueRoundTripsAsObject(@ForAll("objects") Object value) {
    byte[] bytes = encode(Codecs.OBJECT, value);
    Object decoded = decodeWhole(Codecs.OBJECT, bytes);
    assertArrayEquals(bytes, encode(Codecs.OBJECT, decoded), () -> String.valueOf(value));
    if (!hasArray(value)) {
      assertEquals(value, decoded);
    }
  }

  // ---- bad input ----

  @Property
  void arbitraryBytesGiveAValueOrCorruptData(
      @ForAll("cases") Case<?> kind, @ForAll @Size(max = 96) byte[] bytes) {
    Decoding.valueOrCorrupt(bytes, () -> decodeWhole(kind.codec(), bytes));
  }

  @Property
  void arbitraryBytesAsObjectGiveAValueOrCorruptData(@ForAll("objectBytes") byte[] bytes) {
    Decoding.valueOrCorrupt(bytes, () -> decodeWhole(Codecs.OBJECT, bytes));
  }

  @Property
  void mutatedMessagesGiveAValueOrCorruptData(
      @ForAll("sent") Sent sent, @ForAll("mutations") List<int[]> mutations) {
    byte[] bytes = mutate(sent.bytes(), mutations);
    Decoding.valueOrCorrupt(bytes, () -> decodeWhole(sent.kind().codec(), bytes));
  }

  @Property
  void mutatedObjectsGiveAValueOrCorruptData(
      @ForAll("objects") Object value, @ForAll("mutations") List<int[]> mutations) {
    byte[] bytes = mutate(encode(Codecs.OBJECT, value), mutations);
    Decoding.valueOrCorrupt(bytes, () -> decodeWhole(Codecs.OBJECT, bytes));
  }

  @Property
  void truncatedMessagesAreRefused(@ForAll("sent") Sent sent, @ForAll double cut) {
    byte[] bytes = Arrays.copyOf(sent.bytes(), (int) (Math.abs(cut) % 1 * sent.bytes().length));
    Decoding.refused(CorruptDataException.class, bytes, () -> decodeWhole(sent.kind().codec(), bytes));
  }

  @Property
  void truncatedObjectsAreRefused(@ForAll("objects") Object value, @ForAll double cut) {
    byte[] whole = encode(Codecs.OBJECT, value);
    byte[] bytes = Arrays.copyOf(whole, (int) (Math.abs(cut) % 1 * whole.length));
    Decoding.refused(CorruptDataException.class, bytes, () -> decodeWhole(Codecs.OBJECT, bytes));
  }

  /** What a sender's list holds, a TreeSet or a ConcurrentHashMap cannot: a null. */
  @Property
  void aNullWhereTheContainerRefusesOneIsCorruptData(
      @ForAll("words") List<String> words, @ForAll @IntRange(max = 8) int at) {
    List<String> withNull = new ArrayList<>(words);
    withNull.add(at % (words.size() + 1), null);
    byte[] set = encode(Codecs.list(Codecs.STRING), withNull);
    Decoding.refused(CorruptDataException.class, set, () -> decodeWhole(
        Codecs.<String, SortedSet<String>>collection(Codecs.STRING, Containers.treeSet()), set));
    Map<String, String> map = new LinkedHashMap<>();
    withNull.forEach(word -> map.put(word == null ? "" : word, word));
    byte[] entries = encode(Codecs.map(Codecs.STRING, Codecs.STRING), map);
    Decoding.refused(CorruptDataException.class, entries, () -> decodeWhole(
        Codecs.<String, String, ConcurrentHashMap<String, String>>map(
            Codecs.STRING, Codecs.STRING, Containers.concurrentHashMap()), entries));
  }

  /** A generated codec calls the record's constructor, which may refuse what the bytes say. */
  @Property
  void aRecordRefusingDecodedFieldsIsCorruptData(
      @ForAll @IntRange(min = Integer.MIN_VALUE, max = -1) int sensor, @ForAll boolean noUnit) {
    WireOutput out = new WireOutput(16);
    out.writeByte(1); // present
    out.writeInt(noUnit ? 0 : sensor);
    Codecs.STRING.encode(out, noUnit ? null : "K");
    Codecs.list(Codecs.DOUBLE).encode(out, List.of());
    byte[] bytes = out.toByteArray();
    Decoding.refused(CorruptDataException.class, bytes, () -> decodeWhole(READING, bytes));
  }

  // ---- what the properties draw from ----

  @Provide
  Arbitrary<List<String>> words() {
    return Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(5).list().uniqueElements()
        .ofMaxSize(6);
  }

  @Provide
  Arbitrary<Case<?>> cases() {
    return Arbitraries.of(allCases());
  }

  @Provide
  @SuppressWarnings("unchecked")
  Arbitrary<Sent> sent() {
    return cases().flatMap(kind -> ((Case<Object>) kind).values().injectNull(0.05)
        .map(value -> new Sent(kind, value, encode((Codec<Object>) kind.codec(), value))));
  }

  @Provide
  Arbitrary<String> anyText() {
    return text();
  }

  @Provide
  Arbitrary<Object> objects() {
    return Arbitraries.recursive(
        CodecPropertiesTest::scalarObjects, CodecPropertiesTest::containersOf, 0, 4);
  }

  /** Mostly bytes that start with a valid tag, so decoding gets past the first byte. */
  @Provide
  Arbitrary<byte[]> objectBytes() {
    Arbitrary<byte[]> tail = Arbitraries.bytes().array(byte[].class).ofMaxSize(64);
    return Combinators.combine(Arbitraries.integers().between(0, 30), tail)
        .as((tag, rest) -> {
          byte[] bytes = new byte[rest.length + 1];
          bytes[0] = (byte) (int) tag;
          System.arraycopy(rest, 0, bytes, 1, rest.length);
          return bytes;
        });
  }

  /** Each {@code [kind, position, byte]}: 0 overwrites, 1 inserts, 2 deletes. */
  @Provide
  Arbitrary<List<int[]>> mutations() {
    Arbitrary<int[]> one = Combinators.combine(
            Arbitraries.integers().between(0, 2),
            Arbitraries.integers().greaterOrEqual(0),
            Arbitraries.integers().between(0, 255).edgeCases(e -> e.includeOnly(0, 1, 127, 128, 255)))
        .as((kind, at, value) -> new int[] {kind, at, value});
    return one.list().ofMinSize(1).ofMaxSize(3);
  }

  private static List<Case<?>> allCases() {
    Arbitrary<String> text = text();
    Arbitrary<Double> doubles = Arbitraries.doubles().withSpecialValue(Double.NaN)
        .withSpecialValue(-0.0).withSpecialValue(Double.NEGATIVE_INFINITY);
    return List.of(
        new Case<>("BOOLEAN", Codecs.BOOLEAN, Arbitraries.of(true, false)),
        new Case<>("BYTE", Codecs.BYTE, Arbitraries.bytes()),
        new Case<>("SHORT", Codecs.SHORT, Arbitraries.shorts()),
        new Case<>("CHARACTER", Codecs.CHARACTER, Arbitraries.chars()),
        new Case<>("INTEGER", Codecs.INTEGER, Arbitraries.integers()),
        new Case<>("LONG", Codecs.LONG, Arbitraries.longs()),
        new Case<>("FLOAT", Codecs.FLOAT, Arbitraries.floats().withSpecialValue(Float.NaN)),
        new Case<>("DOUBLE", Codecs.DOUBLE, doubles),
        new Case<>("STRING", Codecs.STRING, text),
        new Case<>("BOOLEAN_ARRAY", Codecs.BOOLEAN_ARRAY,
            Arbitraries.of(true, false).array(boolean[].class).ofMaxSize(20)),
        new Case<>("BYTE_ARRAY", Codecs.BYTE_ARRAY, Arbitraries.bytes().array(byte[].class)),
        new Case<>("SHORT_ARRAY", Codecs.SHORT_ARRAY, Arbitraries.shorts().array(short[].class)),
        new Case<>("CHAR_ARRAY", Codecs.CHAR_ARRAY, Arbitraries.chars().array(char[].class)),
        new Case<>("INT_ARRAY", Codecs.INT_ARRAY, Arbitraries.integers().array(int[].class)),
        new Case<>("LONG_ARRAY", Codecs.LONG_ARRAY, Arbitraries.longs().array(long[].class)),
        new Case<>("FLOAT_ARRAY", Codecs.FLOAT_ARRAY, Arbitraries.floats().array(float[].class)),
        new Case<>("DOUBLE_ARRAY", Codecs.DOUBLE_ARRAY, doubles.array(double[].class)),
        new Case<>("BIG_INTEGER", Codecs.BIG_INTEGER, bigIntegers()),
        new Case<>("BIG_DECIMAL", Codecs.BIG_DECIMAL, Combinators.combine(bigIntegers(),
            Arbitraries.integers()).as(BigDecimal::new)),
        new Case<>("UUID", Codecs.UUID, Combinators.combine(Arbitraries.longs(), Arbitraries.longs())
            .as(UUID::new)),
        new Case<>("INSTANT", Codecs.INSTANT, instants()),
        new Case<>("DURATION", Codecs.DURATION, Combinators.combine(Arbitraries.longs(),
            Arbitraries.integers().between(0, 999_999_999)).as(Duration::ofSeconds)),
        new Case<>("LOCAL_DATE", Codecs.LOCAL_DATE, dates()),
        new Case<>("LOCAL_TIME", Codecs.LOCAL_TIME, times()),
        new Case<>("LOCAL_DATE_TIME", Codecs.LOCAL_DATE_TIME, dateTimes()),
        new Case<>("ZONE_OFFSET", Codecs.ZONE_OFFSET, offsets()),
        new Case<>("ZONE_ID", Codecs.ZONE_ID, zones()),
        new Case<>("OFFSET_DATE_TIME", Codecs.OFFSET_DATE_TIME,
            Combinators.combine(dateTimes(), offsets()).as(OffsetDateTime::of)),
        new Case<>("OFFSET_TIME", Codecs.OFFSET_TIME,
            Combinators.combine(times(), offsets()).as(OffsetTime::of)),
        new Case<>("ZONED_DATE_TIME", Codecs.ZONED_DATE_TIME, zonedDateTimes()),
        new Case<>("PERIOD", Codecs.PERIOD, Combinators.combine(Arbitraries.integers(),
            Arbitraries.integers(), Arbitraries.integers()).as(Period::of)),
        new Case<>("YEAR", Codecs.YEAR, years().map(Year::of)),
        new Case<>("YEAR_MONTH", Codecs.YEAR_MONTH, dates().map(YearMonth::from)),
        new Case<>("MONTH_DAY", Codecs.MONTH_DAY, dates().map(MonthDay::from)),
        new Case<>("OPTIONAL_INT", Codecs.OPTIONAL_INT, Arbitraries.integers()
            .map(OptionalInt::of).injectNull(0.3).map(o -> o == null ? OptionalInt.empty() : o)),
        new Case<>("OPTIONAL_LONG", Codecs.OPTIONAL_LONG, Arbitraries.longs()
            .map(OptionalLong::of).injectNull(0.3).map(o -> o == null ? OptionalLong.empty() : o)),
        new Case<>("OPTIONAL_DOUBLE", Codecs.OPTIONAL_DOUBLE, doubles
            .map(OptionalDouble::of).injectNull(0.3).map(o -> o == null ? OptionalDouble.empty() : o)),
        new Case<>("String[]", Codecs.array(Codecs.STRING, String.class),
            text.injectNull(0.1).array(String[].class).ofMaxSize(5)),
        new Case<>("List<Integer>", Codecs.list(Codecs.INTEGER),
            Arbitraries.integers().injectNull(0.1).list().ofMaxSize(8)),
        new Case<>("Set<String>", Codecs.set(Codecs.STRING), text.set().ofMaxSize(5)),
        new Case<>("Map<String, Long>", Codecs.map(Codecs.STRING, Codecs.LONG),
            Arbitraries.maps(text, Arbitraries.longs().injectNull(0.1)).ofMaxSize(5)
                .map(LinkedHashMap::new)),
        new Case<>("SortedSet<String>",
            Codecs.<String, SortedSet<String>>collection(Codecs.STRING, Containers.treeSet()),
            text.set().ofMaxSize(5).map(java.util.TreeSet::new)),
        new Case<>("TreeMap<Integer, String>",
            Codecs.<Integer, String, TreeMap<Integer, String>>map(
                Codecs.INTEGER, Codecs.STRING, Containers.treeMap()),
            Arbitraries.maps(Arbitraries.integers(), text).ofMaxSize(5).map(TreeMap::new)),
        new Case<>("ConcurrentHashMap<Integer, Integer>",
            Codecs.<Integer, Integer, ConcurrentHashMap<Integer, Integer>>map(
                Codecs.INTEGER, Codecs.INTEGER, Containers.concurrentHashMap()),
            Arbitraries.maps(Arbitraries.integers(), Arbitraries.integers()).ofMaxSize(5)
                .map(ConcurrentHashMap::new)),
        new Case<>("Optional<String>", Codecs.optional(Codecs.STRING),
            text.optional()),
        new Case<>("Level", LEVEL, Arbitraries.of(Level.class)),
        new Case<>("Reading", READING, readings()),
        new Case<>("Shape", SHAPE, shapes()),
        new Case<>("List<Shape>", Codecs.list(SHAPE), shapes().injectNull(0.1).list().ofMaxSize(4)),
        new Case<>("Object", Codecs.OBJECT, Arbitraries.recursive(
            CodecPropertiesTest::scalarObjects, CodecPropertiesTest::containersOf, 0, 3)));
  }

  /** Every char, surrogates alone and in pairs included, and the edge cases of UTF-8's lengths. */
  private static Arbitrary<String> text() {
    return Arbitraries.strings()
        .withCharRange('\u0000', '\uffff')
        .withCharRange('\ud800', '\udfff')
        .withChars('a', '\u007f', '\u0080', '\u07ff', '\u0800', '\ufffd', '\uffff')
        .ofMaxLength(24);
  }

  private static Arbitrary<BigInteger> bigIntegers() {
    return Arbitraries.bigIntegers()
        .between(BigInteger.TWO.pow(130).negate(), BigInteger.TWO.pow(130));
  }

  private static Arbitrary<Instant> instants() {
    return Combinators.combine(
            Arbitraries.longs().between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond()),
            Arbitraries.integers().between(0, 999_999_999))
        .as(Instant::ofEpochSecond);
  }

  private static Arbitrary<Integer> years() {
    return Arbitraries.integers().between(Year.MIN_VALUE, Year.MAX_VALUE);
  }

  private static Arbitrary<LocalDate> dates() {
    return Arbitraries.longs()
        .between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  private static Arbitrary<LocalTime> times() {
    return Arbitraries.longs().between(0, LocalTime.MAX.toNanoOfDay()).map(LocalTime::ofNanoOfDay);
  }

  private static Arbitrary<LocalDateTime> dateTimes() {
    return Combinators.combine(dates(), times()).as(LocalDateTime::of);
  }

  private static Arbitrary<ZoneOffset> offsets() {
    return Arbitraries.integers().between(-18 * 3600, 18 * 3600).map(ZoneOffset::ofTotalSeconds);
  }

  private static Arbitrary<ZoneId> zones() {
    return Arbitraries.oneOf(
        Arbitraries.of("UTC", "Europe/Paris", "America/New_York", "Asia/Kolkata",
            "Australia/Lord_Howe").map(ZoneId::of),
        offsets().map(ZoneId.class::cast));
  }

  private static Arbitrary<ZonedDateTime> zonedDateTimes() {
    // Years a zone's rules can place without overflowing the offset arithmetic.
    Arbitrary<LocalDateTime> local = Combinators.combine(
            Arbitraries.integers().between(-100_000, 100_000), Arbitraries.integers().between(1, 365),
            times())
        .as((year, day, time) -> LocalDateTime.of(LocalDate.ofYearDay(year, day), time));
    return Combinators.combine(local, zones()).as(ZonedDateTime::of);
  }

  private static Arbitrary<Reading> readings() {
    return Combinators.combine(Arbitraries.integers().greaterOrEqual(0), text(),
            Arbitraries.doubles().list().ofMaxSize(4))
        .as(Reading::new);
  }

  private static Arbitrary<Shape> shapes() {
    return Arbitraries.oneOf(
        Arbitraries.doubles().map(Circle::new),
        Combinators.combine(Arbitraries.longs(), Arbitraries.of(Level.class).injectNull(0.2))
            .as(Square::new));
  }

  /** The values {@link Codecs#OBJECT} carries that hold no other value. */
  private static Arbitrary<Object> scalarObjects() {
    return Arbitraries.oneOf(List.of(
        Arbitraries.just(null),
        Arbitraries.of(true, false),
        Arbitraries.bytes(), Arbitraries.shorts(), Arbitraries.chars(), Arbitraries.integers(),
        Arbitraries.longs(), Arbitraries.floats(), Arbitraries.doubles(),
        text(),
        Arbitraries.bytes().array(byte[].class).ofMaxSize(8),
        Arbitraries.integers().array(int[].class).ofMaxSize(4),
        Arbitraries.longs().array(long[].class).ofMaxSize(4),
        Arbitraries.doubles().array(double[].class).ofMaxSize(4),
        bigIntegers(),
        Combinators.combine(bigIntegers(), Arbitraries.integers()).as(BigDecimal::new),
        Combinators.combine(Arbitraries.longs(), Arbitraries.longs()).as(UUID::new),
        instants(),
        Arbitraries.longs().map(Duration::ofNanos),
        dates(), times(), dateTimes(), zonedDateTimes(),
        Arbitraries.of(Level.class), readings(), shapes()));
  }

  /** Lists, sets, maps, optionals and object arrays of {@code items}. */
  private static Arbitrary<Object> containersOf(Arbitrary<Object> items) {
    // Sets and map keys hold no arrays: an array's equals() is its identity.
    Arbitrary<Object> keys = items.filter(item -> !hasArray(item));
    return Arbitraries.oneOf(List.of(
        items.list().ofMaxSize(4).map(l -> new ArrayList<Object>(l)),
        keys.set().ofMaxSize(4).map(s -> new java.util.LinkedHashSet<Object>(s)),
        Arbitraries.maps(keys, items).ofMaxSize(3).map(m -> new LinkedHashMap<Object, Object>(m)),
        items.filter(Objects::nonNull).optional().map(o -> o),
        items.list().ofMaxSize(3).map(List::toArray)));
  }

  private static boolean hasArray(Object value) {
    if (value == null) {
      return false;
    }
    if (value.getClass().isArray()) {
      return true;
    }
    if (value instanceof Iterable<?> items) {
      for (Object item : items) {
        if (hasArray(item)) {
          return true;
        }
      }
    }
    if (value instanceof Map<?, ?> map) {
      return hasArray(map.keySet()) || hasArray(map.values());
    }
    return value instanceof Optional<?> o && o.isPresent() && hasArray(o.get());
  }

  private static byte[] mutate(byte[] bytes, List<int[]> mutations) {
    byte[] result = bytes;
    for (int[] mutation : mutations) {
      int kind = mutation[0];
      byte value = (byte) mutation[2];
      if (kind == 1) {
        int at = mutation[1] % (result.length + 1);
        byte[] longer = new byte[result.length + 1];
        System.arraycopy(result, 0, longer, 0, at);
        longer[at] = value;
        System.arraycopy(result, at, longer, at + 1, result.length - at);
        result = longer;
      } else if (result.length > 0) {
        int at = mutation[1] % result.length;
        if (kind == 0) {
          result = result.clone();
          result[at] = value;
        } else {
          byte[] shorter = new byte[result.length - 1];
          System.arraycopy(result, 0, shorter, 0, at);
          System.arraycopy(result, at + 1, shorter, at, shorter.length - at);
          result = shorter;
        }
      }
    }
    return result;
  }

  static <T> byte[] encode(Codec<T> codec, T value) {
    WireOutput out = new WireOutput(16);
    codec.encode(out, value);
    return out.toByteArray();
  }

  /** Decodes one value that must fill {@code bytes}, as every receiver does. */
  static <T> T decodeWhole(Codec<T> codec, byte[] bytes) {
    WireInput in = new WireInput(bytes);
    T value = codec.decode(in);
    in.requireFullyRead();
    return value;
  }
}
