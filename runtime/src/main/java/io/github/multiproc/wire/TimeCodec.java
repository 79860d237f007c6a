package io.github.multiproc.wire;

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

/**
 * The codecs of the {@code java.time} value types (Python's {@code datetime}). See
 * {@link BuiltinCodec} for why a kind switch: no {@code java.time} class is loaded before a value of
 * it is encoded or decoded.
 *
 * @param <T> the type encoded
 */
final class TimeCodec<T> extends BuiltinCodec<T> {
  private static final int INSTANT_KIND = 0;
  private static final int DURATION_KIND = 1;
  private static final int LOCAL_DATE_KIND = 2;
  private static final int LOCAL_TIME_KIND = 3;
  private static final int LOCAL_DATE_TIME_KIND = 4;
  private static final int ZONE_OFFSET_KIND = 5;
  private static final int ZONE_ID_KIND = 6;
  private static final int OFFSET_DATE_TIME_KIND = 7;
  private static final int OFFSET_TIME_KIND = 8;
  private static final int ZONED_DATE_TIME_KIND = 9;
  private static final int PERIOD_KIND = 10;
  private static final int YEAR_KIND = 11;
  private static final int YEAR_MONTH_KIND = 12;
  private static final int MONTH_DAY_KIND = 13;

  public static final Codec<Instant> INSTANT = new TimeCodec<>(INSTANT_KIND);
  public static final Codec<Duration> DURATION = new TimeCodec<>(DURATION_KIND);
  public static final Codec<LocalDate> LOCAL_DATE = new TimeCodec<>(LOCAL_DATE_KIND);
  public static final Codec<LocalTime> LOCAL_TIME = new TimeCodec<>(LOCAL_TIME_KIND);
  public static final Codec<LocalDateTime> LOCAL_DATE_TIME = new TimeCodec<>(LOCAL_DATE_TIME_KIND);
  public static final Codec<ZoneOffset> ZONE_OFFSET = new TimeCodec<>(ZONE_OFFSET_KIND);

  /** A region or offset id such as {@code Europe/Paris} or {@code +02:00}. */
  public static final Codec<ZoneId> ZONE_ID = new TimeCodec<>(ZONE_ID_KIND);

  public static final Codec<OffsetDateTime> OFFSET_DATE_TIME =
      new TimeCodec<>(OFFSET_DATE_TIME_KIND);
  public static final Codec<OffsetTime> OFFSET_TIME = new TimeCodec<>(OFFSET_TIME_KIND);

  /** Local date-time, offset and zone, so a time in a DST overlap keeps its offset. */
  public static final Codec<ZonedDateTime> ZONED_DATE_TIME = new TimeCodec<>(ZONED_DATE_TIME_KIND);

  public static final Codec<Period> PERIOD = new TimeCodec<>(PERIOD_KIND);
  public static final Codec<Year> YEAR = new TimeCodec<>(YEAR_KIND);
  public static final Codec<YearMonth> YEAR_MONTH = new TimeCodec<>(YEAR_MONTH_KIND);
  public static final Codec<MonthDay> MONTH_DAY = new TimeCodec<>(MONTH_DAY_KIND);

  private TimeCodec(int kind) {
    super(kind);
  }

  @Override
  protected void encodeValue(WireOutput out, T value) {
    switch (kind) {
      case INSTANT_KIND -> {
        Instant instant = (Instant) value;
        out.writeLong(instant.getEpochSecond());
        out.writeInt(instant.getNano());
      }
      case DURATION_KIND -> {
        Duration duration = (Duration) value;
        out.writeLong(duration.getSeconds());
        out.writeInt(duration.getNano());
      }
      case LOCAL_DATE_KIND -> writeDate(out, (LocalDate) value);
      case LOCAL_TIME_KIND -> writeTime(out, (LocalTime) value);
      case LOCAL_DATE_TIME_KIND -> writeDateTime(out, (LocalDateTime) value);
      case ZONE_OFFSET_KIND -> writeOffset(out, (ZoneOffset) value);
      case ZONE_ID_KIND -> out.writeString(((ZoneId) value).getId());
      case OFFSET_DATE_TIME_KIND -> {
        OffsetDateTime dateTime = (OffsetDateTime) value;
        writeDateTime(out, dateTime.toLocalDateTime());
        writeOffset(out, dateTime.getOffset());
      }
      case OFFSET_TIME_KIND -> {
        OffsetTime time = (OffsetTime) value;
        writeTime(out, time.toLocalTime());
        writeOffset(out, time.getOffset());
      }
      case ZONED_DATE_TIME_KIND -> {
        ZonedDateTime dateTime = (ZonedDateTime) value;
        writeDateTime(out, dateTime.toLocalDateTime());
        writeOffset(out, dateTime.getOffset());
        out.writeString(dateTime.getZone().getId());
      }
      case PERIOD_KIND -> {
        Period period = (Period) value;
        out.writeInt(period.getYears());
        out.writeInt(period.getMonths());
        out.writeInt(period.getDays());
      }
      case YEAR_KIND -> out.writeInt(((Year) value).getValue());
      case YEAR_MONTH_KIND -> {
        YearMonth yearMonth = (YearMonth) value;
        out.writeInt(yearMonth.getYear());
        out.writeByte(yearMonth.getMonthValue());
      }
      case MONTH_DAY_KIND -> {
        MonthDay monthDay = (MonthDay) value;
        out.writeByte(monthDay.getMonthValue());
        out.writeByte(monthDay.getDayOfMonth());
      }
      default -> throw unknownKind();
    }
  }

  @Override
  T decodeKind(WireInput in) {
    switch (kind) {
      case INSTANT_KIND:
        return cast(Instant.ofEpochSecond(in.readLong(), in.readInt()));
      case DURATION_KIND:
        return cast(Duration.ofSeconds(in.readLong(), in.readInt()));
      case LOCAL_DATE_KIND:
        return cast(readDate(in));
      case LOCAL_TIME_KIND:
        return cast(readTime(in));
      case LOCAL_DATE_TIME_KIND:
        return cast(readDateTime(in));
      case ZONE_OFFSET_KIND:
        return cast(readOffset(in));
      case ZONE_ID_KIND:
        return cast(ZoneId.of(in.readString()));
      case OFFSET_DATE_TIME_KIND:
        return cast(OffsetDateTime.of(readDateTime(in), readOffset(in)));
      case OFFSET_TIME_KIND:
        return cast(OffsetTime.of(readTime(in), readOffset(in)));
      case ZONED_DATE_TIME_KIND:
        {
          LocalDateTime local = readDateTime(in);
          ZoneOffset offset = readOffset(in);
          return cast(ZonedDateTime.ofLocal(local, ZoneId.of(in.readString()), offset));
        }
      case PERIOD_KIND:
        return cast(Period.of(in.readInt(), in.readInt(), in.readInt()));
      case YEAR_KIND:
        return cast(Year.of(in.readInt()));
      case YEAR_MONTH_KIND:
        return cast(YearMonth.of(in.readInt(), in.readByte()));
      case MONTH_DAY_KIND:
        return cast(MonthDay.of(in.readByte(), in.readByte()));
      default:
        throw unknownKind();
    }
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
