package io.github.multiproc.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatsTest {
  @Test
  void oddCountTakesTheMiddleValue() {
    assertEquals(3.0, Stats.median(5, 1, 3));
  }

  @Test
  void evenCountTakesTheMeanOfTheTwoMiddleValues() {
    assertEquals(2.5, Stats.median(4, 1, 2, 3));
  }

  @Test
  void missingFiguresAreLeftOutAndNoneLeftIsNaN() {
    assertEquals(2.0, Stats.median(Arrays.asList(Double.NaN, 2.0, null)));
    assertTrue(Double.isNaN(Stats.median(Double.NaN)));
    assertTrue(Double.isNaN(Stats.median(List.of())));
  }

  @Test
  void mediansAreTakenPerKeyOverRuns() {
    Map<String, Double> m =
        ResultTable.medians(
            List.of(Map.of("a", 1.0, "b", 10.0), Map.of("a", 3.0, "b", 30.0), Map.of("a", 2.0)));
    assertEquals(2.0, m.get("a"));
    assertEquals(20.0, m.get("b"));
  }
}
