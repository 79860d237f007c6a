package demo;

import io.github.multiproc.annotation.Worker;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;

public class Shapes {
  public record Pair<A, B>(A first, B second, List<B> more) {}

  public sealed interface Shape permits Circle, Square, Unit {}

  public record Circle(double radius) implements Shape {}

  public record Square(double side, Optional<String> label) implements Shape {}

  public enum Unit implements Shape { POINT }

  public record Tree(String label, List<Tree> children, Map<String, Tree> byName) {}

  @Worker
  public static Pair<String, Tree> describe(
      Shape shape, Pair<String, Integer> pair, SortedMap<String, Set<Integer>> index) {
    return null;
  }

  @Worker
  static double area(List<Shape> shapes, TreeSet<String> names, Shape[] many) {
    return 0;
  }
}
