package io.github.multiproc.wire;

import static io.github.multiproc.wire.CodecsTest.roundTrip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

class ContainersTest {
  @Test
  void eachMakerMakesAFreshEmptyContainerOfItsClass() {
    Map<IntFunction<?>, Class<?>> makers = new LinkedHashMap<>();
    makers.put(Containers.arrayList(), ArrayList.class);
    makers.put(Containers.linkedList(), LinkedList.class);
    makers.put(Containers.hashSet(), HashSet.class);
    makers.put(Containers.linkedHashSet(), LinkedHashSet.class);
    makers.put(Containers.treeSet(), TreeSet.class);
    makers.put(Containers.hashMap(), HashMap.class);
    makers.put(Containers.linkedHashMap(), LinkedHashMap.class);
    makers.put(Containers.treeMap(), TreeMap.class);
    makers.put(Containers.concurrentHashMap(), ConcurrentHashMap.class);
    makers.forEach(
        (maker, expected) -> {
          Object first = maker.apply(3);
          assertEquals(expected, first.getClass());
          assertNotSame(first, maker.apply(3));
          assertEquals(
              0, first instanceof Map<?, ?> map ? map.size() : ((Collection<?>) first).size());
        });
  }

  @Test
  void codecsDecodeIntoTheDeclaredKindOfContainer() {
    Codec<NavigableSet<String>> sortedSet =
        Codecs.<String, NavigableSet<String>>collection(Codecs.STRING, Containers.treeSet());
    NavigableSet<String> names = roundTrip(sortedSet, new TreeSet<>(List.of("b", "c", "a")));
    assertEquals(TreeSet.class, names.getClass());
    assertEquals(List.of("a", "b", "c"), new ArrayList<>(names));

    Codec<ConcurrentMap<String, Integer>> concurrent =
        Codecs.<String, Integer, ConcurrentMap<String, Integer>>map(
            Codecs.STRING, Codecs.INTEGER, Containers.concurrentHashMap());
    ConcurrentMap<String, Integer> counts =
        roundTrip(concurrent, new ConcurrentHashMap<>(Map.of("x", 1, "y", 2)));
    assertEquals(ConcurrentHashMap.class, counts.getClass());
    assertEquals(Map.of("x", 1, "y", 2), counts);

    Codec<SortedMap<String, List<Integer>>> index =
        Codecs.<String, List<Integer>, SortedMap<String, List<Integer>>>map(
            Codecs.STRING, Codecs.list(Codecs.INTEGER), Containers.treeMap());
    SortedMap<String, List<Integer>> copy =
        roundTrip(index, new TreeMap<>(Map.of("odd", List.of(1, 3), "even", List.of(2))));
    assertEquals(List.of("even", "odd"), new ArrayList<>(copy.keySet()));
    assertFalse(copy.get("odd").isEmpty());
  }
}
