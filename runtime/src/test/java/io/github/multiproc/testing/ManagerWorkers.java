package io.github.multiproc.testing;

import io.github.multiproc.AuthenticationException;
import io.github.multiproc.ManagedEvent;
import io.github.multiproc.ManagedLock;
import io.github.multiproc.Manager;
import io.github.multiproc.annotation.Worker;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.Lock;

/**
 * The "user code" of the manager tests: workers that get manager proxies as arguments. The
 * processor generates {@code ManagerWorkers_Launcher} and the factories
 * {@code ManagerWorkersProcesses} from it.
 */
public final class ManagerWorkers {
  private ManagerWorkers() {}

  /** Adds 20 entries of its own to the dict and the list. */
  @Worker
  public static void update(Map<Object, Object> d, List<Object> l, int i) {
    for (int k = 0; k < 20; k++) {
      l.add(i * 100 + k);
      d.put(i * 100 + k, "p" + i);
    }
  }

  /** The body of Python's manager example: keys of three types, a null value, one list item. */
  @Worker
  public static void seed(Map<Object, Object> d, List<Object> l) {
    d.put(1, "1");
    d.put("2", 2);
    d.put(0.25, null);
    l.add(1);
  }

  /** Adds to the list that is the value of "inner", a proxy inside a proxy. */
  @Worker
  @SuppressWarnings("unchecked")
  public static void nested(Map<Object, Object> d) {
    ((List<Object>) d.get("inner")).add("from child");
  }

  /** Increments the manager's counter {@code n} times by one. */
  @Worker
  public static void bump(Counter c, int n) {
    for (int k = 0; k < n; k++) {
      c.increment(1);
    }
  }

  /** Waits until the test has killed the manager, then times one call. */
  @Worker
  public static String callAfterDeath(Map<Object, Object> d, String flag)
      throws InterruptedException {
    Path flagFile = Path.of(flag);
    d.put("alive" + ProcessHandle.current().pid(), true);
    while (!Files.exists(flagFile)) {
      Thread.sleep(10);
    }
    long start = System.nanoTime();
    String message;
    try {
      d.get("alive");
      message = "no failure";
    } catch (IllegalStateException e) {
      message = e.getMessage();
    }
    return (System.nanoTime() - start) / 1_000_000 + "ms " + message;
  }

  /**
   * Connects to the manager at host:port and puts {@code count} entries, or says it was refused.
   */
  @Worker
  public static String remote(String host, int port, byte[] key, String tag, int count) {
    try (Manager m = Manager.connect(new InetSocketAddress(host, port), key)) {
      Map<Object, Object> d = m.dict("shared");
      for (int k = 0; k < count; k++) {
        d.put(tag + k, k);
      }
      return "ok";
    } catch (AuthenticationException e) {
      return "refused: " + e.getMessage();
    }
  }

  /** A worker of {@link ManagerTypesWorkers}: {@code job} with its proxies and values. */
  @Worker
  public static String managerTypes(String job, List<Object> handles) throws Exception {
    return ManagerTypesWorkers.run(job, handles);
  }

  /**
   * Takes the manager's lock and keeps it until the test kills this process. Declared as
   * {@code ManagedLock}, which the processor must pass as a proxy although it is a {@code Lock}.
   */
  @Worker
  public static void holdLock(ManagedLock lock, Map<Object, Object> d) throws InterruptedException {
    lock.lock();
    d.put("holding", true);
    Thread.sleep(Long.MAX_VALUE);
  }

  /** Blocks one thread on the event and one on the lock, untimed, until the test kills it. */
  @Worker
  public static void block(Lock lock, ManagedEvent event, Map<Object, Object> d) {
    Thread waiter =
        new Thread(
            () -> {
              try {
                event.waitFor();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    waiter.start();
    d.put("blocking", true);
    lock.lock();
  }
}
