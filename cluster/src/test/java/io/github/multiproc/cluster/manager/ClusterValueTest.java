package io.github.multiproc.cluster.manager;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.internal.serialization.Data;
import com.hazelcast.internal.serialization.SerializationService;
import com.hazelcast.spi.impl.SerializationServiceSupport;
import io.github.multiproc.ManagedValue;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The cluster value against CPython's {@code _TestValue.test_value} of
 * {@code _test_multiprocessing.py}, and increments from several members and a client at once.
 */
@ExtendWith(LoopbackCluster.Extension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ClusterValueTest {
  private static LoopbackCluster cluster;
  private static final List<ClusterManager> managers = new ArrayList<>();

  @BeforeAll
  static void connect(LoopbackCluster shared) {
    cluster = shared;
    for (int i = 0; i < 3; i++) {
      managers.add(cluster.managerOn(i));
    }
    managers.add(ClusterManager.over(cluster.newClient(), cluster.name, cluster.authkey));
  }

  @AfterAll
  static void close() {
    managers.forEach(ClusterManager::close);
  }

  @Test
  void valueAsPythonsTestValue() throws Exception {
    Object[][] codesAndValues = {{10, 20}, {-2, 3}, {1.25, -0.5}, {'x', 'y'}, {"s", null}};
    for (Object[] pair : codesAndValues) {
      ManagedValue<Object> v = managers.get(0).value(pair[0]);
      assertEquals(pair[0], v.get());
      @SuppressWarnings("unchecked")
      ManagedValue<Object> inChild = (ManagedValue<Object>) Crossing.roundTrip(v);
      CompletableFuture.runAsync(() -> inChild.set(pair[1])).get(30, TimeUnit.SECONDS);
      assertEquals(pair[1], v.get(), "sv.value == cv[2]");
    }
  }

  @Test
  void concurrentIncrementsFromMembersAndAClientGiveTheExactSum() throws Exception {
    String name = "counter-" + java.util.UUID.randomUUID();
    ClusterValue<Integer> counter = managers.get(0).value(name, 0);
    int perThread = 50;
    int threadsPerManager = 2;
    ExecutorService threads = Executors.newFixedThreadPool(managers.size() * threadsPerManager);
    try {
      List<CompletableFuture<Void>> done = new ArrayList<>();
      for (ClusterManager manager : managers) {
        ClusterValue<Integer> mine = manager.value(name, -1); // -1 only if it did not exist
        for (int t = 0; t < threadsPerManager; t++) {
          done.add(
              CompletableFuture.runAsync(
                  () -> {
                    for (int i = 0; i < perThread; i++) {
                      mine.updateAndGet(n -> n + 1);
                    }
                  },
                  threads));
        }
      }
      CompletableFuture.allOf(done.toArray(new CompletableFuture<?>[0])).get(45, TimeUnit.SECONDS);
    } finally {
      threads.shutdownNow();
    }
    assertEquals(managers.size() * threadsPerManager * perThread, counter.get());
  }

  @Test
  void compareAndSetComparesEncodings() {
    ClusterValue<String> v = managers.get(1).value("a");
    assertTrue(v.compareAndSet("a", "b"));
    assertFalse(v.compareAndSet("a", "c"));
    assertEquals("b", v.get());
    assertTrue(v.compareAndSet("b", null));
    assertNull(v.get());
  }

  @Test
  void theEntryProcessorCrossesWithOurSerializerNotHazelcastsReflection() {
    CompareAndSetEntry entry = new CompareAndSetEntry(new byte[] {1}, new byte[] {2, 3});
    for (HazelcastInstance instance : List.of(cluster.member(0), cluster.newClient())) {
      SerializationService serialization =
          ((SerializationServiceSupport) instance).getSerializationService();
      Data data = serialization.toData(entry);
      assertEquals(
          CompareAndSetEntrySerializer.TYPE_ID,
          data.getType(),
          "not Hazelcast's zero-config Compact, whose bytes name the class to build");
      CompareAndSetEntry back = serialization.toObject(data);
      assertArrayEquals(new byte[] {2, 3}, back.update());
    }
  }

  @Test
  void aValueOfAClosedManagerIsGone() {
    ClusterManager shortLived = cluster.managerOn(0);
    ClusterValue<Integer> v = shortLived.value(1);
    shortLived.close();
    IllegalStateException gone = assertThrows(IllegalStateException.class, v::get);
    assertTrue(gone.getMessage().contains("closed"), gone.getMessage());
  }
}
