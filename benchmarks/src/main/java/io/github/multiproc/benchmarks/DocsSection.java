package io.github.multiproc.benchmarks;

/**
 * One JDK's section of {@code docs/benchmarks.md}: the text between
 * {@code <!-- benchmark:jdk17:begin -->} and {@code <!-- benchmark:jdk17:end -->} for JDK 17 (the
 * JDK's feature release in the marker). A run replaces the section of the JDK that runs it and
 * leaves the others alone, so each JDK's figures there are those of a run of that JDK, never typed
 * by hand.
 */
final class DocsSection {
  private DocsSection() {}

  /** The marker that opens JDK {@code jdk}'s section. */
  static String begin(int jdk) {
    return "<!-- benchmark:jdk" + jdk + ":begin -->";
  }

  /** The marker that closes JDK {@code jdk}'s section. */
  static String end(int jdk) {
    return "<!-- benchmark:jdk" + jdk + ":end -->";
  }

  /**
   * {@code doc} with the text between JDK {@code jdk}'s markers replaced by {@code content}; the
   * markers stay, so the next run finds them again, and every other text is kept as it was.
   *
   * @throws IllegalArgumentException when one of that JDK's markers is missing, doubled or out of
   *     order
   */
  static String replace(String doc, int jdk, String content) {
    String begin = begin(jdk);
    String end = end(jdk);
    int b = doc.indexOf(begin);
    int e = doc.indexOf(end);
    if (b < 0 || e < 0) {
      throw new IllegalArgumentException(
          "no "
              + (b < 0 ? begin : end)
              + " marker, so no place"
              + " for JDK "
              + jdk
              + "'s results: put a heading for JDK "
              + jdk
              + " and the lines "
              + begin
              + " and "
              + end
              + " where they should go");
    }
    if (doc.indexOf(begin, b + 1) >= 0 || doc.indexOf(end, e + 1) >= 0) {
      throw new IllegalArgumentException(
          "a benchmark marker is there twice: keep exactly one " + begin + " and one " + end);
    }
    if (e < b) {
      throw new IllegalArgumentException(
          end
              + " comes before "
              + begin
              + ": JDK "
              + jdk
              + "'s results go between "
              + begin
              + " and "
              + end
              + ", in that order");
    }
    String body = content.endsWith("\n") ? content : content + "\n";
    return doc.substring(0, b + begin.length()) + "\n" + body + doc.substring(e);
  }
}
