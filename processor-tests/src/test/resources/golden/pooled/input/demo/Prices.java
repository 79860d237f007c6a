package demo;

import io.github.multiproc.annotation.Pooled;
import java.util.List;

public class Prices {
  public record Item(String name, long cents, List<String> tags) {}

  @Pooled
  public static long total(Item item, int quantity) {
    return item.cents() * quantity;
  }
}
