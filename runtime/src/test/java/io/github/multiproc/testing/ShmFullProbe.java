package io.github.multiproc.testing;

import io.github.multiproc.SharedMemory;
import java.nio.ByteBuffer;

/**
 * Run in a JVM whose {@code /dev/shm} is a small tmpfs (see {@code LaunchEnvironmentTest}):
 * creates a segment of {@code args[0]} bytes and writes every page of it, then prints what
 * happened on one line: {@code created} or {@code refused: <message>}.
 */
public final class ShmFullProbe {
  private ShmFullProbe() {}

  public static void main(String[] args) {
    int size = Integer.parseInt(args[0]);
    try (SharedMemory memory = SharedMemory.create(size)) {
      ByteBuffer buffer = memory.buffer();
      for (int i = 0; i < size; i += 4096) {
        buffer.put(i, (byte) 1);
      }
      System.out.println("created");
    } catch (RuntimeException e) {
      System.out.println("refused: " + e.getMessage());
    }
  }
}
