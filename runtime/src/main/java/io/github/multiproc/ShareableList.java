package io.github.multiproc;

import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * Python's {@code multiprocessing.shared_memory.ShareableList}: a fixed-length list of
 * {@code Long} (Python's int), {@code Double}, {@code Boolean}, {@code String}, {@code byte[]} and
 * {@code null}, kept in one {@link SharedMemory} block that any process can {@link #attach} by
 * name, or receive as a worker argument.
 *
 * <p>Each item's room is fixed when the list is made: 8 bytes for a number, a boolean or null, and
 * for a string or bytes its UTF-8 length rounded up past the next multiple of 8, as in Python. An
 * item may be replaced by a value of any type that fits its room ({@link #set}); a longer string
 * fails (Python's {@code ValueError}). Unlike Python, a string or bytes ending in zero bytes keeps
 * them, as the length is stored.
 *
 * <p>Items are read and written without a lock, as in Python: a reader may see an item half
 * replaced by another process. Guard items that several processes replace with a
 * {@link ProcessLock}.
 *
 * <p>Block layout: an int magic and the count, then per item a descriptor (offset of its room,
 * room size, type tag, length), then the rooms, 8-byte aligned.
 */
public final class ShareableList implements Iterable<Object>, AutoCloseable {
  private static final int MAGIC = 0x4d50534c; // "MPSL"
  private static final int HEADER = 8;
  private static final int DESCRIPTOR = 16;
  private static final int ROOM = 0;
  private static final int ROOM_SIZE = 4;
  private static final int TAG = 8;
  private static final int LENGTH = 12;
  private static final int ALIGNMENT = 8;

  private static final int NONE = 0;
  private static final int LONG = 1;
  private static final int DOUBLE = 2;
  private static final int BOOLEAN = 3;
  private static final int STRING = 4;
  private static final int BYTES = 5;

  private final SharedMemory shm;
  private final ByteBuffer buffer;
  private final int size;

  private ShareableList(SharedMemory shm) {
    this.shm = shm;
    this.buffer = shm.buffer();
    if (shm.size() < HEADER || buffer.getInt(0) != MAGIC) {
      throw new IllegalStateException("shared memory '" + shm.name() + "' is not a ShareableList");
    }
    this.size = buffer.getInt(4);
    checkDescriptors();
  }

  /** Refuses, at attach, a block whose items would lie outside it. */
  private void checkDescriptors() {
    long rooms = HEADER + (long) DESCRIPTOR * size;
    boolean fits = size >= 0 && rooms <= shm.size();
    for (int i = 0; fits && i < size; i++) {
      long room = buffer.getInt(descriptor(i) + ROOM);
      long roomSize = buffer.getInt(descriptor(i) + ROOM_SIZE);
      fits = room >= rooms && roomSize >= ALIGNMENT && room + roomSize <= shm.size();
    }
    if (!fits) {
      throw new IllegalStateException(
          "shared memory '"
              + shm.name()
              + "' holds a corrupt"
              + " ShareableList: its items do not fit its "
              + shm.size()
              + " bytes");
    }
  }

  /**
   * A new list holding {@code sequence}'s items, in a block with a generated name; Python's
   * {@code ShareableList(sequence)}. Integers of any width become {@code Long}, floats
   * {@code Double}.
   *
   * @throws IllegalArgumentException for an item of another type
   */
  public static ShareableList create(List<?> sequence) {
    return create(sequence, SharedMemory::create);
  }

  /**
   * A new list in a block named {@code name}; Python's {@code ShareableList(sequence, name=name)}.
   *
   * @throws IllegalStateException when a block of that name exists
   */
  public static ShareableList create(String name, List<?> sequence) {
    return create(sequence, size -> SharedMemory.create(name, size));
  }

  /** Makes the block of a new list: its own, or a {@link SharedMemoryManager}'s. */
  interface BlockMaker {
    SharedMemory make(int size);
  }

  static ShareableList create(List<?> sequence, BlockMaker blocks) {
    Object[] items = new Object[sequence.size()];
    int[] rooms = new int[items.length];
    long total = HEADER + (long) DESCRIPTOR * items.length;
    for (int i = 0; i < items.length; i++) {
      items[i] = normalize(sequence.get(i), i);
      rooms[i] = roomFor(items[i]);
      total += rooms[i];
    }
    if (total > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "a ShareableList of " + total + " bytes exceeds the 2 GiB" + " a shared block holds");
    }
    SharedMemory shm = blocks.make((int) total);
    ByteBuffer buffer = shm.buffer();
    int room = HEADER + DESCRIPTOR * items.length;
    for (int i = 0; i < items.length; i++) {
      buffer.putInt(descriptor(i) + ROOM, room);
      buffer.putInt(descriptor(i) + ROOM_SIZE, rooms[i]);
      room += rooms[i];
    }
    buffer.putInt(4, items.length);
    buffer.putInt(0, MAGIC);
    ShareableList list = new ShareableList(shm);
    for (int i = 0; i < items.length; i++) {
      list.write(i, items[i]);
    }
    return list;
  }

  /**
   * The list in the block {@code name}; Python's {@code ShareableList(name=name)}.
   *
   * @throws IllegalStateException when there is no such block, or it holds no ShareableList
   */
  public static ShareableList attach(String name) {
    return new ShareableList(SharedMemory.attach(name));
  }

  /** The block's name; Python's {@code sl.shm.name}. */
  public String name() {
    return shm.name();
  }

  /** The block behind the list; Python's {@code sl.shm}. */
  public SharedMemory shm() {
    return shm;
  }

  /** Python's {@code len(sl)}. */
  public int size() {
    return size;
  }

  /**
   * Python's {@code sl[index]}: a {@code Long}, {@code Double}, {@code Boolean}, {@code String},
   * {@code byte[]} (a copy) or {@code null}.
   */
  public Object get(int index) {
    int at = descriptor(Objects.checkIndex(index, size));
    int room = buffer.getInt(at + ROOM);
    int tag = buffer.getInt(at + TAG);
    // Another process may be replacing the item: never read past its room.
    int length = Math.min(Math.max(buffer.getInt(at + LENGTH), 0), buffer.getInt(at + ROOM_SIZE));
    Object value;
    switch (tag) {
      case LONG:
        value = buffer.getLong(room);
        break;
      case DOUBLE:
        value = buffer.getDouble(room);
        break;
      case BOOLEAN:
        value = buffer.get(room) != 0;
        break;
      case STRING:
        value = new String(bytesAt(room, length), StandardCharsets.UTF_8);
        break;
      case BYTES:
        value = bytesAt(room, length);
        break;
      default:
        value = null;
    }
    VarHandle.acquireFence();
    return value;
  }

  /**
   * Python's {@code sl[index] = value}: any supported type, if it fits the item's room.
   *
   * @throws IllegalArgumentException for an unsupported type, or a string or bytes longer than the
   *     room fixed at creation (Python's {@code ValueError})
   */
  public void set(int index, Object value) {
    Objects.checkIndex(index, size);
    write(index, normalize(value, index));
  }

  private void write(int index, Object value) {
    int at = descriptor(index);
    int room = buffer.getInt(at + ROOM);
    int roomSize = buffer.getInt(at + ROOM_SIZE);
    byte[] bytes =
        value instanceof String
            ? ((String) value).getBytes(StandardCharsets.UTF_8)
            : value instanceof byte[] ? (byte[]) value : null;
    if (bytes != null && bytes.length > roomSize) {
      throw new IllegalArgumentException(
          "item "
              + index
              + " of ShareableList '"
              + name()
              + "' has room for "
              + roomSize
              + " bytes, fixed at creation; the new value needs "
              + bytes.length
              + " (Python's 'bytes/str item exceeds available storage')");
    }
    VarHandle.releaseFence();
    int tag = tagOf(value);
    if (bytes != null) {
      buffer.put(room, bytes);
    } else if (tag == LONG) {
      buffer.putLong(room, (Long) value);
    } else if (tag == DOUBLE) {
      buffer.putDouble(room, (Double) value);
    } else if (tag == BOOLEAN) {
      buffer.put(room, (byte) ((Boolean) value ? 1 : 0));
    }
    buffer.putInt(at + LENGTH, bytes == null ? 0 : bytes.length);
    buffer.putInt(at + TAG, tag);
    VarHandle.fullFence();
  }

  /** Python's {@code sl.count(value)}: items equal to {@code value} (bytes by content). */
  public int count(Object value) {
    int count = 0;
    for (Object item : this) {
      if (same(item, value)) {
        count++;
      }
    }
    return count;
  }

  /**
   * Python's {@code sl.index(value)}: the first item equal to {@code value} (bytes by content),
   * or -1 where Python raises {@code ValueError}.
   */
  public int indexOf(Object value) {
    for (int i = 0; i < size; i++) {
      if (same(get(i), value)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The struct format of the items as they are now; Python's {@code sl.format}, e.g.
   * {@code "q8sd"} for {@code [1, "a", 2.0]}.
   */
  public String format() {
    StringBuilder format = new StringBuilder();
    for (int i = 0; i < size; i++) {
      int at = descriptor(i);
      switch (buffer.getInt(at + TAG)) {
        case LONG:
          format.append('q');
          break;
        case DOUBLE:
          format.append('d');
          break;
        case BOOLEAN:
          format.append("xxxxxxx?");
          break;
        case STRING:
        case BYTES:
          format.append(buffer.getInt(at + ROOM_SIZE)).append('s');
          break;
        default:
          format.append("xxxxxx?x");
      }
    }
    return format.toString();
  }

  /** A copy of the items, Python's {@code list(sl)}. */
  public List<Object> toList() {
    List<Object> items = new ArrayList<>(size);
    for (Object item : this) {
      items.add(item);
    }
    return items;
  }

  /** The items from first to last, each read when reached. */
  @Override
  public Iterator<Object> iterator() {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < size;
      }

      @Override
      public Object next() {
        if (next >= size) {
          throw new NoSuchElementException();
        }
        return get(next++);
      }
    };
  }

  /** Closes the block: the owner's close also unlinks it (see {@link SharedMemory#close}). */
  @Override
  public void close() {
    shm.close();
  }

  @Override
  public String toString() {
    StringJoiner items = new StringJoiner(", ", "ShareableList([", "], name='" + name() + "')");
    for (Object item : this) {
      items.add(
          item instanceof byte[]
              ? "b" + Arrays.toString((byte[]) item)
              : item instanceof String ? "'" + item + "'" : String.valueOf(item));
    }
    return items.toString();
  }

  private static int descriptor(int index) {
    return HEADER + DESCRIPTOR * index;
  }

  private byte[] bytesAt(int room, int length) {
    byte[] bytes = new byte[length];
    buffer.get(room, bytes);
    return bytes;
  }

  private static boolean same(Object item, Object value) {
    if (item instanceof byte[] && value instanceof byte[]) {
      return Arrays.equals((byte[]) item, (byte[]) value);
    }
    return Objects.equals(item, normalizeQuietly(value));
  }

  /** What a value is stored as: integers widen to Long, floats to Double. */
  private static Object normalize(Object value, int index) {
    Object normal = normalizeQuietly(value);
    if (normal != null && tagOf(normal) == NONE) {
      throw new IllegalArgumentException(
          "item "
              + index
              + " is a "
              + value.getClass().getName()
              + ": a ShareableList holds Long (or Integer, Short, Byte), Double (or Float), Boolean,"
              + " String, byte[] and null");
    }
    return normal;
  }

  private static Object normalizeQuietly(Object value) {
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof Float) {
      return ((Float) value).doubleValue();
    }
    return value;
  }

  private static int tagOf(Object value) {
    if (value instanceof Long) {
      return LONG;
    } else if (value instanceof Double) {
      return DOUBLE;
    } else if (value instanceof Boolean) {
      return BOOLEAN;
    } else if (value instanceof String) {
      return STRING;
    } else if (value instanceof byte[]) {
      return BYTES;
    }
    return NONE;
  }

  private static int roomFor(Object value) {
    int length =
        value instanceof String
            ? ((String) value).getBytes(StandardCharsets.UTF_8).length
            : value instanceof byte[] ? ((byte[]) value).length : -1;
    // Python's rule: past the next multiple of 8, so "abcdefgh" gets 16 bytes.
    return length < 0 ? ALIGNMENT : ALIGNMENT * (length / ALIGNMENT + 1);
  }
}
