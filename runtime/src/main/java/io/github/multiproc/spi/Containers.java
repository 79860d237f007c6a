package io.github.multiproc.spi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;

/**
 * Makers of the collections and maps that decoded values fill, given the number of elements to
 * come: the last argument of {@link Codecs#collection} and {@link Codecs#map(Codec, Codec,
 * IntFunction)} in generated code. No Python counterpart: pickle rebuilds a container from its
 * class.
 *
 * <p>Each maker is a class, never a lambda or a constructor reference. Generated code builds these
 * codecs in every child that decodes an argument, and the first lambda a JVM links sets up
 * {@code java.lang.invoke}: a spawned child whose argument was a {@code SortedSet<String>} took
 * ~10 ms longer to start and join than one whose argument was an {@code int} (JDK 17).
 */
public final class Containers {
  private Containers() {}

  /** An {@link ArrayList} with room for the elements. */
  @SuppressWarnings("unchecked")
  public static <E> IntFunction<ArrayList<E>> arrayList() {
    return (IntFunction<ArrayList<E>>) (IntFunction<?>) NewArrayList.INSTANCE;
  }

  /** A {@link LinkedList}. */
  @SuppressWarnings("unchecked")
  public static <E> IntFunction<LinkedList<E>> linkedList() {
    return (IntFunction<LinkedList<E>>) (IntFunction<?>) NewLinkedList.INSTANCE;
  }

  /** A {@link HashSet} that holds the elements without growing. */
  @SuppressWarnings("unchecked")
  public static <E> IntFunction<HashSet<E>> hashSet() {
    return (IntFunction<HashSet<E>>) (IntFunction<?>) NewHashSet.INSTANCE;
  }

  /** A {@link LinkedHashSet} that holds the elements without growing. */
  @SuppressWarnings("unchecked")
  public static <E> IntFunction<LinkedHashSet<E>> linkedHashSet() {
    return (IntFunction<LinkedHashSet<E>>) (IntFunction<?>) NewLinkedHashSet.INSTANCE;
  }

  /** A {@link TreeSet} in its elements' natural order. */
  @SuppressWarnings("unchecked")
  public static <E> IntFunction<TreeSet<E>> treeSet() {
    return (IntFunction<TreeSet<E>>) (IntFunction<?>) NewTreeSet.INSTANCE;
  }

  /** A {@link HashMap} that holds the entries without growing. */
  @SuppressWarnings("unchecked")
  public static <K, V> IntFunction<HashMap<K, V>> hashMap() {
    return (IntFunction<HashMap<K, V>>) (IntFunction<?>) NewHashMap.INSTANCE;
  }

  /** A {@link LinkedHashMap} that holds the entries without growing. */
  @SuppressWarnings("unchecked")
  public static <K, V> IntFunction<LinkedHashMap<K, V>> linkedHashMap() {
    return (IntFunction<LinkedHashMap<K, V>>) (IntFunction<?>) NewLinkedHashMap.INSTANCE;
  }

  /** A {@link TreeMap} in its keys' natural order. */
  @SuppressWarnings("unchecked")
  public static <K, V> IntFunction<TreeMap<K, V>> treeMap() {
    return (IntFunction<TreeMap<K, V>>) (IntFunction<?>) NewTreeMap.INSTANCE;
  }

  /** A {@link ConcurrentHashMap} that holds the entries without growing (it sizes for a count). */
  @SuppressWarnings("unchecked")
  public static <K, V> IntFunction<ConcurrentHashMap<K, V>> concurrentHashMap() {
    return (IntFunction<ConcurrentHashMap<K, V>>) (IntFunction<?>) NewConcurrentHashMap.INSTANCE;
  }

  /** The capacity of a hash table that holds {@code size} entries at the default load factor. */
  private static int hashCapacity(int size) {
    return (int) Math.min(1 << 30, size / 0.75 + 1);
  }

  // One stateless instance per kind, made raw so that one serves every element type.

  private enum NewArrayList implements IntFunction<ArrayList<Object>> {
    INSTANCE;

    @Override
    public ArrayList<Object> apply(int size) {
      return new ArrayList<>(size);
    }
  }

  private enum NewLinkedList implements IntFunction<LinkedList<Object>> {
    INSTANCE;

    @Override
    public LinkedList<Object> apply(int size) {
      return new LinkedList<>();
    }
  }

  private enum NewHashSet implements IntFunction<HashSet<Object>> {
    INSTANCE;

    @Override
    public HashSet<Object> apply(int size) {
      return new HashSet<>(hashCapacity(size));
    }
  }

  private enum NewLinkedHashSet implements IntFunction<LinkedHashSet<Object>> {
    INSTANCE;

    @Override
    public LinkedHashSet<Object> apply(int size) {
      return new LinkedHashSet<>(hashCapacity(size));
    }
  }

  private enum NewTreeSet implements IntFunction<TreeSet<Object>> {
    INSTANCE;

    @Override
    public TreeSet<Object> apply(int size) {
      return new TreeSet<>();
    }
  }

  private enum NewHashMap implements IntFunction<HashMap<Object, Object>> {
    INSTANCE;

    @Override
    public HashMap<Object, Object> apply(int size) {
      return new HashMap<>(hashCapacity(size));
    }
  }

  private enum NewLinkedHashMap implements IntFunction<LinkedHashMap<Object, Object>> {
    INSTANCE;

    @Override
    public LinkedHashMap<Object, Object> apply(int size) {
      return new LinkedHashMap<>(hashCapacity(size));
    }
  }

  private enum NewTreeMap implements IntFunction<TreeMap<Object, Object>> {
    INSTANCE;

    @Override
    public TreeMap<Object, Object> apply(int size) {
      return new TreeMap<>();
    }
  }

  private enum NewConcurrentHashMap implements IntFunction<ConcurrentHashMap<Object, Object>> {
    INSTANCE;

    @Override
    public ConcurrentHashMap<Object, Object> apply(int size) {
      return new ConcurrentHashMap<>(size);
    }
  }
}
