package io.github.multiproc.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.multiproc.benchmarks.EchoCostNote.EchoCost;
import io.github.multiproc.benchmarks.ProcStatus.CpuAndFaults;
import java.util.List;
import org.junit.jupiter.api.Test;

class EchoCostNoteTest {
  @Test
  void theNoteGivesTheMedianOfEachFigureOverTheRuns() {
    List<String> notes =
        EchoCostNote.notes(
            List.of(
                cost(100_000, 0.20, 1_000, 0.50),
                cost(256_000, 0.30, 3_000, 0.60),
                cost(300_000, 0.40, 2_000, 0.40)));
    assertEquals(1, notes.size());
    String note = notes.get(0);
    assertTrue(note.contains("medians of 3 runs"), note);
    assertTrue(note.contains("made 256,000 minor page faults (1000 MiB"), note);
    assertTrue(note.contains("spent 0.30 s in the kernel and 0.10 s in user code"), note);
    assertTrue(note.contains("this JVM made 2,000 faults and spent 0.01 s"), note);
    assertTrue(note.endsWith("the echoes took 0.50 s."), note);
  }

  @Test
  void noNoteWithoutACost() {
    assertEquals(List.of(), EchoCostNote.notes(List.of()));
  }

  @Test
  void aStatLineGivesFaultsAndSecondsWhateverTheCommandName() {
    String line =
        "4242 (java (x) y) S 1 4242 4242 0 -1 4194304 12345 0 7 0 250 31 0 0 20 0 30 0 99 0 0";
    assertEquals(new CpuAndFaults(12345, 2.50, 0.31), ProcStatus.parseStat(line));
    CpuAndFaults since = ProcStatus.parseStat(line).since(new CpuAndFaults(12_000, 2.0, 0.2));
    assertEquals(345, since.minorFaults());
    assertEquals(0.50, since.userSeconds(), 1e-9);
    assertEquals(0.11, since.kernelSeconds(), 1e-9);
  }

  private static EchoCost cost(long childFaults, double childKernel, long selfFaults, double s) {
    return new EchoCost(
        new CpuAndFaults(childFaults, 0.10, childKernel),
        new CpuAndFaults(selfFaults, 0.05, 0.01),
        s);
  }
}
