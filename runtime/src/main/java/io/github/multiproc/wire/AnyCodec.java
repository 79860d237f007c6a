package io.github.multiproc.wire;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Values whose type is known only at run time, Python's pickle for a closed world: a tag byte names
 * a built-in type, or a registered type by its class name; nothing else can be decoded, so bytes
 * from a peer never choose a class to instantiate. What channels ({@code ProcessQueue},
 * {@code Connection}) and {@code Object}-typed parameters carry.
 */
final class AnyCodec implements Codec<Object> {
  /** The one instance; {@link Codecs#OBJECT}. */
  public static final AnyCodec INSTANCE = new AnyCodec();

  private static final int NULL = 0;
  private static final int BOOLEAN = 1;
  private static final int BYTE = 2;
  private static final int SHORT = 3;
  private static final int CHARACTER = 4;
  private static final int INTEGER = 5;
  private static final int LONG = 6;
  private static final int FLOAT = 7;
  private static final int DOUBLE = 8;
  private static final int STRING = 9;
  private static final int BYTE_ARRAY = 10;
  private static final int INT_ARRAY = 11;
  private static final int LONG_ARRAY = 12;
  private static final int DOUBLE_ARRAY = 13;
  private static final int OBJECT_ARRAY = 14;
  private static final int LIST = 15;
  private static final int SET = 16;
  private static final int MAP = 17;
  private static final int OPTIONAL = 18;
  private static final int BIG_INTEGER = 19;
  private static final int BIG_DECIMAL = 20;
  private static final int UUID_TAG = 21;
  private static final int INSTANT = 22;
  private static final int DURATION = 23;
  private static final int LOCAL_DATE = 24;
  private static final int LOCAL_TIME = 25;
  private static final int LOCAL_DATE_TIME = 26;
  private static final int ZONED_DATE_TIME = 27;
  private static final int REGISTERED = 28;
  private static final int MANAGED = 29;
  private static final int PIPE_END = 30;

  private AnyCodec() {}

  @Override
  public void encode(WireOutput out, Object value) {
    out.enterValue();
    try {
      encodeTagged(out, value);
    } finally {
      out.exitValue();
    }
  }

  @Override
  public Object decode(WireInput in) {
    in.enterValue();
    try {
      return decodeTagged(in);
    } finally {
      in.exitValue();
    }
  }

  private void encodeTagged(WireOutput out, Object value) {
    if (value == null) {
      out.writeByte(NULL);
    } else if (value instanceof ProxyReference proxy) {
      // Checked first: a proxy of a managed list is also a List, but must not be copied.
      out.writeByte(MANAGED);
      proxy.writeReference(out);
    } else if (value instanceof String s) {
      out.writeByte(STRING);
      out.writeString(s);
    } else if (value instanceof Integer i) {
      out.writeByte(INTEGER);
      out.writeInt(i);
    } else if (value instanceof Long l) {
      out.writeByte(LONG);
      out.writeLong(l);
    } else if (value instanceof Double d) {
      out.writeByte(DOUBLE);
      out.writeDouble(d);
    } else if (value instanceof Boolean b) {
      out.writeByte(BOOLEAN);
      out.writeBoolean(b);
    } else if (value instanceof Byte b) {
      out.writeByte(BYTE);
      out.writeByte(b);
    } else if (value instanceof Short s) {
      out.writeByte(SHORT);
      out.writeShort(s);
    } else if (value instanceof Character c) {
      out.writeByte(CHARACTER);
      out.writeChar(c);
    } else if (value instanceof Float f) {
      out.writeByte(FLOAT);
      out.writeFloat(f);
    } else if (value instanceof byte[] bytes) {
      out.writeByte(BYTE_ARRAY);
      PrimitiveArrays.writeBytes(out, bytes);
    } else if (value instanceof int[] ints) {
      out.writeByte(INT_ARRAY);
      PrimitiveArrays.writeInts(out, ints);
    } else if (value instanceof long[] longs) {
      out.writeByte(LONG_ARRAY);
      PrimitiveArrays.writeLongs(out, longs);
    } else if (value instanceof double[] doubles) {
      out.writeByte(DOUBLE_ARRAY);
      PrimitiveArrays.writeDoubles(out, doubles);
    } else if (value instanceof Object[] array && value.getClass() == Object[].class) {
      out.writeByte(OBJECT_ARRAY);
      out.writeSize(array.length);
      for (Object item : array) {
        encode(out, item);
      }
    } else if (value instanceof List<?> list) {
      out.writeByte(LIST);
      writeItems(out, list);
    } else if (value instanceof Set<?> set) {
      out.writeByte(SET);
      writeItems(out, set);
    } else if (value instanceof Map<?, ?> map) {
      out.writeByte(MAP);
      out.writeSize(map.size());
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        encode(out, entry.getKey());
        encode(out, entry.getValue());
      }
    } else if (value instanceof Optional<?> optional) {
      out.writeByte(OPTIONAL);
      out.writeBoolean(optional.isPresent());
      if (optional.isPresent()) {
        encode(out, optional.get());
      }
    } else if (!encodeValueType(out, value)) {
      encodeRegistered(out, value);
    }
  }

  private boolean encodeValueType(WireOutput out, Object value) {
    if (value instanceof BigInteger v) {
      out.writeByte(BIG_INTEGER);
      ScalarCodec.BIG_INTEGER.encode(out, v);
    } else if (value instanceof BigDecimal v) {
      out.writeByte(BIG_DECIMAL);
      ScalarCodec.BIG_DECIMAL.encode(out, v);
    } else if (value instanceof UUID v) {
      out.writeByte(UUID_TAG);
      ScalarCodec.UUID_CODEC.encode(out, v);
    } else if (value instanceof Instant v) {
      out.writeByte(INSTANT);
      TimeCodec.INSTANT.encode(out, v);
    } else if (value instanceof Duration v) {
      out.writeByte(DURATION);
      TimeCodec.DURATION.encode(out, v);
    } else if (value instanceof LocalDate v) {
      out.writeByte(LOCAL_DATE);
      TimeCodec.LOCAL_DATE.encode(out, v);
    } else if (value instanceof LocalTime v) {
      out.writeByte(LOCAL_TIME);
      TimeCodec.LOCAL_TIME.encode(out, v);
    } else if (value instanceof LocalDateTime v) {
      out.writeByte(LOCAL_DATE_TIME);
      TimeCodec.LOCAL_DATE_TIME.encode(out, v);
    } else if (value instanceof ZonedDateTime v) {
      out.writeByte(ZONED_DATE_TIME);
      TimeCodec.ZONED_DATE_TIME.encode(out, v);
    } else {
      return false;
    }
    return true;
  }

  @SuppressWarnings("unchecked")
  private void encodeRegistered(WireOutput out, Object value) {
    Class<?> type = value instanceof Enum<?> e ? e.getDeclaringClass() : value.getClass();
    Codec<Object> codec = (Codec<Object>) TypeRegistry.codecFor(type);
    if (codec == null && References.runtime().isPipeEnd(value)) {
      // A pipe end travels as a reference, as a worker argument does (Python's resource sharer).
      // Asked last, so the references are loaded only by a process that sends one.
      out.writeByte(PIPE_END);
      References.runtime().writePipeEnd(out, value);
      return;
    }
    if (codec == null) {
      throw new IllegalArgumentException(
          "a "
              + type.getName()
              + " cannot cross a process boundary: it is neither a built-in"
              + " value type (boxes, String, List, Set, Map, Optional, arrays of primitives,"
              + " BigInteger, BigDecimal, UUID, java.time values) nor a record, enum or sealed"
              + " type known to the multiproc processor; make it a record, enum or sealed"
              + " interface of records and annotate it @Portable");
    }
    out.writeByte(REGISTERED);
    out.writeString(type.getName());
    codec.encode(out, value);
  }

  private Object decodeTagged(WireInput in) {
    int tag = in.readUnsignedByte();
    switch (tag) {
      case NULL:
        return null;
      case BOOLEAN:
        return in.readBoolean();
      case BYTE:
        return in.readByte();
      case SHORT:
        return in.readShort();
      case CHARACTER:
        return in.readChar();
      case INTEGER:
        return in.readInt();
      case LONG:
        return in.readLong();
      case FLOAT:
        return in.readFloat();
      case DOUBLE:
        return in.readDouble();
      case STRING:
        return in.readString();
      case BYTE_ARRAY:
        return PrimitiveArrays.readBytes(in);
      case INT_ARRAY:
        return PrimitiveArrays.readInts(in);
      case LONG_ARRAY:
        return PrimitiveArrays.readLongs(in);
      case DOUBLE_ARRAY:
        return PrimitiveArrays.readDoubles(in);
      case OBJECT_ARRAY:
        Object[] array = new Object[in.readCount(1)];
        for (int i = 0; i < array.length; i++) {
          array[i] = decode(in);
        }
        return array;
      case LIST:
        return readItems(in, new ArrayList<>());
      case SET:
        return readItems(in, new LinkedHashSet<>());
      case MAP:
        int size = in.readCount(2);
        Map<Object, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
          Object key = decode(in);
          map.put(key, decode(in));
        }
        return map;
      case OPTIONAL:
        return in.readBoolean() ? Optional.ofNullable(decode(in)) : Optional.empty();
      case BIG_INTEGER:
        return ScalarCodec.BIG_INTEGER.decode(in);
      case BIG_DECIMAL:
        return ScalarCodec.BIG_DECIMAL.decode(in);
      case UUID_TAG:
        return ScalarCodec.UUID_CODEC.decode(in);
      case INSTANT:
        return TimeCodec.INSTANT.decode(in);
      case DURATION:
        return TimeCodec.DURATION.decode(in);
      case LOCAL_DATE:
        return TimeCodec.LOCAL_DATE.decode(in);
      case LOCAL_TIME:
        return TimeCodec.LOCAL_TIME.decode(in);
      case LOCAL_DATE_TIME:
        return TimeCodec.LOCAL_DATE_TIME.decode(in);
      case ZONED_DATE_TIME:
        return TimeCodec.ZONED_DATE_TIME.decode(in);
      case REGISTERED:
        String name = in.readString();
        Codec<?> codec = TypeRegistry.codecFor(name);
        if (codec == null) {
          throw new CorruptDataException(
              "no codec is registered for "
                  + name
                  + " in this process: is it annotated"
                  + " @Portable (or used in a @Worker signature) and compiled with the multiproc"
                  + " processor on this class path?");
        }
        return codec.decode(in);
      case MANAGED:
        return References.runtime().readProxy(in);
      case PIPE_END:
        return References.runtime().readPipeEnd(in);
      default:
        throw new CorruptDataException(
            "unknown value tag " + tag + " at offset " + (in.position() - 1));
    }
  }

  private void writeItems(WireOutput out, java.util.Collection<?> items) {
    out.writeSize(items.size());
    int written = 0;
    for (Object item : items) {
      encode(out, item);
      written++;
    }
    if (written != items.size()) {
      throw new IllegalStateException("the collection changed while it was encoded");
    }
  }

  private <C extends java.util.Collection<Object>> C readItems(WireInput in, C items) {
    int size = in.readCount(1);
    for (int i = 0; i < size; i++) {
      items.add(decode(in));
    }
    return items;
  }
}
