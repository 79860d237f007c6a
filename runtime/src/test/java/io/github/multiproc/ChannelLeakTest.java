package io.github.multiproc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.multiproc.testing.ChildCleanup;
import io.github.multiproc.testing.PipeWorkersProcesses;
import io.github.multiproc.testing.QueueWorkersProcesses;
import io.github.multiproc.testing.ResourceSnapshot;
import io.github.multiproc.testing.ShmWorkersProcesses;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Queues, pipes, locks and shared values used across real child processes and closed leave no
 * file descriptor, thread, child process or shared-memory segment behind.
 */
class ChannelLeakTest {
  private static final int CYCLES = 15;

  /** How long the counts may take to return to the warmed-up ones. */
  private static final Duration SETTLE = Duration.ofSeconds(10);

  @AfterEach
  void killLeftovers() {
    ChildCleanup.killDescendants();
  }

  @Test
  @Timeout(180)
  void channelsUsedByChildrenAndClosedLeaveNothingBehind() throws Exception {
    cycle(); // warm up: the hub and its services exist from now on
    ResourceSnapshot before = ResourceSnapshot.settle(null, SETTLE);
    for (int i = 0; i < CYCLES; i++) {
      cycle();
    }
    ResourceSnapshot after = ResourceSnapshot.settle(before, SETTLE);
    after.assertNothingLeftSince(before);
  }

  private static void cycle() throws Exception {
    try (ProcessQueue<Object> queue = ProcessQueue.create()) {
      ChildProcess<Void> producer = QueueWorkersProcesses.produce(queue, 100, 10);
      producer.start();
      long sum = 0;
      for (int i = 0; i < 10; i++) {
        sum += (Long) queue.poll(Duration.ofSeconds(30));
      }
      assertEquals(1045, sum);
      producer.join();
      producer.close();
    }

    Pipe<Object> pipe = Pipe.create();
    ChildProcess<Integer> echo = PipeWorkersProcesses.echo(pipe.second());
    echo.start();
    try (Connection<Object> mine = pipe.first()) {
      for (int i = 0; i < 3; i++) {
        mine.send("ping " + i);
        assertEquals("ping " + i, mine.recv());
      }
    }
    assertEquals(3, echo.result());
    pipe.second().close();
    echo.close();

    try (SharedInt counter = SharedInt.create(0)) {
      ChildProcess<Void> adder = ShmWorkersProcesses.incrementUnderLock(counter, 100);
      adder.start();
      adder.join();
      assertEquals(100, counter.get());
      adder.close();
    }
  }
}
