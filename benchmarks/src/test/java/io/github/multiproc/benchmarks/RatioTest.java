package io.github.multiproc.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RatioTest {
  private static Workload row(String name) {
    return Workload.named(name).orElseThrow();
  }

  @Test
  void aShorterTimeIsARatioAboveOne() {
    // pipe_rtt_us: CPython 27 us, multiproc 9 us: multiproc is 3 times better.
    assertEquals(3.0, row(Workload.PIPE_RTT).ratio(27, 9), 1e-9);
    assertEquals(0.5, row(Workload.PIPE_RTT).ratio(10, 20), 1e-9);
  }

  @Test
  void aHigherRateIsARatioAboveOne() {
    assertEquals(4.0, row(Workload.QUEUE).ratio(100_000, 400_000), 1e-9);
    assertEquals(0.25, row(Workload.QUEUE).ratio(400_000, 100_000), 1e-9);
  }

  @Test
  void aMissingSideHasNoRatio() {
    assertTrue(Double.isNaN(row(Workload.QUEUE).ratio(Double.NaN, 5)));
    assertTrue(Double.isNaN(row(Workload.QUEUE).ratio(5, Double.NaN)));
  }

  @Test
  void standbyRowsCompareWithCPythonsFork() {
    assertEquals("start_join_fork_ms", row(Workload.STANDBY).peerKey());
    assertEquals("start_join_fork_ms", row(Workload.STANDBY_SUSTAINED).peerKey());
  }

  @Test
  void targetsAreMetOrMissedOnTheRatio() {
    Target t = Target.ratio(2);
    assertEquals(Target.Met.MET, t.check(2.0, 1, Map.of()));
    assertEquals(Target.Met.MISSED, t.check(1.99, 1, Map.of()));
    assertEquals(Target.Met.NONE, t.check(Double.NaN, 1, Map.of()));
    assertEquals(Target.Met.NONE, Target.none().check(5, 5, Map.of()));
  }

  @Test
  void spawnMustAlsoStayWithinOneAndAHalfHelloWorlds() {
    Target t = row(Workload.SPAWN).target();
    Map<String, Double> hello = Map.of(Workload.HELLO_WORLD, 30.0);
    assertEquals(Target.Met.MET, t.check(1.2, 45, hello));
    assertEquals(Target.Met.MISSED, t.check(1.2, 46, hello), "beats CPython but not 1.5x hello");
    assertEquals(Target.Met.MISSED, t.check(0.9, 40, hello), "within 1.5x hello but slower than CPython");
    assertEquals(Target.Met.NONE, t.check(1.2, 40, Map.of()), "no hello-world figure");
  }

  @Test
  void memoryIsAnAbsoluteBound() {
    Target t = row(Workload.IDLE_RSS).target();
    assertEquals(Target.Met.MET, t.check(Double.NaN, 39.9, Map.of()));
    assertEquals(Target.Met.MISSED, t.check(Double.NaN, 40, Map.of()));
    assertEquals(Target.Met.NONE, t.check(Double.NaN, Double.NaN, Map.of()));
  }

  @Test
  void theTableJoinsBothSidesByName() {
    ResultTable table = ResultTable.of(
        List.of(row(Workload.STANDBY), row(Workload.LOCK), row(Workload.FORKSERVER)),
        List.of(Map.of("start_join_fork_ms", 2.0, Workload.LOCK, 100.0, Workload.FORKSERVER, 10.0)),
        List.of(Map.of(Workload.STANDBY, 4.0, Workload.LOCK, 150.0)));
    ResultTable.Row standby = table.rows().get(0);
    assertEquals(0.5, standby.ratio(), 1e-9);
    assertEquals(Target.Met.MET, standby.met());
    assertEquals(1.5, table.rows().get(1).ratio(), 1e-9);
    ResultTable.Row forkserver = table.rows().get(2);
    assertEquals(10.0, forkserver.cpython());
    assertTrue(Double.isNaN(forkserver.multiproc()));
    assertEquals(List.of("start_join_forkserver_ms", "10", "—", "n/a", "—", "—"),
        ResultTable.cells(forkserver));
  }

  @Test
  void figuresPrintReadably() {
    assertEquals("4,611,925", Format.number(4_611_925.2));
    assertEquals("52.8", Format.number(52.77));
    assertEquals("2.98", Format.number(2.9793));
    assertEquals("40", Format.number(40));
    assertEquals("n/a", Format.number(Double.NaN));
  }

  @Test
  void aFigureNearItsBoundShowsWhichSideItIsOn() {
    assertEquals("39.96", Format.number(39.96, 40));
    assertEquals("40.04", Format.number(40.04, 40));
    assertEquals("39.996", Format.number(39.996, 40));
    assertEquals("38.5", Format.number(38.5, 40));
    assertEquals("40", Format.number(40, 40));
    assertEquals("40.0", Format.number(39.96, Double.NaN));
    assertEquals("1.52x", Format.ratio(1.5234));
    assertEquals("0.036x", Format.ratio(0.0361));
  }
}
