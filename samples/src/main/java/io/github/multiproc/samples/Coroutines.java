package io.github.multiproc.samples;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Seed 004 "协程" (coroutines): the JVM's answer to {@code gevent} and {@code greenlet} is virtual
 * threads.
 *
 * <p>The note has no code. It says that the OS schedules threads and processes, while coroutines
 * are scheduled by the program: one thread split into many "micro-threads", worth it when a program
 * spends its time waiting for I/O, and that Python programs use {@code gevent} (built on
 * {@code greenlet}) for them. Since JDK 21 a Java program gets the same from virtual threads:
 * cheap threads the JDK runs on a few carrier threads, parking a virtual thread while it waits
 * (for a socket, a lock, a sleep) and running another on the same carrier. Unlike coroutines they
 * need no {@code yield} or {@code await} in the code: ordinary blocking code is the coroutine.
 *
 * <p>The port starts {@value #TASKS} tasks that each wait {@value #WAIT_MILLIS} ms for "I/O" (a
 * sleep), one virtual thread per task, and reports how long they took together: about the wait of
 * one, not of ten thousand. Ten thousand platform threads would be ten thousand OS threads.
 *
 * <p>multiproc is built with {@code --release 17}, so the sample finds virtual threads at run time
 * ({@code Executors.newVirtualThreadPerTaskExecutor} through a method handle) and, on JDK 17-20,
 * says plainly that they need JDK 21 or later.
 */
public final class Coroutines {
  static final int TASKS = 10_000;
  static final int WAIT_MILLIS = 100;

  /** {@code Thread::isVirtual}, or a constant false on a JDK without it. */
  private static final MethodHandle IS_VIRTUAL = findIsVirtual();

  private Coroutines() {}

  /** Runs the tasks on virtual threads, or says why it cannot. */
  public static void main(String[] args) throws InterruptedException {
    Optional<ExecutorService> virtualThreads = newVirtualThreadPerTaskExecutor();
    if (virtualThreads.isEmpty()) {
      System.out.println(
          "virtual threads (the JVM's coroutines) need JDK 21 or later; this is JDK "
              + Runtime.version());
      return;
    }
    AtomicInteger done = new AtomicInteger();
    AtomicInteger onVirtualThreads = new AtomicInteger();
    long start = System.nanoTime();
    ExecutorService executor = virtualThreads.get();
    for (int i = 0; i < TASKS; i++) {
      executor.execute(
          () -> {
            if (isVirtual(Thread.currentThread())) {
              onVirtualThreads.incrementAndGet();
            }
            try {
              Thread.sleep(WAIT_MILLIS); // waiting for I/O: the carrier thread runs other tasks
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              return;
            }
            done.incrementAndGet();
          });
    }
    executor.shutdown();
    if (!executor.awaitTermination(60, TimeUnit.SECONDS)) {
      throw new IllegalStateException("virtual threads still running after 60 s");
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.println(
        TASKS + " tasks, each waiting " + WAIT_MILLIS + " ms for I/O, one virtual thread each");
    System.out.printf(
        Locale.ROOT,
        "%d done in %.2f s, %d of them on a virtual thread%n",
        done.get(),
        seconds,
        onVirtualThreads.get());
  }

  /**
   * {@code Executors.newVirtualThreadPerTaskExecutor()} when this JDK has virtual threads: it does
   * from JDK 21 (in 19 and 20 they are a preview feature, which refuses to run unless enabled).
   */
  static Optional<ExecutorService> newVirtualThreadPerTaskExecutor() {
    MethodHandle factory;
    try {
      factory =
          MethodHandles.publicLookup()
              .findStatic(
                  Executors.class,
                  "newVirtualThreadPerTaskExecutor",
                  MethodType.methodType(ExecutorService.class));
    } catch (NoSuchMethodException | IllegalAccessException e) {
      return Optional.empty();
    }
    try {
      return Optional.of((ExecutorService) factory.invoke());
    } catch (UnsupportedOperationException e) {
      return Optional.empty(); // JDK 19/20 without --enable-preview
    } catch (Throwable e) {
      throw new IllegalStateException("newVirtualThreadPerTaskExecutor failed", e);
    }
  }

  /** {@code thread.isVirtual()}, found at run time; false on a JDK without virtual threads. */
  private static boolean isVirtual(Thread thread) {
    try {
      return (boolean) IS_VIRTUAL.invokeExact(thread);
    } catch (Throwable e) {
      throw new IllegalStateException("Thread.isVirtual failed", e);
    }
  }

  private static MethodHandle findIsVirtual() {
    try {
      return MethodHandles.publicLookup()
          .findVirtual(Thread.class, "isVirtual", MethodType.methodType(boolean.class));
    } catch (NoSuchMethodException | IllegalAccessException e) {
      return MethodHandles.dropArguments(
          MethodHandles.constant(boolean.class, false), 0, Thread.class);
    }
  }
}
