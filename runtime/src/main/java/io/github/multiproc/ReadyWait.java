package io.github.multiproc;

import io.github.multiproc.internal.process.RunningChild;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One call of {@link Multiproc#wait} (Python's {@code multiprocessing.connection.wait}), run by the
 * calling thread: it checks every object, and if none is ready, lets each one wake it and sleeps
 * until one does or the time is up.
 *
 * <p>What wakes it: a child's exit (its watcher thread runs the hook), a listener's accept queue
 * (its authentication thread runs the hook), and for a connection a helper thread blocked in
 * {@link Connection#poll(Duration)}, since a message may come by several routes (a socket, the
 * creating JVM's inbox, a read over the hub) and each already blocks until something comes. The
 * helpers are interrupted and joined before this returns, so none outlives the call.
 */
final class ReadyWait {
  private static final Duration FOREVER = Duration.ofNanos(Long.MAX_VALUE);

  private final List<?> objects;
  private final CountDownLatch woken = new CountDownLatch(1);
  private final Runnable wake = woken::countDown;
  private final List<Thread> pollers = new ArrayList<>();
  private final List<Runnable> disarms = new ArrayList<>();

  private ReadyWait(List<?> objects) {
    this.objects = objects;
  }

  /** The objects ready within {@code timeout} (null: no limit), in the order given. */
  static <T> List<T> await(Collection<? extends T> objects, Duration timeout) throws IOException {
    List<T> given = List.copyOf(objects);
    for (T object : given) {
      check(object);
    }
    long deadline = timeout == null ? 0 : System.nanoTime() + Math.max(0, saturatedNanos(timeout));
    while (true) {
      List<T> ready = ready(given);
      long left = deadline - System.nanoTime();
      if (!ready.isEmpty() || (timeout != null && left <= 0)) {
        return ready;
      }
      // Something counted as ready by a hook may be gone again (another thread received the
      // message) before we look: then wait on, as Python's wait does until its timeout.
      new ReadyWait(given).sleep(timeout == null ? FOREVER : Duration.ofNanos(left));
    }
  }

  /** Arms every object's wake-up, sleeps until one fires or {@code timeout} passes, disarms all. */
  private void sleep(Duration timeout) throws IOException {
    try {
      for (Object object : objects) {
        disarms.add(arm(object, timeout));
      }
      woken.await(saturatedNanos(timeout), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted in wait()");
    } finally {
      disarm();
    }
  }

  /** Lets {@code object} wake this wait; returns what undoes that. */
  private Runnable arm(Object object, Duration timeout) {
    if (object instanceof ChildProcess) {
      RunningChild child = ((ChildProcess<?>) object).started("wait on");
      child.whenEnded(wake);
      return () -> child.removeWhenEnded(wake);
    }
    if (object instanceof Listener) {
      Listener listener = (Listener) object;
      listener.whenReady(wake);
      if (listener.isReady()) {
        wake.run(); // a client came between the first look and the hook
      }
      return () -> listener.removeWhenReady(wake);
    }
    Connection<?> connection = (Connection<?>) object;
    Thread poller = new Thread(() -> pollThenWake(connection, timeout), "multiproc-wait");
    poller.setDaemon(true);
    pollers.add(poller);
    poller.start();
    return poller::interrupt;
  }

  private void pollThenWake(Connection<?> connection, Duration timeout) {
    try {
      connection.poll(timeout);
    } catch (IOException | RuntimeException e) {
      // interrupted by disarm(), or the connection failed: the caller's own look says which
    }
    wake.run();
  }

  /** Undoes every {@link #arm}, then waits for the pollers, interrupted, to return. */
  private void disarm() throws InterruptedIOException {
    disarms.forEach(Runnable::run);
    boolean interrupted = false;
    for (Thread poller : pollers) {
      while (true) {
        try {
          poller.join();
          break;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted in wait()");
    }
  }

  private static <T> List<T> ready(List<T> objects) throws IOException {
    List<T> ready = new ArrayList<>();
    for (T object : objects) {
      if (isReady(object)) {
        ready.add(object);
      }
    }
    return ready;
  }

  private static boolean isReady(Object object) throws IOException {
    if (object instanceof ChildProcess) {
      return !((ChildProcess<?>) object).started("wait on").isAlive();
    }
    if (object instanceof Listener) {
      return ((Listener) object).isReady();
    }
    return ((Connection<?>) object).poll();
  }

  private static void check(Object object) {
    if (object instanceof ChildProcess) {
      ((ChildProcess<?>) object).started("wait on");
    } else if (object instanceof Connection) {
      if (((Connection<?>) object).isClosed()) {
        throw new IllegalArgumentException("cannot wait on a closed connection: " + object);
      }
    } else if (!(object instanceof Listener)) {
      throw new IllegalArgumentException(
          "wait() takes Connections, Listeners and ChildProcesses,"
              + " not "
              + (object == null ? "null" : object.getClass().getName()));
    }
  }

  private static long saturatedNanos(Duration timeout) {
    try {
      return timeout.toNanos();
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE;
    }
  }
}
