package io.github.multiproc.benchmarks;

import java.util.ArrayList;
import java.util.List;

/**
 * A record with nested lists, the payload of the codec microbenchmark: what a typical message
 * between processes looks like (a few scalars, a list of records, a list of lists).
 *
 * @param id a short string
 * @param customer a number
 * @param lines the order's lines
 * @param matrix a list of lists of numbers
 */
record Order(String id, long customer, List<Line> lines, List<List<Integer>> matrix) {

  /**
   * One line of an order.
   *
   * @param sku a short string
   * @param quantity a number
   * @param price a floating-point number
   * @param tags a list of strings
   */
  record Line(String sku, int quantity, double price, List<String> tags) {}

  /** A deterministic order of {@code lines} lines and a {@code side} x {@code side} matrix. */
  static Order sample(int lines, int side) {
    List<Line> ls = new ArrayList<>();
    for (int i = 0; i < lines; i++) {
      ls.add(new Line("SKU-" + i, i + 1, 9.99 + i, List.of("tag" + i % 3, "red")));
    }
    List<List<Integer>> m = new ArrayList<>();
    for (int r = 0; r < side; r++) {
      List<Integer> row = new ArrayList<>();
      for (int c = 0; c < side; c++) {
        row.add(r * side + c);
      }
      m.add(row);
    }
    return new Order("order-42", 4711L, ls, m);
  }
}
