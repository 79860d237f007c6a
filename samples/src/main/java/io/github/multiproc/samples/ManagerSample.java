package io.github.multiproc.samples;

import io.github.multiproc.ChildProcess;
import io.github.multiproc.Manager;
import io.github.multiproc.annotation.Worker;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentMap;

/**
 * Seed 004 "Manager": ten processes update a dict and a list that live in a manager process.
 *
 * <pre>{@code
 * from multiprocessing import Process, Manager
 *
 * def f(d, l):
 *     d[1] = '1'
 *     d['2'] = 2
 *     d[0.25] = None
 *     l.append(1)
 *     print(l)
 *
 * if __name__ == '__main__':
 *     with Manager() as manager:
 *         d = manager.dict()
 *
 *         l = manager.list(range(5))
 *         p_list = []
 *         for i in range(10):
 *             p = Process(target=f, args=(d, l))
 *             p.start()
 *             p_list.append(p)
 *         for res in p_list:
 *             res.join()
 *
 *         print(d)
 *         print(l)
 * }</pre>
 *
 * <p>Python prints {@code {1: '1', '2': 2, 0.25: None}} and
 * {@code [0, 1, 2, 3, 4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]}; this port prints the same content in
 * Java's notation, {@code {1=1, 2=2, 0.25=null}} and the same list. The dict and the list are
 * proxies: every {@code put} and {@code add} is a call to the manager process, so the ten workers
 * and the parent all see one dict and one list. Unlike a {@code ConcurrentHashMap}, the manager's
 * map accepts {@code null} values, as Python's dict accepts {@code None}. Each worker's
 * {@code println(l)} shows the list as it was when that worker read it, so those ten lines vary
 * from run to run as Python's do.
 */
public final class ManagerSample {
  private ManagerSample() {}

  @Worker
  static void f(ConcurrentMap<Object, Object> d, List<Integer> l) {
    d.put(1, "1");
    d.put("2", 2);
    d.put(0.25, null); // a shared map allows null values, as Python's dict allows None
    l.add(1);
    System.out.println(l);
  }

  /** Starts ten processes on one shared dict and list, joins them, and prints both. */
  public static void main(String[] args) throws Exception {
    try (Manager manager = Manager.start()) {
      ConcurrentMap<Object, Object> d = manager.dict();
      List<Integer> l = manager.list(List.of(0, 1, 2, 3, 4));
      List<ChildProcess<Void>> ps = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        ChildProcess<Void> p = ManagerSampleProcesses.f(d, l);
        p.start();
        ps.add(p);
      }
      for (ChildProcess<Void> p : ps) {
        p.join();
      }
      System.out.println(d);
      System.out.println(l);
    }
  }
}
