package demo;

import io.github.multiproc.annotation.Daemon;
import io.github.multiproc.annotation.Worker;
import java.util.List;
import java.util.Optional;

public class Shop {
  public enum Color { RED, GREEN }

  public record Item(String name, int quantity, Color color) {}

  public record Order(String id, List<Item> items, Optional<String> note) {}

  @Worker(name = "buyer", jvmArgs = "-Xmx64m")
  static int total(Order order, long[] weights) {
    return order.items().size() + weights.length;
  }

  @Daemon
  public static void watch(String path) {}

  @Worker
  public static Order echo(Order order, int copies, char mark) {
    return order;
  }
}
