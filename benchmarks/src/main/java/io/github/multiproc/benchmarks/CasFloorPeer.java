package io.github.multiproc.benchmarks;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The child JVM of the lock and shared-value floor: increments one counter in a mapped file N
 * times with a {@link VarHandle} compare-and-set loop, racing a second such JVM; no multiproc.
 * The two meet at a barrier in the file first and each writes its own start and end times there,
 * so that the parent times the contended loops alone.
 */
public final class CasFloorPeer {
  /** The counter both increment. */
  static final int COUNTER = 0;

  /** How many peers have arrived at the barrier. */
  static final int ARRIVED = 8;

  /** {@code System.nanoTime()} when peer i left the barrier, at {@code STARTS + 8 * i}. */
  static final int STARTS = 16;

  /** {@code System.nanoTime()} when peer i finished, at {@code ENDS + 8 * i}. */
  static final int ENDS = 32;

  /** The file's size. */
  static final int FILE_BYTES = 64;

  /** How many peers race. */
  static final int PEERS = 2;

  static final VarHandle LONGS =
      MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.nativeOrder());

  private CasFloorPeer() {}

  /** {@code FILE INDEX N}: peer INDEX (0 or 1) of a file of {@link #FILE_BYTES}. */
  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      throw new IllegalArgumentException("usage: CasFloorPeer FILE INDEX N");
    }
    int index = Integer.parseInt(args[1]);
    int n = Integer.parseInt(args[2]);
    MappedByteBuffer map = map(Path.of(args[0]));
    LONGS.getAndAdd(map, ARRIVED, 1L);
    while ((long) LONGS.getVolatile(map, ARRIVED) < PEERS) {
      Thread.onSpinWait();
    }
    LONGS.setVolatile(map, STARTS + 8 * index, System.nanoTime());
    for (int i = 0; i < n; i++) {
      long v;
      do {
        v = (long) LONGS.getVolatile(map, COUNTER);
      } while (!LONGS.compareAndSet(map, COUNTER, v, v + 1));
    }
    LONGS.setVolatile(map, ENDS + 8 * index, System.nanoTime());
  }

  /** The shared file mapped read-write; the mapping outlives the channel. */
  static MappedByteBuffer map(Path file) throws IOException {
    try (FileChannel ch =
        FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      return ch.map(FileChannel.MapMode.READ_WRITE, 0, FILE_BYTES);
    }
  }
}
