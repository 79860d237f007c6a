package io.github.multiproc.samples.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.multiproc.ChildProcess;
import io.github.multiproc.ProcessQueue;
import io.github.multiproc.junit.MultiprocTest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Records inside {@code Object} (queue items), with the real processor's codecs: a record named
 * in one class's {@code @Worker} signature crosses through a worker of another class, as
 * docs/guarantees.md promises, and a value nested too deeply fails in the sender.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
@MultiprocTest
class ObjectRecordsTest {
  /**
   * Neither this JVM nor the relaying child ever loads the codec holder of {@link Greetings}, so
   * the type must be found through the generated providers.
   */
  @Test
  void aRecordNamedByAnotherClassCrossesInsideObject() throws Exception {
    try (ProcessQueue<Object> from = ProcessQueue.create();
        ProcessQueue<Object> to = ProcessQueue.create()) {
      Object greeting = new Greetings.Greeting("hi", 3);
      from.put(List.of(greeting));
      ChildProcess<Void> relay = RelayProcesses.relay(from, to);
      relay.start();
      try {
        assertEquals(List.of(greeting), to.poll(Duration.ofSeconds(30)));
      } finally {
        relay.join(Duration.ofSeconds(30));
        if (relay.isAlive()) {
          relay.kill();
          relay.join();
        }
      }
      assertEquals(0, relay.exitCode());
    }
  }

  @Test
  void aValueNestedTooDeeplyFailsInTheSenderAndTheQueueStillWorks() throws Exception {
    Chains.Link tooDeep = Chains.Link.chain(100_000);
    IllegalArgumentException argument =
        assertThrows(IllegalArgumentException.class, () -> ChainsProcesses.length(tooDeep).start());
    assertTrue(argument.getMessage().contains("nests deeper than"), argument::getMessage);
    try (ProcessQueue<Object> from = ProcessQueue.create();
        ProcessQueue<Object> to = ProcessQueue.create()) {
      IllegalArgumentException item =
          assertThrows(IllegalArgumentException.class, () -> from.put(tooDeep));
      assertTrue(item.getMessage().contains("nests deeper than"), item::getMessage);
      // The queue still works: a chain within the limit crosses whole.
      Chains.Link deepEnough = Chains.Link.chain(400);
      from.put(deepEnough);
      ChildProcess<Void> relay = RelayProcesses.relay(from, to);
      relay.start();
      try {
        assertEquals(deepEnough, to.poll(Duration.ofSeconds(30)));
        assertTrue(from.isEmpty());
      } finally {
        relay.join(Duration.ofSeconds(30));
        if (relay.isAlive()) {
          relay.kill();
          relay.join();
        }
      }
      assertEquals(0, relay.exitCode());
    }
  }
}
