package io.github.multiproc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.multiproc.testing.SharedTypesWorkersProcesses;
import io.github.multiproc.testing.ShmTestExtension;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The type codes 'h', 'f', 'u', 'b', slices, and raw (lock-free) values and arrays. */
class SharedTypesTest {
  @RegisterExtension static final ShmTestExtension SHM = new ShmTestExtension();

  @Test
  void slicesAreBoundsCheckedAsJavaRanges() {
    try (SharedLongArray longs = SharedLongArray.of(1, 2, 3, 4);
        SharedDoubleArray doubles = SharedDoubleArray.create(3);
        SharedCharArray chars = SharedCharArray.create(5)) {
      assertArrayEquals(new long[] {2, 3}, longs.get(1, 3));
      assertArrayEquals(new long[0], longs.get(4, 4));
      longs.set(2, 30, 40);
      assertArrayEquals(new long[] {1, 2, 30, 40}, longs.toArray());
      assertThrows(IndexOutOfBoundsException.class, () -> longs.set(3, 1, 2));
      assertThrows(IndexOutOfBoundsException.class, () -> longs.get(2, 1));
      assertThrows(IndexOutOfBoundsException.class, () -> longs.get(0, 5));
      doubles.set(1, 0.5, -0.0);
      assertArrayEquals(new double[] {0, 0.5, -0.0}, doubles.toArray());
      chars.set(1, 'h', 'i');
      assertEquals("\0hi\0\0", new String(chars.toArray()));
      assertEquals(3, longs.addAndGet(0, 2), "the atomics still work beside slices");
    }
  }

  @Test
  void rawObjectsHaveNoLockAndAttachAsRaw() {
    try (SharedInt raw = SharedInt.createRaw(3);
        SharedFloatArray rawArray = SharedFloatArray.createRaw(2);
        SharedInt locked = SharedInt.create(3)) {
      assertTrue(raw.isRaw());
      assertFalse(locked.isRaw());
      IllegalStateException e = assertThrows(IllegalStateException.class, raw::lock);
      assertTrue(e.getMessage().contains("raw"), e.getMessage());
      assertEquals(4, raw.incrementAndGet());
      rawArray.set(0, 1.25f, 2.5f);
      SharedFloatArray again = SharedFloatArray.attach(rawArray.name());
      assertTrue(again.isRaw());
      assertArrayEquals(new float[] {1.25f, 2.5f}, again.toArray());
      assertThrows(
          IllegalStateException.class,
          () -> ReentrantProcessLock.attach(raw.name()),
          "a raw value's segment holds no lock to attach");
      assertEquals(locked.lock().name(), ReentrantProcessLock.attach(locked.name()).name());
      assertThrows(
          IllegalStateException.class,
          () -> SharedShort.attach(locked.name()),
          "a handle naming another type fails clearly");
    }
  }

  @Test
  @Timeout(60)
  void everyTypeCodeWorksInAChild() {
    try (SharedShort s = SharedShort.create((short) 41);
        SharedFloat f = SharedFloat.create(1.25f);
        SharedChar c = SharedChar.create('q');
        SharedByte b = SharedByte.create((byte) 0);
        SharedShortArray shorts = SharedShortArray.of((short) -2, (short) 3, (short) 0, (short) 0);
        SharedFloatArray floats = SharedFloatArray.create(3);
        SharedCharArray chars = SharedCharArray.create(3);
        SharedByteArray bytes = SharedByteArray.create(3)) {
      SHM.started(SharedTypesWorkersProcesses.mutateTyped(s, f, c, b, shorts, floats, chars, bytes))
          .result();
      assertEquals(42, s.get());
      assertEquals(2.5f, f.get());
      assertEquals('Q', c.get());
      assertEquals(-1, b.get());
      assertEquals(255, Byte.toUnsignedInt(b.get()), "Python's 'B'");
      assertArrayEquals(new short[] {-2, 3, -2, 3}, shorts.toArray());
      assertArrayEquals(new float[] {0, 1.5f, 2.5f}, floats.toArray());
      assertEquals("hey", new String(chars.toArray()));
      assertArrayEquals(new byte[] {0, -1, -128}, bytes.toArray());
    }
  }

  @Test
  @Timeout(60)
  void rawObjectsCrossAsRaw() {
    try (SharedIntArray ints = SharedIntArray.createRaw(3);
        SharedDouble value = SharedDouble.createRaw(1.0)) {
      String said = SHM.started(SharedTypesWorkersProcesses.useRaw(ints, value)).result();
      assertEquals("raw=true,true IllegalStateException", said);
      assertArrayEquals(new int[] {4, 5, 6}, ints.toArray());
      assertEquals(1.5, value.get());
    }
  }

  @Test
  @Timeout(60)
  void aSliceWriteWaitsForTheArraysLock() throws Exception {
    try (SharedIntArray ints = SharedIntArray.create(4);
        ProcessEvent started = ProcessEvent.create()) {
      ChildProcess<Void> writer;
      ints.lock().lock();
      try {
        writer = SHM.started(SharedTypesWorkersProcesses.writeSlice(ints, started));
        assertTrue(started.waitFor(Duration.ofSeconds(20)));
        Thread.sleep(300);
        assertArrayEquals(new int[4], ints.toArray(), "the slice waits while the lock is held");
        assertTrue(writer.isAlive());
      } finally {
        ints.lock().unlock();
      }
      writer.result();
      assertArrayEquals(new int[] {0, 7, 8, 9}, ints.toArray());
    }
  }
}
