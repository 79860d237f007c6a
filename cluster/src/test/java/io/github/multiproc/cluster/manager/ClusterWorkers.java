package io.github.multiproc.cluster.manager;

import io.github.multiproc.ManagedValue;
import io.github.multiproc.Namespace;
import io.github.multiproc.annotation.Worker;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

/**
 * A worker declared with the local manager's proxy types only, compiled by the real processor:
 * handed cluster objects, it must change them on the cluster, not copies.
 */
final class ClusterWorkers {
  private ClusterWorkers() {}

  /**
   * Python: {@code def f(d, l, q, ns, v): d['pid'] = os.getpid(); d['none'] = None;
   * l.append('worker'); q.put(q.get() + ' done'); ns.job = 'Builder'; v.value += 1}.
   */
  @Worker
  static long update(
      ConcurrentMap<String, Object> d,
      List<String> l,
      BlockingQueue<String> q,
      Namespace ns,
      ManagedValue<Integer> v)
      throws InterruptedException {
    long pid = ProcessHandle.current().pid();
    d.put("pid", pid);
    d.put("none", null);
    l.add("worker");
    String task = q.poll(30, TimeUnit.SECONDS);
    q.put(task + " done");
    ns.set("job", "Builder");
    v.set(v.get() + 1);
    return pid;
  }
}
