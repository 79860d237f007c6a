package io.github.multiproc.wire;

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
 * <p>The makers are constants of one enum, never lambdas or constructor references. Generated
 * code builds these codecs in every child that decodes an argument, and the first lambda a JVM
 * links sets up {@code java.lang.invoke}: a spawned child whose argument was a
 * {@code SortedSet<String>} took ~10 ms longer to start and join than one whose argument was an
 * {@code int} (JDK 17).
 */
public final class Containers {
  private Containers() {}

  /** An {@link ArrayList} with room for the elements. */
  public static <E> IntFunction<ArrayList<E>> arrayList() {
    return typed(Maker.ARRAY_LIST);
  }

  /** A {@link LinkedList}. */
  public static <E> IntFunction<LinkedList<E>> linkedList() {
    return typed(Maker.LINKED_LIST);
  }

  /** A {@link HashSet} that holds the elements without growing. */
  public static <E> IntFunction<HashSet<E>> hashSet() {
    return typed(Maker.HASH_SET);
  }

  /** A {@link LinkedHashSet} that holds the elements without growing. */
  public static <E> IntFunction<LinkedHashSet<E>> linkedHashSet() {
    return typed(Maker.LINKED_HASH_SET);
  }

  /** A {@link TreeSet} in its elements' natural order. */
  public static <E> IntFunction<TreeSet<E>> treeSet() {
    return typed(Maker.TREE_SET);
  }

  /** A {@link HashMap} that holds the entries without growing. */
  public static <K, V> IntFunction<HashMap<K, V>> hashMap() {
    return typed(Maker.HASH_MAP);
  }

  /** A {@link LinkedHashMap} that holds the entries without growing. */
  public static <K, V> IntFunction<LinkedHashMap<K, V>> linkedHashMap() {
    return typed(Maker.LINKED_HASH_MAP);
  }

  /** A {@link TreeMap} in its keys' natural order. */
  public static <K, V> IntFunction<TreeMap<K, V>> treeMap() {
    return typed(Maker.TREE_MAP);
  }

  /** A {@link ConcurrentHashMap} that holds the entries without growing. */
  public static <K, V> IntFunction<ConcurrentHashMap<K, V>> concurrentHashMap() {
    return typed(Maker.CONCURRENT_HASH_MAP);
  }

  /** A maker serves every element type: its type arguments are only for javac. */
  @SuppressWarnings("unchecked")
  private static <C> IntFunction<C> typed(IntFunction<?> maker) {
    return (IntFunction<C>) maker;
  }

  /** The capacity of a hash table that holds {@code size} entries at the default load factor. */
  private static int hashCapacity(int size) {
    return (int) Math.min(1 << 30, size / 0.75 + 1);
  }

  /** The makers: one class for them all, so a child loads one class, not one per kind. */
  private enum Maker implements IntFunction<Object> {
    ARRAY_LIST,
    LINKED_LIST,
    HASH_SET,
    LINKED_HASH_SET,
    TREE_SET,
    HASH_MAP,
    LINKED_HASH_MAP,
    TREE_MAP,
    CONCURRENT_HASH_MAP;

    @Override
    public Object apply(int size) {
      switch (this) {
        case ARRAY_LIST:
          return new ArrayList<>(size);
        case LINKED_LIST:
          return new LinkedList<>();
        case HASH_SET:
          return new HashSet<>(hashCapacity(size));
        case LINKED_HASH_SET:
          return new LinkedHashSet<>(hashCapacity(size));
        case TREE_SET:
          return new TreeSet<>();
        case HASH_MAP:
          return new HashMap<>(hashCapacity(size));
        case LINKED_HASH_MAP:
          return new LinkedHashMap<>(hashCapacity(size));
        case TREE_MAP:
          return new TreeMap<>();
        case CONCURRENT_HASH_MAP:
          return new ConcurrentHashMap<>(size); // it sizes its table for a count itself
        default:
          throw new AssertionError(this);
      }
    }
  }
}
