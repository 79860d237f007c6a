package io.github.multiproc.cluster.manager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.multiproc.Multiproc;
import io.github.multiproc.Namespace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The cluster dict and namespace against CPython's manager tests ({@code test_dict},
 * {@code test_dict_proxy_nested}, {@code test_namespace} of {@code _test_multiprocessing.py}),
 * each object used through managers on different members, plus null values and the HMAC.
 */
@ExtendWith(LoopbackCluster.Extension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ClusterDictTest {
  private static LoopbackCluster cluster;
  private static ClusterManager manager;
  private static ClusterManager onOtherMember;

  @BeforeAll
  static void connect(LoopbackCluster shared) {
    cluster = shared;
    manager = cluster.managerOn(0);
    onOtherMember = cluster.managerOn(1);
  }

  @AfterAll
  static void close() {
    manager.close();
    onOtherMember.close();
  }

  @Test
  void dictHoldsWhatItWasGivenAsPythonsTestDict() {
    ConcurrentMap<Integer, String> d = manager.dict();
    for (int i = 65; i < 70; i++) {
      d.put(i, String.valueOf((char) i));
    }
    Map<Integer, String> expected = new TreeMap<>();
    for (int i = 65; i < 70; i++) {
      expected.put(i, String.valueOf((char) i));
    }
    assertEquals(expected, new TreeMap<>(d), "d.copy()");
    assertEquals(expected.keySet(), new TreeSet<>(d.keySet()), "sorted(d.keys())");
    assertEquals(new ArrayList<>(expected.values()), new ArrayList<>(new TreeSet<>(d.values())));
    assertEquals(5, d.size());
    assertEquals("B", d.remove(66));
    assertFalse(d.containsKey(66));
    assertEquals("A", d.putIfAbsent(65, "a"), "putIfAbsent keeps an existing value");
    assertTrue(d.replace(65, "A", "a"), "replace(k, old, new) compares values");
    assertFalse(d.remove(65, "A"));
    assertEquals("a", d.get(65));
  }

  @Test
  void nullValuesAreKeptAsPythonKeepsNone() {
    ConcurrentMap<String, Object> d = manager.dict();
    d.put("none", null);
    d.put("one", 1);
    assertTrue(d.containsKey("none"), "a null value is a value, not an absent key");
    assertNull(d.get("none"));
    assertEquals(2, d.size());
    assertTrue(d.containsValue(null));
    assertNull(d.putIfAbsent("none", 5), "the key holds null, so putIfAbsent does not store");
    Map<String, Object> copy = new TreeMap<>(d);
    assertTrue(copy.containsKey("none"));
    assertNull(copy.get("none"));
    d.put(null, "null key");
    assertEquals("null key", d.get(null));
  }

  @Test
  void aNestedDictStaysSharedAsPythonsTestDictProxyNested() {
    ConcurrentMap<String, Integer> pets = manager.dict();
    pets.put("ferrets", 2);
    pets.put("hamsters", 4);
    ConcurrentMap<String, Integer> supplies = manager.dict();
    supplies.put("water", 10);
    supplies.put("feed", 3);
    ConcurrentMap<String, Object> d = manager.dict();
    d.put("pets", pets);
    d.put("supplies", supplies);
    assertEquals(10, nested(d, "supplies").get("water"));
    nested(d, "supplies").put("blankets", 5);
    assertEquals(5, supplies.get("blankets"), "d['supplies'] is supplies, not a copy");
    nested(d, "supplies").put("water", 7);
    assertEquals(7, supplies.get("water"));
    ConcurrentMap<String, Object> crossed = nested(Crossing.roundTrip(d));
    assertEquals(2, nested(crossed, "pets").get("ferrets"), "a reference reaches the same dict");
    d.clear();
    assertEquals(0, d.size());
    assertEquals(7, supplies.get("water"), "clearing d leaves the dicts it held");
    List<Object> l = manager.list(List.of(pets, supplies));
    nested(l.get(0)).put("marmots", 1);
    assertEquals(1, pets.get("marmots"));
    List<Object> outer = manager.list(List.of(List.of(88, 99), l));
    assertInstanceOf(ArrayList.class, outer.get(0), "a plain list is stored as a copy");
    @SuppressWarnings("unchecked")
    List<Object> inner = (List<Object>) outer.get(1);
    assertEquals(3, nested(inner.get(1)).get("feed"));
  }

  @SuppressWarnings("unchecked")
  private static ConcurrentMap<String, Object> nested(Map<String, Object> d, String key) {
    return (ConcurrentMap<String, Object>) d.get(key);
  }

  @SuppressWarnings("unchecked")
  private static ConcurrentMap<String, Object> nested(Object d) {
    return (ConcurrentMap<String, Object>) d;
  }

  @Test
  void namespaceAsPythonsTestNamespace() {
    Namespace n = manager.namespace();
    n.set("name", "Bob");
    n.set("job", "Builder");
    n.set("_hidden", "hidden");
    assertEquals("Bob", n.get("name"));
    assertEquals("Builder", n.get("job"));
    assertEquals("Builder", n.remove("job"));
    assertEquals("Namespace(name=Bob)", n.toString());
    assertTrue(n.contains("name"));
    assertFalse(n.contains("job"));
    n.set("nothing", null);
    assertTrue(n.contains("nothing"), "an attribute set to None is set");
  }

  @Test
  void namedObjectsMeetAcrossMembers() {
    ConcurrentMap<String, Integer> here = manager.dict("meeting");
    here.put("a", 1);
    ConcurrentMap<String, Integer> there = onOtherMember.dict("meeting");
    assertEquals(1, there.get("a"));
    there.clear();
  }

  @Test
  void aValueSealedWithAnotherAuthkeyIsRefused() {
    ConcurrentMap<String, String> mine = manager.dict("sealed");
    mine.put("k", "v");
    ClusterManager stranger =
        ClusterManager.over(cluster.member(2), cluster.name, Multiproc.randomAuthkey());
    ConcurrentMap<String, String> theirs = stranger.dict("sealed");
    assertNull(theirs.get("k"), "another authkey seals the key differently: no entry matches");
    theirs.put("k2", "forged");
    SecurityException refused =
        assertThrows(SecurityException.class, () -> new ArrayList<>(mine.values()));
    assertTrue(refused.getMessage().contains("HMAC"), refused.getMessage());
    mine.clear();
  }
}
