package io.github.multiproc.spi;

import io.github.multiproc.internal.codec.AnyCodec;
import io.github.multiproc.internal.codec.ArrayCodec;
import io.github.multiproc.internal.codec.CollectionCodec;
import io.github.multiproc.internal.codec.EnumCodec;
import io.github.multiproc.internal.codec.MapCodec;
import io.github.multiproc.internal.codec.OptionalCodec;
import io.github.multiproc.internal.codec.PrimitiveArrays;
import io.github.multiproc.internal.codec.TypeRegistry;
import io.github.multiproc.internal.codec.ValueCodec;
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

  public static final Codec<Boolean> BOOLEAN =
      new ValueCodec<>(WireOutput::writeBoolean, WireInput::readBoolean);
  public static final Codec<Byte> BYTE =
      new ValueCodec<>((out, value) -> out.writeByte(value), WireInput::readByte);
  public static final Codec<Short> SHORT =
      new ValueCodec<>((out, value) -> out.writeShort(value), WireInput::readShort);
  public static final Codec<Character> CHARACTER =
      new ValueCodec<>(WireOutput::writeChar, WireInput::readChar);
  public static final Codec<Integer> INTEGER =
      new ValueCodec<>(WireOutput::writeInt, WireInput::readInt);
  public static final Codec<Long> LONG = new ValueCodec<>(WireOutput::writeLong, WireInput::readLong);
  public static final Codec<Float> FLOAT =
      new ValueCodec<>(WireOutput::writeFloat, WireInput::readFloat);
  public static final Codec<Double> DOUBLE =
      new ValueCodec<>(WireOutput::writeDouble, WireInput::readDouble);
  public static final Codec<String> STRING =
      new ValueCodec<>(WireOutput::writeString, WireInput::readString);

  public static final Codec<boolean[]> BOOLEAN_ARRAY =
      new ValueCodec<>(PrimitiveArrays::writeBooleans, PrimitiveArrays::readBooleans);
  public static final Codec<byte[]> BYTE_ARRAY =
      new ValueCodec<>(PrimitiveArrays::writeBytes, PrimitiveArrays::readBytes);
  public static final Codec<short[]> SHORT_ARRAY =
      new ValueCodec<>(PrimitiveArrays::writeShorts, PrimitiveArrays::readShorts);
  public static final Codec<char[]> CHAR_ARRAY =
      new ValueCodec<>(PrimitiveArrays::writeChars, PrimitiveArrays::readChars);
  public static final Codec<int[]> INT_ARRAY =
      new ValueCodec<>(PrimitiveArrays::writeInts, PrimitiveArrays::readInts);
  public static final Codec<long[]> LONG_ARRAY =
      new ValueCodec<>(PrimitiveArrays::writeLongs, PrimitiveArrays::readLongs);
  public static final Codec<float[]> FLOAT_ARRAY =
      new ValueCodec<>(PrimitiveArrays::writeFloats, PrimitiveArrays::readFloats);
  public static final Codec<double[]> DOUBLE_ARRAY =
      new ValueCodec<>(PrimitiveArrays::writeDoubles, PrimitiveArrays::readDoubles);

  /** Two's-complement bytes, as {@link BigInteger#toByteArray()}. */
  public static final Codec<BigInteger> BIG_INTEGER =
      new ValueCodec<>(
          (out, value) -> BYTE_ARRAY.encode(out, value.toByteArray()),
          in -> new BigInteger(requireNonEmpty(BYTE_ARRAY.decode(in))));
  /** The unscaled value and the scale, so {@code 1.0} and {@code 1.00} stay apart. */
  public static final Codec<BigDecimal> BIG_DECIMAL =
      new ValueCodec<>(
          (out, value) -> {
            BIG_INTEGER.encode(out, value.unscaledValue());
            out.writeInt(value.scale());
          },
          in -> new BigDecimal(requirePresent(BIG_INTEGER.decode(in)), in.readInt()));
  public static final Codec<UUID> UUID =
      new ValueCodec<>(
          (out, value) -> {
            out.writeLong(value.getMostSignificantBits());
            out.writeLong(value.getLeastSignificantBits());
          },
          in -> new UUID(in.readLong(), in.readLong()));

  public static final Codec<Instant> INSTANT =
      new ValueCodec<>(
          (out, value) -> {
            out.writeLong(value.getEpochSecond());
            out.writeInt(value.getNano());
          },
          in -> Instant.ofEpochSecond(in.readLong(), in.readInt()));
  public static final Codec<Duration> DURATION =
      new ValueCodec<>(
          (out, value) -> {
            out.writeLong(value.getSeconds());
            out.writeInt(value.getNano());
          },
          in -> Duration.ofSeconds(in.readLong(), in.readInt()));
  public static final Codec<LocalDate> LOCAL_DATE =
      new ValueCodec<>(Codecs::writeDate, Codecs::readDate);
  public static final Codec<LocalTime> LOCAL_TIME =
      new ValueCodec<>(Codecs::writeTime, Codecs::readTime);
  public static final Codec<LocalDateTime> LOCAL_DATE_TIME =
      new ValueCodec<>(Codecs::writeDateTime, Codecs::readDateTime);
  public static final Codec<ZoneOffset> ZONE_OFFSET =
      new ValueCodec<>(Codecs::writeOffset, Codecs::readOffset);
  /** A region or offset id such as {@code Europe/Paris} or {@code +02:00}. */
  public static final Codec<ZoneId> ZONE_ID =
      new ValueCodec<>((out, value) -> out.writeString(value.getId()), in -> ZoneId.of(in.readString()));
  public static final Codec<OffsetDateTime> OFFSET_DATE_TIME =
      new ValueCodec<>(
          (out, value) -> {
            writeDateTime(out, value.toLocalDateTime());
            writeOffset(out, value.getOffset());
          },
          in -> OffsetDateTime.of(readDateTime(in), readOffset(in)));
  public static final Codec<OffsetTime> OFFSET_TIME =
      new ValueCodec<>(
          (out, value) -> {
            writeTime(out, value.toLocalTime());
            writeOffset(out, value.getOffset());
          },
          in -> OffsetTime.of(readTime(in), readOffset(in)));
  /** Local date-time, offset and zone, so a time in a DST overlap keeps its offset. */
  public static final Codec<ZonedDateTime> ZONED_DATE_TIME =
      new ValueCodec<>(
          (out, value) -> {
            writeDateTime(out, value.toLocalDateTime());
            writeOffset(out, value.getOffset());
            out.writeString(value.getZone().getId());
          },
          in -> {
            LocalDateTime local = readDateTime(in);
            ZoneOffset offset = readOffset(in);
            return ZonedDateTime.ofLocal(local, ZoneId.of(in.readString()), offset);
          });
  public static final Codec<Period> PERIOD =
      new ValueCodec<>(
          (out, value) -> {
            out.writeInt(value.getYears());
            out.writeInt(value.getMonths());
            out.writeInt(value.getDays());
          },
          in -> Period.of(in.readInt(), in.readInt(), in.readInt()));
  public static final Codec<Year> YEAR =
      new ValueCodec<>((out, value) -> out.writeInt(value.getValue()), in -> Year.of(in.readInt()));
  public static final Codec<YearMonth> YEAR_MONTH =
      new ValueCodec<>(
          (out, value) -> {
            out.writeInt(value.getYear());
            out.writeByte(value.getMonthValue());
          },
          in -> YearMonth.of(in.readInt(), in.readByte()));
  public static final Codec<MonthDay> MONTH_DAY =
      new ValueCodec<>(
          (out, value) -> {
            out.writeByte(value.getMonthValue());
            out.writeByte(value.getDayOfMonth());
          },
          in -> MonthDay.of(in.readByte(), in.readByte()));

  public static final Codec<OptionalInt> OPTIONAL_INT =
      new ValueCodec<>(
          (out, value) -> {
            out.writeBoolean(value.isPresent());
            if (value.isPresent()) {
              out.writeInt(value.getAsInt());
            }
          },
          in -> in.readBoolean() ? OptionalInt.of(in.readInt()) : OptionalInt.empty());
  public static final Codec<OptionalLong> OPTIONAL_LONG =
      new ValueCodec<>(
          (out, value) -> {
            out.writeBoolean(value.isPresent());
            if (value.isPresent()) {
              out.writeLong(value.getAsLong());
            }
          },
          in -> in.readBoolean() ? OptionalLong.of(in.readLong()) : OptionalLong.empty());
  public static final Codec<OptionalDouble> OPTIONAL_DOUBLE =
      new ValueCodec<>(
          (out, value) -> {
            out.writeBoolean(value.isPresent());
            if (value.isPresent()) {
              out.writeDouble(value.getAsDouble());
            }
          },
          in -> in.readBoolean() ? OptionalDouble.of(in.readDouble()) : OptionalDouble.empty());

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

  /** An array of references; {@code newArray} is the array constructor, e.g. {@code String[]::new}. */
  public static <E> Codec<E[]> array(Codec<E> element, IntFunction<E[]> newArray) {
    return new ArrayCodec<>(element, newArray);
  }

  /** A {@link List}, decoded as an {@link ArrayList}. */
  public static <E> Codec<List<E>> list(Codec<E> element) {
    return new CollectionCodec<>(element, ArrayList::new);
  }

  /** A {@link Set}, decoded as a {@link LinkedHashSet} in the sender's iteration order. */
  public static <E> Codec<Set<E>> set(Codec<E> element) {
    return new CollectionCodec<>(element, size -> new LinkedHashSet<>(capacityFor(size)));
  }

  /** A {@link Map}, decoded as a {@link LinkedHashMap} in the sender's iteration order. */
  public static <K, V> Codec<Map<K, V>> map(Codec<K> key, Codec<V> value) {
    return new MapCodec<>(key, value, size -> new LinkedHashMap<>(capacityFor(size)));
  }

  /**
   * Any collection type, decoded into what {@code newCollection} makes from the element count,
   * e.g. {@code ArrayList::new} or {@code n -> new TreeSet<>()}.
   */
  public static <E, C extends Collection<E>> Codec<C> collection(
      Codec<E> element, IntFunction<C> newCollection) {
    return new CollectionCodec<>(element, newCollection);
  }

  /** Any map type, decoded into what {@code newMap} makes from the entry count. */
  public static <K, V, M extends Map<K, V>> Codec<M> map(
      Codec<K> key, Codec<V> value, IntFunction<M> newMap) {
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

  private static int capacityFor(int size) {
    return (int) Math.min(1 << 30, size / 0.75 + 1);
  }

  private static byte[] requireNonEmpty(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      throw new CorruptDataException("a BigInteger needs at least one byte");
    }
    return bytes;
  }

  private static <T> T requirePresent(T value) {
    if (value == null) {
      throw new CorruptDataException("a BigDecimal's unscaled value is missing");
    }
    return value;
  }

  private static void writeDate(WireOutput out, LocalDate value) {
    out.writeInt(value.getYear());
    out.writeByte(value.getMonthValue());
    out.writeByte(value.getDayOfMonth());
  }

  private static LocalDate readDate(WireInput in) {
    return LocalDate.of(in.readInt(), in.readByte(), in.readByte());
  }

  private static void writeTime(WireOutput out, LocalTime value) {
    out.writeLong(value.toNanoOfDay());
  }

  private static LocalTime readTime(WireInput in) {
    return LocalTime.ofNanoOfDay(in.readLong());
  }

  private static void writeDateTime(WireOutput out, LocalDateTime value) {
    writeDate(out, value.toLocalDate());
    writeTime(out, value.toLocalTime());
  }

  private static LocalDateTime readDateTime(WireInput in) {
    return LocalDateTime.of(readDate(in), readTime(in));
  }

  private static void writeOffset(WireOutput out, ZoneOffset value) {
    out.writeInt(value.getTotalSeconds());
  }

  private static ZoneOffset readOffset(WireInput in) {
    return ZoneOffset.ofTotalSeconds(in.readInt());
  }
}
