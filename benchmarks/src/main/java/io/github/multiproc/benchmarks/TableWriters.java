package io.github.multiproc.benchmarks;

import java.util.ArrayList;
import java.util.List;

/** The table as aligned plain text (for the terminal) and as a Markdown table (for the docs). */
final class TableWriters {
  private TableWriters() {}

  /** Columns padded to their widest cell; numbers right-aligned. */
  static String text(ResultTable table) {
    List<List<String>> lines = new ArrayList<>();
    lines.add(ResultTable.HEADER);
    table.rows().forEach(r -> lines.add(ResultTable.cells(r)));
    int cols = ResultTable.HEADER.size();
    int[] width = new int[cols];
    for (List<String> l : lines) {
      for (int c = 0; c < cols; c++) {
        width[c] = Math.max(width[c], l.get(c).length());
      }
    }
    StringBuilder b = new StringBuilder();
    for (List<String> l : lines) {
      for (int c = 0; c < cols; c++) {
        String cell = l.get(c);
        String pad = " ".repeat(width[c] - cell.length());
        b.append(ResultTable.isFigure(c) ? pad + cell : cell + (c == cols - 1 ? "" : pad));
        if (c < cols - 1) {
          b.append("  ");
        }
      }
      b.append('\n');
    }
    return b.toString();
  }

  /** A GitHub-flavoured Markdown table, figures right-aligned. */
  static String markdown(ResultTable table) {
    StringBuilder b = new StringBuilder();
    b.append("| ").append(String.join(" | ", ResultTable.HEADER)).append(" |\n");
    List<String> rule = new ArrayList<>();
    for (int c = 0; c < ResultTable.HEADER.size(); c++) {
      rule.add(ResultTable.isFigure(c) ? "---:" : "---");
    }
    b.append('|').append(String.join("|", rule)).append("|\n");
    for (ResultTable.Row r : table.rows()) {
      List<String> cells = new ArrayList<>(ResultTable.cells(r));
      cells.set(0, "`" + cells.get(0) + "`");
      b.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }
    return b.toString();
  }
}
