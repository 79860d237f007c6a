package io.github.multiproc.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class IdleMemoryNoteTest {
  @Test
  void theNoteSetsTheLaterMedianBesideTheRow() {
    assertEquals(
        List.of(
            "`idle_child_rss_mib`, the same child 7 s after its start (median of 3 runs): 44.0"
                + " MiB, against 50.5 MiB at 0.5 s."),
        IdleMemoryNote.notes(List.of(45.0, 44.0, 43.5), 50.5));
  }

  @Test
  void noNoteWithoutLaterReadingsOrARowFigure() {
    assertEquals(List.of(), IdleMemoryNote.notes(List.of(), 50.5));
    assertEquals(List.of(), IdleMemoryNote.notes(List.of(44.0), null));
    assertEquals(List.of(), IdleMemoryNote.notes(List.of(44.0), Double.NaN));
  }
}
