package io.github.multiproc.internal.jfr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.multiproc.ChildProcess;
import io.github.multiproc.Pool;
import io.github.multiproc.ProcessQueue;
import io.github.multiproc.WorkerDiedException;
import io.github.multiproc.testing.BasicWorkersProcesses;
import io.github.multiproc.testing.LeakCheckExtension;
import io.github.multiproc.testing.PoolWorkersTasks;
import io.github.multiproc.testing.QueueWorkersProcesses;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runtime's JFR events, recorded in this JVM with {@link Recording} while real child JVMs,
 * pool workers and a cross-process queue run, then read back from the file.
 */
@ExtendWith(LeakCheckExtension.class)
class FlightEventsTest {
  private static final String FAST_START = "-XX:TieredStopAtLevel=1";

  @TempDir Path dir;

  @Test
  @Timeout(60)
  void aChildsStartAndExitAreRecorded() throws Exception {
    List<RecordedEvent> events;
    ChildProcess<Void> child = BasicWorkersProcesses.exit(3).name("jfr-exit-3");
    try (Recording recording = new Recording()) {
      recording.enable(Jfr.CATEGORY + ".ProcessStart");
      recording.enable(Jfr.CATEGORY + ".ProcessExit");
      recording.start();
      child.start();
      child.join();
      events = readBack(recording);
    }

    RecordedEvent start = only(events, "ProcessStart");
    assertEquals("jfr-exit-3", start.getString("processName"));
    assertEquals(child.pid().longValue(), start.getLong("pid"));
    assertEquals("SPAWN", start.getString("startMethod"));
    assertTrue(start.getBoolean("started"));
    assertTrue(start.getDuration("startDuration").compareTo(Duration.ZERO) > 0);
    RecordedEvent exit = only(events, "ProcessExit");
    assertEquals("jfr-exit-3", exit.getString("processName"));
    assertEquals(3, exit.getInt("exitCode"));
    assertTrue(exit.getDuration("lifetime").compareTo(start.getDuration("startDuration")) > 0);
  }

  @Test
  @Timeout(90)
  void poolChunksRunOnlyWhenEnabledAndAWorkerDeathAreRecorded() throws Exception {
    List<RecordedEvent> events;
    try (Pool pool = Pool.builder().processes(1).jvmArgs(FAST_START).build()) {
      pool.map(PoolWorkersTasks.square, List.of(1, 2, 3, 4), 2); // not recorded: off by default
      try (Recording recording = new Recording()) {
        recording.enable(Jfr.CATEGORY + ".ChunkRun");
        recording.enable(Jfr.CATEGORY + ".WorkerDied");
        recording.start();
        assertEquals(
            List.of(1, 4, 9, 16, 25, 36),
            pool.map(PoolWorkersTasks.square, List.of(1, 2, 3, 4, 5, 6), 3));
        assertThrows(
            WorkerDiedException.class, () -> pool.applyAsync(PoolWorkersTasks.exit, 7).get());
        events = readBack(recording);
      }
    }

    List<RecordedEvent> chunks =
        named(events, "ChunkRun").stream()
            .filter(e -> e.getString("taskId").equals(PoolWorkersTasks.square.id()))
            .collect(Collectors.toList());
    assertEquals(2, chunks.size(), String.valueOf(chunks));
    for (RecordedEvent chunk : chunks) {
      assertEquals(3, chunk.getInt("size"));
      assertTrue(chunk.getString("worker").startsWith("SpawnPoolWorker-"));
      assertTrue(chunk.getLong("workerPid") > 0);
    }
    RecordedEvent died = only(events, "WorkerDied");
    assertEquals(7, died.getInt("exitCode"));
    assertEquals(PoolWorkersTasks.exit.id(), died.getString("taskId"));
    assertFalse(died.getBoolean("timedOut"));
  }

  @Test
  @Timeout(60)
  void aTakeThatWaitsForAnotherProcessIsRecordedAndQuickOnesAreNot() throws Exception {
    List<RecordedEvent> events;
    try (ProcessQueue<Object> q = ProcessQueue.create();
        Recording recording = new Recording()) {
      recording.enable(Jfr.CATEGORY + ".QueueBlocked").withThreshold(Duration.ofMillis(20));
      recording.start();
      q.put("here already");
      assertEquals("here already", q.take()); // no wait: no event
      ChildProcess<Void> producer = QueueWorkersProcesses.produce(q, 1, 1);
      producer.start(); // its JVM boots while this take waits
      assertEquals(1L, ((Number) q.take()).longValue());
      producer.join();
      events = readBack(recording);
    }

    RecordedEvent blocked = only(events, "QueueBlocked");
    assertEquals("take", blocked.getString("operation"));
    assertTrue(blocked.getBoolean("succeeded"));
    assertEquals(0, blocked.getInt("capacity"));
    assertTrue(blocked.getDuration().compareTo(Duration.ofMillis(20)) >= 0);
  }

  private List<RecordedEvent> readBack(Recording recording) throws Exception {
    recording.stop();
    Path file = Files.createTempFile(dir, "multiproc", ".jfr");
    recording.dump(file);
    return RecordingFile.readAllEvents(file);
  }

  private static List<RecordedEvent> named(List<RecordedEvent> events, String name) {
    return events.stream()
        .filter(e -> e.getEventType().getName().equals(Jfr.CATEGORY + "." + name))
        .collect(Collectors.toList());
  }

  private static RecordedEvent only(List<RecordedEvent> events, String name) {
    List<RecordedEvent> found = named(events, name);
    assertEquals(1, found.size(), name + ": " + found);
    return found.get(0);
  }
}
