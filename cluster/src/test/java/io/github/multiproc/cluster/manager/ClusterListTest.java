package io.github.multiproc.cluster.manager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The cluster list against CPython's {@code test_list} and {@code test_list_proxy_in_list} of
 * {@code _test_multiprocessing.py}.
 */
@ExtendWith(LoopbackCluster.Extension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ClusterListTest {
  private static ClusterManager manager;

  @BeforeAll
  static void connect(LoopbackCluster cluster) {
    manager = cluster.managerOn(1);
  }

  @AfterAll
  static void close() {
    manager.close();
  }

  private static List<Integer> range(int n) {
    List<Integer> items = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      items.add(i);
    }
    return items;
  }

  @Test
  void listAsPythonsTestList() {
    List<Integer> a = manager.list(range(10));
    assertEquals(range(10), new ArrayList<>(a), "a[:]");
    List<Integer> b = manager.list();
    assertEquals(List.of(), new ArrayList<>(b));
    b.addAll(range(5));
    assertEquals(range(5), new ArrayList<>(b), "b.extend(range(5))");
    assertEquals(2, b.get(2));
    assertEquals(List.of(2, 3, 4), b.subList(2, 5));
    b.addAll(new ArrayList<>(b));
    assertEquals(List.of(0, 1, 2, 3, 4, 0, 1, 2, 3, 4), b, "b *= 2");
    assertEquals(5, b.lastIndexOf(0));
    assertEquals(range(10), a);
    List<Object> f = manager.list(List.of(a));
    a.add(99);
    @SuppressWarnings("unchecked")
    List<Integer> first = (List<Integer>) f.get(0);
    assertEquals(11, first.size(), "f[0] is a, not a copy");
    assertEquals(99, first.get(10));
  }

  @Test
  void indexedChangesAndErrorsAsPythonsList() {
    List<String> l = manager.list(Arrays.asList("a", null, "c"));
    assertNull(l.get(1), "None is an item");
    assertTrue(l.contains(null));
    assertEquals("c", l.set(2, "C"));
    l.add(0, "first");
    assertEquals(List.of("first", "a"), l.subList(0, 2));
    assertEquals("first", l.remove(0));
    assertTrue(l.remove("a"));
    assertFalse(l.remove("absent"));
    assertEquals(Arrays.asList(null, "C"), l);
    assertThrows(IndexOutOfBoundsException.class, () -> l.get(5), "Python's IndexError");
    l.clear();
    assertTrue(l.isEmpty());
  }

  @Test
  void aListCrossesAsAReferenceNotACopy() {
    List<String> l = manager.list(List.of("x"));
    @SuppressWarnings("unchecked")
    List<String> crossed = (List<String>) Crossing.roundTrip(l);
    assertNotSame(l, crossed);
    crossed.add("y");
    assertEquals(List.of("x", "y"), l);
  }
}
