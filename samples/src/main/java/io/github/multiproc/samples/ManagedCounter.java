package io.github.multiproc.samples;

import io.github.multiproc.ChildProcess;
import io.github.multiproc.Manager;
import io.github.multiproc.annotation.Managed;
import io.github.multiproc.annotation.Worker;
import java.util.ArrayList;
import java.util.List;

/**
 * A custom object in a manager, as the seed's Manager section allows beyond its built-in types
 * (Python's {@code BaseManager.register}): four processes increment one counter the manager
 * holds.
 *
 * <pre>{@code
 * from multiprocessing import Process
 * from multiprocessing.managers import BaseManager
 *
 * class Counter:
 *     def __init__(self):
 *         self.n = 0
 *     def increment(self, by):
 *         self.n += by
 *         return self.n
 *     def value(self):
 *         return self.n
 *
 * class MyManager(BaseManager): pass
 * MyManager.register('Counter', Counter)
 *
 * def bump(counter, times):
 *     for _ in range(times):
 *         counter.increment(1)
 *
 * if __name__ == '__main__':
 *     with MyManager() as manager:
 *         counter = manager.Counter()
 *         ps = [Process(target=bump, args=(counter, 100)) for _ in range(4)]
 *         for p in ps: p.start()
 *         for p in ps: p.join()
 *         print(counter.value())      # 400
 * }</pre>
 *
 * <p>{@code @Managed} on the interface takes the place of {@code register}: the processor generates
 * the proxy and the manager's dispatcher, so {@code manager.create(Counter.class)} needs no
 * registration at run time. Each call on the proxy runs in the manager, one at a time per object
 * as Python's manager runs them, so no increment is lost.
 */
public final class ManagedCounter {
  private ManagedCounter() {}

  /** The managed interface: what the proxy offers. */
  @Managed(implementation = CounterImpl.class)
  public interface Counter {
    int increment(int by);

    int value();
  }

  /** The object the manager holds. */
  public static final class CounterImpl implements Counter {
    private int n;

    /** Python's {@code __init__}. */
    public CounterImpl() {}

    @Override
    public synchronized int increment(int by) {
      n += by;
      return n;
    }

    @Override
    public synchronized int value() {
      return n;
    }
  }

  @Worker
  static void bump(Counter counter, int times) {
    for (int i = 0; i < times; i++) {
      counter.increment(1);
    }
  }

  /** Four processes add 100 each to one counter in a manager; the parent prints 400. */
  public static void main(String[] args) throws Exception {
    try (Manager manager = Manager.start()) {
      Counter counter = manager.create(Counter.class);
      List<ChildProcess<Void>> ps = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        ChildProcess<Void> p = ManagedCounterProcesses.bump(counter, 100);
        p.start();
        ps.add(p);
      }
      for (ChildProcess<Void> p : ps) {
        p.join();
      }
      System.out.println(counter.value());
    }
  }
}
