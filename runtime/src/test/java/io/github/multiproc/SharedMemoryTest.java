package io.github.multiproc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.multiproc.internal.shm.Segments;
import io.github.multiproc.spi.SharedMemoryHandles;
import io.github.multiproc.spi.SyncHandles;
import io.github.multiproc.testing.ShmTestExtension;
import io.github.multiproc.testing.ShmWorkersProcesses;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Shared values, arrays and named blocks, their handles, and the /dev/shm clean-up. */
class SharedMemoryTest {
  @RegisterExtension static final ShmTestExtension SHM = new ShmTestExtension();

  @Test
  void valuesAreAtomic() {
    try (SharedInt i = SharedInt.create(5);
        SharedLong l = SharedLong.create(Long.MAX_VALUE - 1);
        SharedDouble d = SharedDouble.create(1.5)) {
      assertEquals(5, i.getAndAdd(2));
      assertEquals(8, i.incrementAndGet());
      assertTrue(i.compareAndSet(8, 1));
      assertFalse(i.compareAndSet(8, 2));
      assertEquals(1, i.getAndSet(3));
      assertEquals(Long.MAX_VALUE, l.incrementAndGet());
      assertEquals(2.0, d.addAndGet(0.5));
      assertTrue(d.compareAndSet(2.0, -1.0));
      assertEquals(-1.0, d.get());
      assertEquals(3, SharedInt.attach(i.name()).get(), "a second mapping sees the same memory");
    }
  }

  @Test
  void arraysAreBoundsCheckedAndAtomic() {
    try (SharedIntArray ints = SharedIntArray.of(1, 2, 3);
        SharedLongArray longs = SharedLongArray.create(2);
        SharedDoubleArray doubles = SharedDoubleArray.of(0.25, 0.5);
        SharedByteArray bytes = SharedByteArray.of((byte) 1, (byte) 2)) {
      assertEquals(3, ints.length());
      assertEquals(12, ints.addAndGet(2, 9));
      assertTrue(ints.compareAndSet(0, 1, 10));
      assertArrayEquals(new int[] {10, 2, 12}, ints.toArray());
      assertThrows(IndexOutOfBoundsException.class, () -> ints.get(3));
      assertEquals(0, longs.getAndAdd(1, 4));
      assertArrayEquals(new long[] {0, 4}, longs.toArray());
      assertEquals(0.5, doubles.getAndAdd(1, 1.0));
      assertArrayEquals(new double[] {0.25, 1.5}, doubles.toArray());
      bytes.set(1, (byte) 7);
      assertArrayEquals(new byte[] {1, 7}, bytes.toArray());
      assertThrows(IndexOutOfBoundsException.class, () -> bytes.set(-1, (byte) 0));
      assertThrows(
          IllegalStateException.class,
          () -> SharedLongArray.attach(ints.name()),
          "a handle naming another kind fails clearly");
    }
  }

  @Test
  @Timeout(60)
  void everyHandleWorksInAChild() {
    try (SharedLong along = SharedLong.create(10);
        SharedDouble adouble = SharedDouble.create(1.0);
        SharedLongArray longs = SharedLongArray.create(3);
        SharedDoubleArray doubles = SharedDoubleArray.of(0, 0, 1.25);
        SharedByteArray bytes = SharedByteArray.create(4);
        SharedMemory memory = SharedMemory.create(16);
        ProcessLock lock = ProcessLock.create()) {
      memory.buffer().putInt(0, 41);
      SHM.started(
              ShmWorkersProcesses.mutateAll(along, adouble, longs, doubles, bytes, memory, lock))
          .result();
      assertEquals(15, along.get());
      assertEquals(1.5, adouble.get());
      assertArrayEquals(new long[] {0, 7, 0}, longs.toArray());
      assertEquals(2.5, doubles.get(2));
      assertEquals(1, bytes.get(3));
      assertEquals(42, memory.buffer().getInt(4));
      assertFalse(lock.isLocked());
    }
  }

  @Test
  void handleCodecsCarryNamesAndRefuseForeignObjects() {
    try (ProcessLock lock = ProcessLock.create();
        ReentrantProcessLock rlock = ReentrantProcessLock.create();
        SharedInt value = SharedInt.create(3)) {
      WireOutput out = new WireOutput(64);
      SyncHandles.ANY_LOCK.encode(out, lock);
      SyncHandles.ANY_LOCK.encode(out, value.lock());
      SyncHandles.ANY_LOCK.encode(out, null);
      SharedMemoryHandles.SHARED_INT.encode(out, value);
      WireInput in = new WireInput(out.toByteArray());
      assertEquals(lock.name(), ((ProcessLock) SyncHandles.ANY_LOCK.decode(in)).name());
      ReentrantProcessLock valueLock = (ReentrantProcessLock) SyncHandles.ANY_LOCK.decode(in);
      assertEquals(null, SyncHandles.ANY_LOCK.decode(in));
      assertEquals(3, SharedMemoryHandles.SHARED_INT.decode(in).get());
      in.requireFullyRead();
      valueLock.lock();
      try {
        assertTrue(value.lock().isHeldByCurrentThread(), "same lock word");
      } finally {
        valueLock.unlock();
      }
      assertThrows(
          IllegalArgumentException.class,
          () -> SyncHandles.ANY_LOCK.encode(new WireOutput(8), new ReentrantLock()));
      assertNotEquals(lock.name(), rlock.name());
    }
  }

  @Test
  @Timeout(60)
  void aChildAttachesSharedMemoryByName() throws Exception {
    String name = SHM.chosen("multiproc-test-" + ProcessHandle.current().pid() + "-block");
    try (SharedMemory block = SharedMemory.create(name, 1000)) {
      assertEquals(name, block.name());
      assertEquals(1000, block.size());
      assertTrue(block.isOwner());
      ByteBuffer buffer = block.buffer();
      for (int i = 0; i < 1000; i++) {
        buffer.put(i, (byte) (i * 7));
      }
      assertThrows(
          IllegalStateException.class, () -> SharedMemory.create(name, 10), "the name is taken");
      byte[] seen = SHM.started(ShmWorkersProcesses.readMemory(name, 1000)).result();
      for (int i = 1; i < 1000; i++) {
        assertEquals((byte) (i * 7), seen[i], "byte " + i);
      }
      assertEquals(0, seen[0]);
      assertEquals((byte) -1, block.buffer().get(0), "the child's write");
    }
    assertFalse(Files.exists(Segments.directory().resolve(name)), "the owner's close unlinks");
    assertThrows(IllegalStateException.class, () -> SharedMemory.attach(name));
  }

  @Test
  @Timeout(60)
  void unlinkTwiceFailsAsPythonsFileNotFoundError() throws Exception {
    try (SharedMemory block = SharedMemory.create(64)) {
      assertEquals(
          "unlinked, then " + IllegalStateException.class.getName(),
          SHM.started(ShmWorkersProcesses.unlinkTwice(block)).result());
      assertFalse(Files.exists(Segments.directory().resolve(block.name())));
      IllegalStateException e =
          assertThrows(IllegalStateException.class, block::unlink, "the child unlinked it");
      assertTrue(e.getMessage().contains(block.name()), e.getMessage());
      block.buffer().put(0, (byte) 1); // the mapping outlives the name
    }
    SharedMemory owner = SharedMemory.create(64);
    owner.close();
    owner.unlink(); // Python's close(); unlink(): the owner's close removed the name already
    assertThrows(IllegalStateException.class, owner::unlink);
  }

  @Test
  void closeUnlinksOnlyForTheOwner() {
    SharedMemory owner = SharedMemory.create(32);
    SharedMemory other = SharedMemory.attach(owner.name());
    assertFalse(other.isOwner());
    other.close();
    assertThrows(IllegalStateException.class, other::buffer);
    assertTrue(Files.exists(Segments.directory().resolve(owner.name())));
    owner.buffer().put(0, (byte) 9);
    owner.close();
    assertFalse(Files.exists(Segments.directory().resolve(owner.name())));
    assertThrows(IllegalArgumentException.class, () -> SharedMemory.attach("../etc/passwd"));
    assertThrows(IllegalArgumentException.class, () -> SharedMemory.create(0));
  }

  @Test
  @Timeout(60)
  void aKilledOwnersSegmentsAreSweptByTheNextCreator() throws Exception {
    try (ProcessEvent ready = ProcessEvent.create()) {
      ChildProcess<Void> owner = SHM.started(ShmWorkersProcesses.createSegmentAndHang(ready));
      assertTrue(ready.waitFor(Duration.ofSeconds(20)));
      long pid = owner.pid();
      assertEquals(2, countOf(pid), "the child's value and block");
      owner.kill();
      owner.join(Duration.ofSeconds(10));
      assertEquals(2, countOf(pid), "SIGKILL runs no hook");
      ChildProcess<String> next = SHM.started(ShmWorkersProcesses.createSegment());
      String made = next.result();
      assertTrue(made.startsWith(Segments.PREFIX + next.pid() + "-"), made);
      assertEquals(0, countOf(pid), "swept");
      next.join(Duration.ofSeconds(10));
      assertEquals(0, countOf(next.pid()), "close removed one, the exit hook the other");
    }
  }

  @Test
  @Timeout(60)
  void aTerminatedChildsSegmentsGoInTheNextSweep() throws Exception {
    ChildProcess<byte[]> child = SHM.started(ShmWorkersProcesses.readMemory("no-such-block", 1));
    assertThrows(RemoteException.class, child::result, "attaching a missing block fails");
    try (ProcessEvent ready = ProcessEvent.create()) {
      ChildProcess<Void> owner = SHM.started(ShmWorkersProcesses.createSegmentAndHang(ready));
      assertTrue(ready.waitFor(Duration.ofSeconds(20)));
      owner.terminate(); // children run with -Xrs: SIGTERM ends them without shutdown hooks
      owner.join(Duration.ofSeconds(10));
      assertEquals(2, countOf(owner.pid()));
      assertTrue(Segments.sweep() >= 2, "what the top process's exit hook also does");
      assertEquals(0, countOf(owner.pid()));
    }
  }

  private static long countOf(long pid) throws Exception {
    try (var names = Files.list(Segments.directory())) {
      return names
          .filter(p -> p.getFileName().toString().startsWith(Segments.PREFIX + pid + "-"))
          .count();
    }
  }
}
