package io.github.multiproc.internal.shm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;

/**
 * One memory-mapped file under {@link Segments#directory()}: the memory behind every shared object.
 * Atomic access goes through {@code byteBufferViewVarHandle} on the mapping, so a CAS here is a CAS
 * on the same physical memory in every process that maps the file; volatile access is plain access
 * between fences (see the accessors).
 *
 * <p>The mapping stays valid until it is garbage-collected, even after the file is unlinked: the
 * JDK 17 API offers no safe explicit unmap (an unmap while another thread still reads would crash
 * the JVM), so {@link #close} removes the name and forgets the file, and the memory goes with the
 * last mapping.
 */
public final class Segment {
  private static final VarHandle INTS =
      MethodHandles.byteBufferViewVarHandle(int[].class, ByteOrder.nativeOrder());
  private static final VarHandle LONGS =
      MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.nativeOrder());

  private final String name;
  private final Path path;
  private final ByteBuffer buffer;
  private final int size;
  private final boolean owner;

  private Segment(String name, Path path, ByteBuffer buffer, int size, boolean owner) {
    this.name = name;
    this.path = path;
    this.buffer = buffer.order(ByteOrder.nativeOrder()); // as the VarHandles read it
    this.size = size;
    this.owner = owner;
  }

  /**
   * Runs each access this class and {@link LockWord} make once, on a scratch buffer nobody shares:
   * the first use of a VarHandle access mode links method-handle code, which costs a fresh JVM
   * milliseconds. A STANDBY JVM calls this while idle, so a child's first lock or shared-value
   * operation does not pay for it.
   */
  public static void warmUp() throws InterruptedException {
    Segments.checkName("warm-up"); // the check every decoded handle runs
    Segment scratch = scratch(LockWord.SIZE);
    scratch.setIntVolatile(0, scratch.getIntVolatile(0) + scratch.getInt(0));
    scratch.setInt(0, 0);
    scratch.casInt(0, 0, 0);
    scratch.getAndAddInt(0, 0);
    scratch.setLongVolatile(0, scratch.getLongVolatile(0) + scratch.getLong(0));
    scratch.setLong(0, 0);
    scratch.setLongRelease(0, 0);
    scratch.casLong(0, 0, 0);
    scratch.compareAndExchangeLong(0, 0, 0);
    scratch.getAndAddLong(0, 0);
    LockWord lock = new LockWord(scratch, 0);
    lock.acquire(true, Long.MAX_VALUE, false);
    lock.release(true);
  }

  /** Memory only this process sees, for {@link #warmUp} and {@link LockWarmUp}. */
  static Segment scratch(int size) {
    return new Segment("warm-up", null, ByteBuffer.allocateDirect(size), size, false);
  }

  /** Creates a zero-filled segment named {@code name} (null: a fresh generated name). */
  public static Segment create(String name, int size) {
    return create(name, size, true);
  }

  /**
   * Creates a zero-filled segment named {@code name} that this process does not own: neither its
   * handles' close nor this JVM's exit removes it. What a {@link SegmentGroup} makes, which
   * removes its members itself.
   */
  static Segment createUnowned(String name, int size) {
    return create(name, size, false);
  }

  private static Segment create(String name, int size, boolean owned) {
    if (size <= 0) {
      throw new IllegalArgumentException("a shared segment needs a positive size, not " + size);
    }
    Segments.beforeFirstCreate();
    String actual = name == null ? Segments.newName() : Segments.checkName(name);
    Segments.requireSpace(size);
    Path path = Segments.directory().resolve(actual);
    try (FileChannel channel =
        FileChannel.open(
            path,
            EnumSet.of(
                StandardOpenOption.CREATE_NEW, StandardOpenOption.READ, StandardOpenOption.WRITE),
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))) {
      if (owned) {
        Segments.owned(path);
      }
      // Mapping past the end in READ_WRITE mode grows the file: the pages come zero-filled.
      MappedByteBuffer buffer = channel.map(FileChannel.MapMode.READ_WRITE, 0, size);
      return new Segment(actual, path, buffer, size, owned);
    } catch (FileAlreadyExistsException e) {
      throw new IllegalStateException("a shared segment named '" + actual + "' already exists", e);
    } catch (IOException e) {
      Segments.remove(path); // created but not mapped (e.g. /dev/shm full): leave nothing behind
      throw new UncheckedIOException("cannot create shared segment " + path, e);
    }
  }

  /** Maps the existing segment {@code name}; this process does not own it. */
  public static Segment attach(String name) {
    String checked = Segments.checkName(name);
    Path path = Segments.directory().resolve(checked);
    try (FileChannel channel =
        FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      long length = channel.size();
      if (length <= 0 || length > Integer.MAX_VALUE) {
        throw new IllegalStateException(
            "shared segment '" + checked + "' has a bad size " + length);
      }
      MappedByteBuffer buffer = channel.map(FileChannel.MapMode.READ_WRITE, 0, length);
      return new Segment(checked, path, buffer, (int) length, false);
    } catch (NoSuchFileException e) {
      throw new IllegalStateException(
          "shared segment '" + checked + "' does not exist (its owner" + " closed it, or ended)",
          e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot attach shared segment " + path, e);
    }
  }

  public String name() {
    return name;
  }

  public int size() {
    return size;
  }

  /** Whether this process created the segment (and so removes it when done). */
  public boolean owner() {
    return owner;
  }

  /** A fresh view of the whole segment (position 0, limit {@link #size}, big-endian). */
  public ByteBuffer view() {
    return buffer.duplicate().clear();
  }

  /** The owner removes the name; every process may keep using its mapping until it lets go. */
  public void close() {
    if (owner) {
      unlink();
    }
  }

  /** Removes the name, whoever calls; mappings stay valid. False when the name was gone already. */
  public boolean unlink() {
    return Segments.remove(path);
  }

  /*
   * Volatile and release accesses are plain buffer accesses between fences, the JSR-133 cookbook's
   * mapping of volatile (a read then an acquire fence; a release fence, the write, a full fence),
   * and only CAS and get-and-add go through a VarHandle. Compiled, both forms are the same
   * instructions; interpreted, as a freshly started child's first thousands of lock operations
   * are, a VarHandle access costs about a microsecond and a fence a native call. Offsets are
   * aligned, so a plain access is a single load or store: it cannot tear.
   */

  public int getIntVolatile(int offset) {
    int value = buffer.getInt(offset);
    VarHandle.acquireFence();
    return value;
  }

  public void setIntVolatile(int offset, int value) {
    VarHandle.releaseFence();
    buffer.putInt(offset, value);
    VarHandle.fullFence();
  }

  public int getInt(int offset) {
    return buffer.getInt(offset);
  }

  public void setInt(int offset, int value) {
    buffer.putInt(offset, value);
  }

  public boolean casInt(int offset, int expected, int value) {
    return INTS.compareAndSet(buffer, offset, expected, value);
  }

  public int getAndAddInt(int offset, int delta) {
    return (int) INTS.getAndAdd(buffer, offset, delta);
  }

  public long getLongVolatile(int offset) {
    long value = buffer.getLong(offset);
    VarHandle.acquireFence();
    return value;
  }

  public void setLongVolatile(int offset, long value) {
    VarHandle.releaseFence();
    buffer.putLong(offset, value);
    VarHandle.fullFence();
  }

  public void setLongRelease(int offset, long value) {
    VarHandle.releaseFence();
    buffer.putLong(offset, value);
  }

  public long getLong(int offset) {
    return buffer.getLong(offset);
  }

  public void setLong(int offset, long value) {
    buffer.putLong(offset, value);
  }

  public boolean casLong(int offset, long expected, long value) {
    return LONGS.compareAndSet(buffer, offset, expected, value);
  }

  /** Compare-and-exchange: sets {@code value} if the long is {@code expected}; returns what was. */
  public long compareAndExchangeLong(int offset, long expected, long value) {
    return (long) LONGS.compareAndExchange(buffer, offset, expected, value);
  }

  public long getAndAddLong(int offset, long delta) {
    return (long) LONGS.getAndAdd(buffer, offset, delta);
  }

  public short getShort(int offset) {
    return buffer.getShort(offset);
  }

  public void setShort(int offset, short value) {
    buffer.putShort(offset, value);
  }

  public byte getByte(int offset) {
    return buffer.get(offset);
  }

  public void setByte(int offset, byte value) {
    buffer.put(offset, value);
  }

  @Override
  public String toString() {
    return name;
  }
}
