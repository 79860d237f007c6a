package io.github.multiproc.benchmarks;

/**
 * Replaces the text between {@code <!-- benchmark:begin -->} and {@code <!-- benchmark:end -->}
 * in README.md, so that README's figures are always those of a run, never typed by hand.
 */
final class ReadmeSection {
  static final String BEGIN = "<!-- benchmark:begin -->";
  static final String END = "<!-- benchmark:end -->";

  private ReadmeSection() {}

  /**
   * {@code readme} with the text between the markers replaced by {@code content}; the markers
   * stay, so the next run finds them again.
   *
   * @throws IllegalArgumentException when a marker is missing, doubled or out of order
   */
  static String replace(String readme, String content) {
    int begin = readme.indexOf(BEGIN);
    int end = readme.indexOf(END);
    if (begin < 0 || end < 0) {
      throw new IllegalArgumentException("README has no " + (begin < 0 ? BEGIN : END)
          + " marker: put " + BEGIN + " and " + END + " on their own lines where the benchmark"
          + " results should go");
    }
    if (readme.indexOf(BEGIN, begin + 1) >= 0 || readme.indexOf(END, end + 1) >= 0) {
      throw new IllegalArgumentException(
          "README has a benchmark marker twice: keep exactly one " + BEGIN + " and one " + END);
    }
    if (end < begin) {
      throw new IllegalArgumentException("README has " + END + " before " + BEGIN
          + ": the results go between " + BEGIN + " and " + END + ", in that order");
    }
    String body = content.endsWith("\n") ? content : content + "\n";
    return readme.substring(0, begin + BEGIN.length()) + "\n" + body + readme.substring(end);
  }
}
