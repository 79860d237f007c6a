package io.github.multiproc.wire;

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
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;

/**
 * The built-in codecs: the JDK value types that may cross a process boundary without a generated
 * codec, as Python pickles its built-in types. Generated codecs for records, enums and sealed
 * interfaces are built from these.
 *
 * <p>Every codec here accepts {@code null} (one presence byte) except {@link #VOID}, which writes
 * nothing. Collections decode into mutable JDK collections: {@link ArrayList},
 * {@link LinkedHashSet} and {@link LinkedHashMap}, so iteration order survives the trip.
 *
 * <p>Every child JVM initialises this class at start, so it is kept cheap: the value codecs are
 * lambda-free package-private classes (see {@code BuiltinCodec}), and no JDK value type
 * such as {@code ZonedDateTime} is loaded before a value of it crosses.
 */
public final class Codecs {
  private Codecs() {}

  /** The result of a {@code void} worker: no bytes, decoded as {@code null}. */
  public static final Codec<Void> VOID =
      new Codec<>() {
        @Override
        public void encode(WireOutput out, Void value) {}

        @Override
        public Void decode(WireInput in) {
          return null;
        }
      };

  public static final Codec<Boolean> BOOLEAN = ScalarCodec.BOOLEAN;
  public static final Codec<Byte> BYTE = ScalarCodec.BYTE;
  public static final Codec<Short> SHORT = ScalarCodec.SHORT;
  public static final Codec<Character> CHARACTER = ScalarCodec.CHARACTER;
  public static final Codec<Integer> INTEGER = ScalarCodec.INTEGER;
  public static final Codec<Long> LONG = ScalarCodec.LONG;
  public static final Codec<Float> FLOAT = ScalarCodec.FLOAT;
  public static final Codec<Double> DOUBLE = ScalarCodec.DOUBLE;
  public static final Codec<String> STRING = ScalarCodec.STRING;

  public static final Codec<boolean[]> BOOLEAN_ARRAY = PrimitiveArrayCodec.BOOLEAN_ARRAY;
  public static final Codec<byte[]> BYTE_ARRAY = PrimitiveArrayCodec.BYTE_ARRAY;
  public static final Codec<short[]> SHORT_ARRAY = PrimitiveArrayCodec.SHORT_ARRAY;
  public static final Codec<char[]> CHAR_ARRAY = PrimitiveArrayCodec.CHAR_ARRAY;
  public static final Codec<int[]> INT_ARRAY = PrimitiveArrayCodec.INT_ARRAY;
  public static final Codec<long[]> LONG_ARRAY = PrimitiveArrayCodec.LONG_ARRAY;
  public static final Codec<float[]> FLOAT_ARRAY = PrimitiveArrayCodec.FLOAT_ARRAY;
  public static final Codec<double[]> DOUBLE_ARRAY = PrimitiveArrayCodec.DOUBLE_ARRAY;

  /** Two's-complement bytes, as {@link BigInteger#toByteArray()}. */
  public static final Codec<BigInteger> BIG_INTEGER = ScalarCodec.BIG_INTEGER;

  /** The unscaled value and the scale, so {@code 1.0} and {@code 1.00} stay apart. */
  public static final Codec<BigDecimal> BIG_DECIMAL = ScalarCodec.BIG_DECIMAL;

  public static final Codec<UUID> UUID = ScalarCodec.UUID_CODEC;

  public static final Codec<Instant> INSTANT = TimeCodec.INSTANT;
  public static final Codec<Duration> DURATION = TimeCodec.DURATION;
  public static final Codec<LocalDate> LOCAL_DATE = TimeCodec.LOCAL_DATE;
  public static final Codec<LocalTime> LOCAL_TIME = TimeCodec.LOCAL_TIME;
  public static final Codec<LocalDateTime> LOCAL_DATE_TIME = TimeCodec.LOCAL_DATE_TIME;
  public static final Codec<ZoneOffset> ZONE_OFFSET = TimeCodec.ZONE_OFFSET;

  /** A region or offset id such as {@code Europe/Paris} or {@code +02:00}. */
  public static final Codec<ZoneId> ZONE_ID = TimeCodec.ZONE_ID;

  public static final Codec<OffsetDateTime> OFFSET_DATE_TIME = TimeCodec.OFFSET_DATE_TIME;
  public static final Codec<OffsetTime> OFFSET_TIME = TimeCodec.OFFSET_TIME;

  /** Local date-time, offset and zone, so a time in a DST overlap keeps its offset. */
  public static final Codec<ZonedDateTime> ZONED_DATE_TIME = TimeCodec.ZONED_DATE_TIME;

  public static final Codec<Period> PERIOD = TimeCodec.PERIOD;
  public static final Codec<Year> YEAR = TimeCodec.YEAR;
  public static final Codec<YearMonth> YEAR_MONTH = TimeCodec.YEAR_MONTH;
  public static final Codec<MonthDay> MONTH_DAY = TimeCodec.MONTH_DAY;

  public static final Codec<OptionalInt> OPTIONAL_INT = OptionalNumberCodec.OPTIONAL_INT;
  public static final Codec<OptionalLong> OPTIONAL_LONG = OptionalNumberCodec.OPTIONAL_LONG;
  public static final Codec<OptionalDouble> OPTIONAL_DOUBLE = OptionalNumberCodec.OPTIONAL_DOUBLE;

  /**
   * Any value whose type is known only at run time, tagged with its type: the JDK value types
   * above, {@code List}/{@code Set}/{@code Map}/{@code Optional} of such values, and records, enums
   * and sealed types registered with {@link #register}. What channels carry, and the codec of
   * {@code Object} parameters. Encoding an unregistered type fails with an
   * {@link IllegalArgumentException} that says how to fix it.
   */
  public static final Codec<Object> OBJECT = AnyCodec.INSTANCE;

  /**
   * Makes {@code type} sendable as an {@code Object}: generated codec holders call this for each
   * record, enum and sealed type they define. The first registration of a class name wins.
   */
  public static <T> void register(Class<T> type, Codec<T> codec) {
    TypeRegistry.register(type, codec);
  }

  /**
   * An array of references whose components are of class {@code componentType}, e.g.
   * {@code String.class} for a {@code String[]}. A class rather than {@code String[]::new}: see
   * {@link Containers} for what a child's first lambda costs.
   */
  public static <E> Codec<E[]> array(Codec<E> element, Class<E> componentType) {
    return new ArrayCodec<>(element, componentType);
  }

  /** A {@link List}, decoded as an {@link ArrayList}. */
  public static <E> Codec<List<E>> list(Codec<E> element) {
    return new CollectionCodec<>(element, Containers.arrayList());
  }

  /** A {@link Set}, decoded as a {@link LinkedHashSet} in the sender's iteration order. */
  public static <E> Codec<Set<E>> set(Codec<E> element) {
    return new CollectionCodec<>(element, Containers.linkedHashSet());
  }

  /** A {@link Map}, decoded as a {@link LinkedHashMap} in the sender's iteration order. */
  public static <K, V> Codec<Map<K, V>> map(Codec<K> key, Codec<V> value) {
    return new MapCodec<>(key, value, Containers.linkedHashMap());
  }

  /**
   * Any collection type, decoded into what {@code newCollection} makes from the element count,
   * e.g. {@link Containers#treeSet()}.
   */
  public static <E, C extends Collection<E>> Codec<C> collection(
      Codec<E> element, IntFunction<? extends C> newCollection) {
    return new CollectionCodec<>(element, newCollection);
  }

  /**
   * Any map type, decoded into what {@code newMap} makes from the entry count, e.g.
   * {@link Containers#treeMap()}.
   */
  public static <K, V, M extends Map<K, V>> Codec<M> map(
      Codec<K> key, Codec<V> value, IntFunction<? extends M> newMap) {
    return new MapCodec<>(key, value, newMap);
  }

  /** An {@link Optional}; a {@code null} reference and {@code Optional.empty()} stay apart. */
  public static <E> Codec<Optional<E>> optional(Codec<E> value) {
    return new OptionalCodec<>(value);
  }

  /** An enum constant by ordinal; pass {@code X.values()}. */
  public static <E extends Enum<E>> Codec<E> enumOf(E[] values) {
    return new EnumCodec<>(values);
  }
}
