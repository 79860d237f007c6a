package io.github.multiproc.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArrayFloorNoteTest {
  @Test
  void theArraysFloorIsMeasuredOnlyWithThePipeBulkRow() {
    assertEquals(List.of(Floor.SOCKET_BULK_ARRAYS), ArrayFloorNote.floors(Workload.ALL));
    assertEquals(
        List.of(),
        ArrayFloorNote.floors(
            Workload.ALL.stream().filter(w -> w.name().equals(Workload.PIPE_RTT)).toList()));
  }

  @Test
  void theNoteSetsThePipeAndThreeTimesCPythonBesideTheArraysFloor() {
    List<String> notes =
        ArrayFloorNote.notes(
            Map.of(Workload.PIPE_BULK, 1.0),
            Map.of(Workload.PIPE_BULK, 2.4),
            Map.of(Floor.SOCKET_BULK_ARRAYS.key(), 3.0));
    assertEquals(1, notes.size());
    String note = notes.get(0);
    assertEquals(true, note.contains("2.40 against 3.00 GB/s, 80% of it"), note);
    assertEquals(true, note.endsWith("3x CPython (3.00 GB/s) would be 100% of it."), note);
  }

  @Test
  void noNoteWithoutBothFigures() {
    assertEquals(
        List.of(), ArrayFloorNote.notes(Map.of(), Map.of(Workload.PIPE_BULK, 2.4), Map.of()));
  }
}
