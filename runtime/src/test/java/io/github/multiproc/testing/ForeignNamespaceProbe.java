package io.github.multiproc.testing;

import io.github.multiproc.ProcessBarrier;
import io.github.multiproc.ProcessCondition;
import io.github.multiproc.ReentrantProcessLock;
import io.github.multiproc.internal.hub.PidDirectories;
import io.github.multiproc.internal.shm.Owners;
import io.github.multiproc.internal.shm.Segments;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A JVM that {@code ForeignPidNamespaceTest} starts in a pid namespace of its own: it runs the
 * commands in its arguments, each a word and a name, and prints what came of them.
 * <ul>
 *   <li>{@code try <lock>}: tries the {@code ReentrantProcessLock} for 500 ms, prints
 *       {@code locked <true|false>} (and lets go of a lock it got);
 *   <li>{@code hold <lock>}: locks it, prints {@code holding}, and holds it until stdin ends;
 *   <li>{@code signal <condition>}: signals one waiter, prints {@code signalled <how many>};
 *   <li>{@code await <barrier>}: waits at the barrier (30 s at most), prints {@code passed} or
 *       {@code broken: <why>};
 *   <li>{@code sweep <directory>}: sweeps the segment directory, and the hub and control-FIFO
 *       directories of {@code <directory>}, as a starting multiproc program does.
 * </ul>
 * Last it prints {@code owner <hex>}, its owner number, whose file the test removes: nobody
 * outside its namespace can prove it dead.
 */
public final class ForeignNamespaceProbe {
  private ForeignNamespaceProbe() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    for (int i = 0; i + 1 < args.length; i += 2) {
      String name = args[i + 1];
      switch (args[i]) {
        case "try":
          try (ReentrantProcessLock lock = ReentrantProcessLock.attach(name)) {
            boolean locked = lock.tryLock(500, TimeUnit.MILLISECONDS);
            System.out.println("locked " + locked);
            if (locked) {
              lock.unlock();
            }
          }
          break;
        case "hold":
          try (ReentrantProcessLock lock = ReentrantProcessLock.attach(name)) {
            lock.lock();
            System.out.println("holding");
            System.out.flush();
            System.in.transferTo(java.io.OutputStream.nullOutputStream());
            lock.unlock();
          }
          break;
        case "signal":
          try (ProcessCondition condition = ProcessCondition.attach(name)) {
            condition.lock().lock();
            try {
              System.out.println("signalled " + condition.signal(1));
            } finally {
              condition.lock().unlock();
            }
          }
          break;
        case "await":
          try (ProcessBarrier barrier = ProcessBarrier.attach(name)) {
            barrier.await(Duration.ofSeconds(30));
            System.out.println("passed");
          } catch (BrokenBarrierException | TimeoutException e) {
            System.out.println("broken: " + e);
          }
          break;
        case "sweep":
          Segments.sweep();
          PidDirectories.sweep(Path.of(name), "multiproc-hub-");
          PidDirectories.sweep(Path.of(name), "multiproc-control-");
          break;
        default:
          throw new IllegalArgumentException("unknown probe command " + args[i]);
      }
    }
    System.out.println("owner " + Integer.toHexString(Owners.SELF));
  }
}
