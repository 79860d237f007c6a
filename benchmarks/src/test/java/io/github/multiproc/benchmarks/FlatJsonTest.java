package io.github.multiproc.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FlatJsonTest {
  /** A line as py_bench.py --json printed it. */
  private static final String PY_BENCH_LINE =
      "{\"python\": \"3.11.7\", \"cpus\": 2,"
          + " \"start_join_fork_ms\": 2.9793028000312916, \"pipe_rtt_us\": 20.93462470002123,"
          + " \"queue_items_per_s\": 137561.77655207136, \"tiny\": 1.5e-05, \"neg\": -3}";

  @Test
  void readsPyBenchsLine() {
    Map<String, Object> m = FlatJson.parse(PY_BENCH_LINE);
    assertEquals("3.11.7", m.get("python"));
    assertEquals(2.0, m.get("cpus"));
    assertEquals(2.9793028000312916, m.get("start_join_fork_ms"));
    assertEquals(1.5e-05, m.get("tiny"));
    assertEquals(-3.0, m.get("neg"));
    assertEquals(
        List.of(
            "python",
            "cpus",
            "start_join_fork_ms",
            "pipe_rtt_us",
            "queue_items_per_s",
            "tiny",
            "neg"),
        List.copyOf(m.keySet()));
  }

  @Test
  void keepsOnlyNumbersAsFigures() {
    Map<String, Double> n = PeerRunner.numbers(FlatJson.parse(PY_BENCH_LINE));
    assertTrue(!n.containsKey("python"));
    assertEquals(137561.77655207136, n.get("queue_items_per_s"));
  }

  @Test
  void readsEscapesAndPythonsSpecialFloats() {
    Map<String, Object> m =
        FlatJson.parse(
            "{\"a\\\"b\": \"x\\u00e9\\n\", \"nan\": NaN, \"inf\": Infinity, \"ninf\": -Infinity}");
    assertEquals("x\u00e9\n", m.get("a\"b"));
    assertTrue(((Double) m.get("nan")).isNaN());
    assertEquals(Double.POSITIVE_INFINITY, m.get("inf"));
    assertEquals(Double.NEGATIVE_INFINITY, m.get("ninf"));
    assertEquals(Map.of(), FlatJson.parse(" { } "));
  }

  @Test
  void rejectsWhatPyBenchNeverPrintsWithThePosition() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> FlatJson.parse("{\"a\": [1]}"));
    assertTrue(e.getMessage().contains("position 6"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> FlatJson.parse("{\"a\": 1"));
    assertThrows(IllegalArgumentException.class, () -> FlatJson.parse("{\"a\": 1} trailing"));
    assertThrows(IllegalArgumentException.class, () -> FlatJson.parse("{\"a\": 1, \"a\": 2}"));
    assertThrows(IllegalArgumentException.class, () -> FlatJson.parse("{\"a\": 1..2}"));
    assertThrows(IllegalArgumentException.class, () -> FlatJson.parse(""));
  }
}
