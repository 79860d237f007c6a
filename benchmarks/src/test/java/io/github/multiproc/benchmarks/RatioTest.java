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
    assertEquals(
        Target.Met.MISSED, t.check(0.9, 40, hello), "within 1.5x hello but slower than CPython");
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
    ResultTable table =
        ResultTable.of(
            List.of(row(Workload.STANDBY), row(Workload.LOCK), row(Workload.FORKSERVER)),
            List.of(
                Map.of("start_join_fork_ms", 2.0, Workload.LOCK, 100.0, Workload.FORKSERVER, 10.0)),
            List.of(Map.of(Workload.STANDBY, 4.0, Workload.LOCK, 150.0)),
            List.of(Map.of(Floor.JVM_EXIT_REAP.key(), 3.0, Floor.MAPPED_CAS.key(), 1000.0)));
    ResultTable.Row standby = table.rows().get(0);
    assertEquals(0.5, standby.ratio(), 1e-9);
    assertEquals(Target.Met.MET, standby.met());
    assertEquals(75.0, standby.floorShare(), 1e-9);
    assertEquals(1.5, table.rows().get(1).ratio(), 1e-9);
    assertEquals(15.0, table.rows().get(1).floorShare(), 1e-9);
    ResultTable.Row forkserver = table.rows().get(2);
    assertEquals(10.0, forkserver.cpython());
    assertTrue(Double.isNaN(forkserver.multiproc()));
    assertTrue(Double.isNaN(forkserver.floor()));
    assertEquals(
        List.of("start_join_forkserver_ms", "10", "—", "—", "n/a", "—", "—", "—"),
        ResultTable.cells(forkserver));
  }

  @Test
  void theShareOfTheFloorIsOrientedLikeTheRatio() {
    // A time: the floor takes 3 ms, multiproc 4 ms: multiproc reaches 75% of the floor.
    assertEquals(75.0, row(Workload.STANDBY).floorShare(3, 4), 1e-9);
    // A rate: the floor moves 7 GB/s, multiproc 1.4 GB/s: 20%.
    assertEquals(20.0, row(Workload.PIPE_BULK).floorShare(7, 1.4), 1e-9);
    // Memory is lower-is-better: a 28 MiB bare JVM against a 40 MiB child is 70%.
    assertEquals(70.0, row(Workload.IDLE_RSS).floorShare(28, 40), 1e-9);
    assertTrue(Double.isNaN(row(Workload.QUEUE).floorShare(Double.NaN, 5)));
    assertTrue(Double.isNaN(row(Workload.QUEUE).floorShare(5, Double.NaN)));
  }

  @Test
  void eachMeasuredKindOfRowHasItsFloor() {
    assertEquals(Floor.SOCKET_RTT, row(Workload.PIPE_RTT).floor());
    assertEquals(Floor.SOCKET_BULK, row(Workload.PIPE_BULK).floor());
    assertEquals(Floor.SOCKET_FRAMES, row(Workload.QUEUE).floor());
    assertEquals(Floor.SOCKET_FRAMES, row(Workload.QUEUE_STANDBY).floor());
    assertEquals(
        Workload.QUEUE,
        row(Workload.QUEUE_STANDBY).peerKey(),
        "compared with CPython's" + " queue figure, as the other standby rows are with theirs");
    assertEquals(Floor.JAVA_START_EXIT, row(Workload.SPAWN).floor());
    assertEquals(Floor.JVM_EXIT_REAP, row(Workload.STANDBY).floor());
    for (String casRow :
        List.of(
            Workload.LOCK,
            Workload.SHARED_VALUE,
            Workload.LOCK_STANDBY,
            Workload.SHARED_VALUE_STANDBY)) {
      assertEquals(Floor.MAPPED_CAS, row(casRow).floor(), casRow);
    }
    assertEquals(Floor.IDLE_JVM_RSS, row(Workload.IDLE_RSS).floor());
    assertEquals(
        List.of(Floor.SOCKET_RTT, Floor.MAPPED_CAS),
        ResultTable.floorsOf(
            List.of(
                row(Workload.PIPE_RTT),
                row(Workload.POOL_MAP),
                row(Workload.LOCK),
                row(Workload.SHARED_VALUE))),
        "each floor once, in table order");
    for (Floor f : Floor.values()) {
      assertEquals(f, Floor.ofKey(f.key()));
    }
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
    assertEquals("52%", Format.percent(51.7));
    assertEquals("7.5%", Format.percent(7.46));
    assertEquals("0.41%", Format.percent(0.4149));
    assertEquals("n/a", Format.percent(Double.NaN));
  }
}
