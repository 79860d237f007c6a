package io.github.multiproc.cluster.manager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.multiproc.ChildProcess;
import io.github.multiproc.Namespace;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Cluster objects handed to a real child JVM through the generated factory of
 * {@link ClusterWorkers}: the child connects a Hazelcast client from the references alone and its
 * changes are seen here.
 */
@ExtendWith(LoopbackCluster.Extension.class)
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class ClusterWorkerTest {
  @Test
  void aChildJvmChangesTheClusterObjectsItWasHanded(LoopbackCluster cluster) throws Exception {
    try (ClusterManager manager = cluster.managerOn(0)) {
      ConcurrentMap<String, Object> d = manager.dict();
      List<String> l = manager.list(List.of("parent"));
      BlockingQueue<String> q = manager.queue();
      Namespace ns = manager.namespace();
      ClusterValue<Integer> v = manager.value(41);
      q.put("task");
      ChildProcess<Long> child = ClusterWorkersProcesses.update(d, l, q, ns, v);
      child.start();
      try {
        assertTrue(child.join(Duration.ofSeconds(60)), "the child ended: its client shut down");
      } finally {
        if (child.isAlive()) {
          child.kill();
          child.join(Duration.ofSeconds(10));
        }
      }
      long childPid = child.result();
      assertNotEquals(ProcessHandle.current().pid(), childPid);
      assertEquals(childPid, d.get("pid"), "the child wrote into this dict");
      assertTrue(d.containsKey("none"));
      assertNull(d.get("none"));
      assertEquals(List.of("parent", "worker"), l);
      assertEquals("task done", q.poll(10, TimeUnit.SECONDS));
      assertEquals("Builder", ns.get("job"));
      assertEquals(42, v.get());
    }
  }
}
