package io.github.multiproc.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.multiproc.testing.Decoding;
import io.github.multiproc.testing.Property;
import io.github.multiproc.testing.RandomValues;
import java.lang.reflect.Array;
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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Issue 23, "bad input, continuously": every codec a peer's bytes reach, built-in or generated,
 * round-trips arbitrary values (strings with lone surrogates included), and turns arbitrary,
 * mutated or truncated bytes into a value or a {@link CorruptDataException}, never another
 * exception, a hang or an allocation the bytes do not justify. {@code mvn -Pfuzz} runs many more
 * tries.
 */
public class CodecPropertiesTest {
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

  enum Level {
    LOW,
    MIDDLE,
    HIGH
  }

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
  record Case<T>(String name, Codec<T> codec, Function<RandomValues, T> values) {
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

  @Test
  void everyCodecRoundTripsItsValues() {
    Property.forAll(
        random -> {
          Sent sent = sent(random);
          @SuppressWarnings("unchecked")
          Codec<Object> codec = (Codec<Object>) sent.kind().codec();
          Object decoded = decodeWhole(codec, sent.bytes());
          assertTrue(
              Objects.deepEquals(sent.value(), decoded) || hasArray(sent.value()),
              () -> sent + " came back as " + decoded);
          if (hasArray(sent.value())) {
            // Equal bytes again prove a deep round trip where equals() is identity (arrays); not
            // for
            // all values: a ConcurrentHashMap's order depends on its capacity.
            assertArrayEquals(sent.bytes(), encode(codec, decoded), sent::toString);
          }
        });
  }

  @Test
  void stringsRoundTripLoneSurrogatesIncluded() {
    Property.forAll(
        random -> {
          String text = random.text(24);
          assertEquals(text, decodeWhole(Codecs.STRING, encode(Codecs.STRING, text)));
          assertEquals(text, decodeWhole(Codecs.OBJECT, encode(Codecs.OBJECT, text)));
        });
  }

  @Test
  void anyValueRoundTripsAsObject() {
    Property.forAll(
        random -> {
          Object value = object(random, 4);
          byte[] bytes = encode(Codecs.OBJECT, value);
          Object decoded = decodeWhole(Codecs.OBJECT, bytes);
          assertArrayEquals(bytes, encode(Codecs.OBJECT, decoded), () -> String.valueOf(value));
          if (!hasArray(value)) {
            assertEquals(value, decoded);
          }
        });
  }

  // ---- bad input ----

  @Test
  void arbitraryBytesGiveAValueOrCorruptData() {
    Property.forAll(
        random -> {
          Case<?> kind = random.oneOf(CASES);
          byte[] bytes = random.bytes(96);
          Decoding.valueOrCorrupt(bytes, () -> decodeWhole(kind.codec(), bytes));
        });
  }

  /** Mostly bytes that start with a valid tag, so decoding gets past the first byte. */
  @Test
  void arbitraryBytesAsObjectGiveAValueOrCorruptData() {
    Property.forAll(
        random -> {
          byte[] tail = random.bytes(64);
          byte[] bytes = new byte[tail.length + 1];
          bytes[0] = (byte) random.between(0, 30);
          System.arraycopy(tail, 0, bytes, 1, tail.length);
          Decoding.valueOrCorrupt(bytes, () -> decodeWhole(Codecs.OBJECT, bytes));
        });
  }

  @Test
  void mutatedMessagesGiveAValueOrCorruptData() {
    Property.forAll(
        random -> {
          Sent sent = sent(random);
          byte[] bytes = random.mutated(sent.bytes());
          Decoding.valueOrCorrupt(bytes, () -> decodeWhole(sent.kind().codec(), bytes));
        });
  }

  @Test
  void mutatedObjectsGiveAValueOrCorruptData() {
    Property.forAll(
        random -> {
          byte[] bytes = random.mutated(encode(Codecs.OBJECT, object(random, 4)));
          Decoding.valueOrCorrupt(bytes, () -> decodeWhole(Codecs.OBJECT, bytes));
        });
  }

  @Test
  void truncatedMessagesAreRefused() {
    Property.forAll(
        random -> {
          Sent sent = sent(random);
          byte[] bytes = random.truncated(sent.bytes());
          Decoding.refused(
              CorruptDataException.class, bytes, () -> decodeWhole(sent.kind().codec(), bytes));
        });
  }

  @Test
  void truncatedObjectsAreRefused() {
    Property.forAll(
        random -> {
          byte[] bytes = random.truncated(encode(Codecs.OBJECT, object(random, 4)));
          Decoding.refused(
              CorruptDataException.class, bytes, () -> decodeWhole(Codecs.OBJECT, bytes));
        });
  }

  /** What a sender's list holds, a TreeSet or a ConcurrentHashMap cannot: a null. */
  @Test
  void aNullWhereTheContainerRefusesOneIsCorruptData() {
    Property.forAll(
        random -> {
          // Distinct words, none empty: the empty word is the null's key in the map below.
          List<String> withNull =
              new ArrayList<>(
                  new LinkedHashSet<>(random.list(6, () -> "w" + random.textOf(ALPHA, 4))));
          withNull.add(random.between(0, withNull.size()), null);
          byte[] set = encode(Codecs.list(Codecs.STRING), withNull);
          Decoding.refused(
              CorruptDataException.class,
              set,
              () ->
                  decodeWhole(
                      Codecs.<String, SortedSet<String>>collection(
                          Codecs.STRING, Containers.treeSet()),
                      set));
          Map<String, String> map = new LinkedHashMap<>();
          withNull.forEach(word -> map.put(word == null ? "" : word, word));
          byte[] entries = encode(Codecs.map(Codecs.STRING, Codecs.STRING), map);
          Decoding.refused(
              CorruptDataException.class,
              entries,
              () ->
                  decodeWhole(
                      Codecs.<String, String, ConcurrentHashMap<String, String>>map(
                          Codecs.STRING, Codecs.STRING, Containers.concurrentHashMap()),
                      entries));
        });
  }

  /** A generated codec calls the record's constructor, which may refuse what the bytes say. */
  @Test
  void aRecordRefusingDecodedFieldsIsCorruptData() {
    Property.forAll(
        random -> {
          boolean noUnit = random.bool();
          WireOutput out = new WireOutput(16);
          out.writeByte(1); // present
          out.writeInt(noUnit ? 0 : random.between(Integer.MIN_VALUE, -1)); // a negative sensor
          Codecs.STRING.encode(out, noUnit ? null : "K");
          Codecs.list(Codecs.DOUBLE).encode(out, List.of());
          byte[] bytes = out.toByteArray();
          Decoding.refused(CorruptDataException.class, bytes, () -> decodeWhole(READING, bytes));
        });
  }

  // ---- what the properties draw from ----

  private static final String ALPHA = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

  /** The longest primitive array a case draws. */
  private static final int ARRAY_MAX = 40;

  private static final List<Case<?>> CASES = allCases();

  /** A codec, and the bytes of one of its values (now and then null). */
  @SuppressWarnings("unchecked")
  private static Sent sent(RandomValues random) {
    Case<Object> kind = (Case<Object>) random.oneOf(CASES);
    Object value = random.nullOr(0.05, () -> kind.values().apply(random));
    return new Sent(kind, value, encode(kind.codec(), value));
  }

  private static List<Case<?>> allCases() {
    return List.of(
        new Case<>("BOOLEAN", Codecs.BOOLEAN, RandomValues::bool),
        new Case<>("BYTE", Codecs.BYTE, RandomValues::anyByte),
        new Case<>("SHORT", Codecs.SHORT, RandomValues::anyShort),
        new Case<>("CHARACTER", Codecs.CHARACTER, RandomValues::anyChar),
        new Case<>("INTEGER", Codecs.INTEGER, RandomValues::anyInt),
        new Case<>("LONG", Codecs.LONG, RandomValues::anyLong),
        new Case<>("FLOAT", Codecs.FLOAT, RandomValues::anyFloat),
        new Case<>("DOUBLE", Codecs.DOUBLE, RandomValues::anyDouble),
        new Case<>("STRING", Codecs.STRING, r -> r.text(24)),
        new Case<>(
            "BOOLEAN_ARRAY",
            Codecs.BOOLEAN_ARRAY,
            r -> array(boolean[].class, r.list(20, r::bool))),
        new Case<>("BYTE_ARRAY", Codecs.BYTE_ARRAY, r -> r.bytes(ARRAY_MAX)),
        new Case<>(
            "SHORT_ARRAY",
            Codecs.SHORT_ARRAY,
            r -> array(short[].class, r.list(ARRAY_MAX, r::anyShort))),
        new Case<>("CHAR_ARRAY", Codecs.CHAR_ARRAY, r -> r.text(ARRAY_MAX).toCharArray()),
        new Case<>(
            "INT_ARRAY", Codecs.INT_ARRAY, r -> array(int[].class, r.list(ARRAY_MAX, r::anyInt))),
        new Case<>(
            "LONG_ARRAY",
            Codecs.LONG_ARRAY,
            r -> array(long[].class, r.list(ARRAY_MAX, r::anyLong))),
        new Case<>(
            "FLOAT_ARRAY",
            Codecs.FLOAT_ARRAY,
            r -> array(float[].class, r.list(ARRAY_MAX, r::anyFloat))),
        new Case<>(
            "DOUBLE_ARRAY",
            Codecs.DOUBLE_ARRAY,
            r -> array(double[].class, r.list(ARRAY_MAX, r::anyDouble))),
        new Case<>("BIG_INTEGER", Codecs.BIG_INTEGER, CodecPropertiesTest::bigInteger),
        new Case<>("BIG_DECIMAL", Codecs.BIG_DECIMAL, CodecPropertiesTest::bigDecimal),
        new Case<>("UUID", Codecs.UUID, CodecPropertiesTest::uuid),
        new Case<>("INSTANT", Codecs.INSTANT, CodecPropertiesTest::instant),
        new Case<>(
            "DURATION",
            Codecs.DURATION,
            r -> Duration.ofSeconds(r.anyLong(), r.between(0, 999_999_999))),
        new Case<>("LOCAL_DATE", Codecs.LOCAL_DATE, CodecPropertiesTest::date),
        new Case<>("LOCAL_TIME", Codecs.LOCAL_TIME, CodecPropertiesTest::time),
        new Case<>("LOCAL_DATE_TIME", Codecs.LOCAL_DATE_TIME, CodecPropertiesTest::dateTime),
        new Case<>("ZONE_OFFSET", Codecs.ZONE_OFFSET, CodecPropertiesTest::offset),
        new Case<>("ZONE_ID", Codecs.ZONE_ID, CodecPropertiesTest::zone),
        new Case<>(
            "OFFSET_DATE_TIME",
            Codecs.OFFSET_DATE_TIME,
            r -> OffsetDateTime.of(dateTime(r), offset(r))),
        new Case<>("OFFSET_TIME", Codecs.OFFSET_TIME, r -> OffsetTime.of(time(r), offset(r))),
        new Case<>("ZONED_DATE_TIME", Codecs.ZONED_DATE_TIME, CodecPropertiesTest::zonedDateTime),
        new Case<>("PERIOD", Codecs.PERIOD, r -> Period.of(r.anyInt(), r.anyInt(), r.anyInt())),
        new Case<>("YEAR", Codecs.YEAR, r -> Year.of(r.between(Year.MIN_VALUE, Year.MAX_VALUE))),
        new Case<>("YEAR_MONTH", Codecs.YEAR_MONTH, r -> YearMonth.from(date(r))),
        new Case<>("MONTH_DAY", Codecs.MONTH_DAY, r -> MonthDay.from(date(r))),
        new Case<>(
            "OPTIONAL_INT",
            Codecs.OPTIONAL_INT,
            r -> r.chance(0.3) ? OptionalInt.empty() : OptionalInt.of(r.anyInt())),
        new Case<>(
            "OPTIONAL_LONG",
            Codecs.OPTIONAL_LONG,
            r -> r.chance(0.3) ? OptionalLong.empty() : OptionalLong.of(r.anyLong())),
        new Case<>(
            "OPTIONAL_DOUBLE",
            Codecs.OPTIONAL_DOUBLE,
            r -> r.chance(0.3) ? OptionalDouble.empty() : OptionalDouble.of(r.anyDouble())),
        new Case<>(
            "String[]",
            Codecs.array(Codecs.STRING, String.class),
            r -> r.list(5, () -> r.nullOr(0.1, () -> r.text(24))).toArray(String[]::new)),
        new Case<>(
            "List<Integer>",
            Codecs.list(Codecs.INTEGER),
            r -> r.list(8, () -> r.nullOr(0.1, r::anyInt))),
        new Case<>(
            "Set<String>",
            Codecs.set(Codecs.STRING),
            r -> new LinkedHashSet<>(r.list(5, () -> r.text(24)))),
        new Case<>(
            "Map<String, Long>",
            Codecs.map(Codecs.STRING, Codecs.LONG),
            r -> map(r, 5, () -> r.text(24), () -> r.nullOr(0.1, r::anyLong))),
        new Case<>(
            "SortedSet<String>",
            Codecs.<String, SortedSet<String>>collection(Codecs.STRING, Containers.treeSet()),
            r -> new TreeSet<>(r.list(5, () -> r.text(24)))),
        new Case<>(
            "TreeMap<Integer, String>",
            Codecs.<Integer, String, TreeMap<Integer, String>>map(
                Codecs.INTEGER, Codecs.STRING, Containers.treeMap()),
            r -> new TreeMap<>(map(r, 5, r::anyInt, () -> r.text(24)))),
        new Case<>(
            "ConcurrentHashMap<Integer, Integer>",
            Codecs.<Integer, Integer, ConcurrentHashMap<Integer, Integer>>map(
                Codecs.INTEGER, Codecs.INTEGER, Containers.concurrentHashMap()),
            r -> new ConcurrentHashMap<>(map(r, 5, r::anyInt, r::anyInt))),
        new Case<>(
            "Optional<String>",
            Codecs.optional(Codecs.STRING),
            r -> Optional.ofNullable(r.nullOr(0.3, () -> r.text(24)))),
        new Case<>("Level", LEVEL, r -> r.oneOf(Level.values())),
        new Case<>("Reading", READING, CodecPropertiesTest::reading),
        new Case<>("Shape", SHAPE, CodecPropertiesTest::shape),
        new Case<>(
            "List<Shape>", Codecs.list(SHAPE), r -> r.list(4, () -> r.nullOr(0.1, () -> shape(r)))),
        new Case<>("Object", Codecs.OBJECT, r -> object(r, 3)));
  }

  /** A primitive array of type {@code type} that holds {@code items}, unboxed. */
  private static <A> A array(Class<A> type, List<?> items) {
    Object array = Array.newInstance(type.getComponentType(), items.size());
    for (int i = 0; i < items.size(); i++) {
      Array.set(array, i, items.get(i));
    }
    return type.cast(array);
  }

  /** A map of up to {@code maxSize} entries, in the order drawn. */
  private static <K, V> Map<K, V> map(
      RandomValues random, int maxSize, Supplier<K> keys, Supplier<V> values) {
    Map<K, V> map = new LinkedHashMap<>();
    for (int i = random.between(0, maxSize); i > 0; i--) {
      map.put(keys.get(), values.get());
    }
    return map;
  }

  private static BigInteger bigInteger(RandomValues random) {
    return random.bigInteger(130);
  }

  private static BigDecimal bigDecimal(RandomValues random) {
    return new BigDecimal(bigInteger(random), random.anyInt());
  }

  private static UUID uuid(RandomValues random) {
    return new UUID(random.anyLong(), random.anyLong());
  }

  private static Instant instant(RandomValues random) {
    return Instant.ofEpochSecond(
        random.between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond()),
        random.between(0, 999_999_999));
  }

  private static LocalDate date(RandomValues random) {
    return LocalDate.ofEpochDay(
        random.between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay()));
  }

  private static LocalTime time(RandomValues random) {
    return LocalTime.ofNanoOfDay(random.between(0, LocalTime.MAX.toNanoOfDay()));
  }

  private static LocalDateTime dateTime(RandomValues random) {
    return LocalDateTime.of(date(random), time(random));
  }

  private static ZoneOffset offset(RandomValues random) {
    return ZoneOffset.ofTotalSeconds(random.between(-18 * 3600, 18 * 3600));
  }

  private static ZoneId zone(RandomValues random) {
    return random.bool()
        ? ZoneId.of(
            random.oneOf(
                "UTC", "Europe/Paris", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe"))
        : offset(random);
  }

  private static ZonedDateTime zonedDateTime(RandomValues random) {
    // Years a zone's rules can place without overflowing the offset arithmetic.
    LocalDate day = LocalDate.ofYearDay(random.between(-100_000, 100_000), random.between(1, 365));
    return ZonedDateTime.of(LocalDateTime.of(day, time(random)), zone(random));
  }

  private static Reading reading(RandomValues random) {
    return new Reading(
        random.between(0, Integer.MAX_VALUE), random.text(24), random.list(4, random::anyDouble));
  }

  private static Shape shape(RandomValues random) {
    return random.bool()
        ? new Circle(random.anyDouble())
        : new Square(random.anyLong(), random.nullOr(0.2, () -> random.oneOf(Level.values())));
  }

  /**
   * A value {@link Codecs#OBJECT} carries: a scalar, or (while {@code depth} allows) a list, set,
   * map, optional or object array of such values.
   */
  private static Object object(RandomValues random, int depth) {
    if (depth == 0 || random.bool()) {
      return scalarObject(random);
    }
    Supplier<Object> items = () -> object(random, depth - 1);
    // Sets and map keys hold no arrays: an array's equals() is its identity.
    Supplier<Object> keys =
        () -> {
          Object key = items.get();
          return hasArray(key) ? random.text(6) : key;
        };
    return random.<Object>either(
        () -> random.list(4, items),
        () -> new LinkedHashSet<>(random.list(4, keys)),
        () -> new LinkedHashMap<>(map(random, 3, keys, items)),
        () -> Optional.ofNullable(random.nullOr(0.2, items)),
        () -> random.list(3, items).toArray());
  }

  /** The values {@link Codecs#OBJECT} carries that hold no other value. */
  private static Object scalarObject(RandomValues random) {
    return random.<Object>either(
        () -> null,
        random::bool,
        random::anyByte,
        random::anyShort,
        random::anyChar,
        random::anyInt,
        random::anyLong,
        random::anyFloat,
        random::anyDouble,
        () -> random.text(24),
        () -> random.bytes(8),
        () -> array(int[].class, random.list(4, random::anyInt)),
        () -> array(long[].class, random.list(4, random::anyLong)),
        () -> array(double[].class, random.list(4, random::anyDouble)),
        () -> bigInteger(random),
        () -> bigDecimal(random),
        () -> uuid(random),
        () -> instant(random),
        () -> Duration.ofNanos(random.anyLong()),
        () -> date(random),
        () -> time(random),
        () -> dateTime(random),
        () -> zonedDateTime(random),
        () -> random.oneOf(Level.values()),
        () -> reading(random),
        () -> shape(random));
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

  static <T> byte[] encode(Codec<T> codec, T value) {
    WireOutput out = new WireOutput(16);
    codec.encode(out, value);
    return out.toByteArray();
  }

  /** Decodes one value that must fill {@code bytes}, as every receiver does. */
  public static <T> T decodeWhole(Codec<T> codec, byte[] bytes) {
    WireInput in = new WireInput(bytes);
    T value = codec.decode(in);
    in.requireFullyRead();
    return value;
  }
}
