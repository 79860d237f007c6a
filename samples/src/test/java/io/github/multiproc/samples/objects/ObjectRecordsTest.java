package io.github.multiproc.samples.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.multiproc.ChildProcess;
import io.github.multiproc.ProcessQueue;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A record named in one class's {@code @Worker} signature crosses inside {@code Object} through a
 * worker of another class, as README promises: neither this JVM nor the relaying child ever loads
 * the codec holder of {@link Greetings}, so the type must be found through the generated
 * providers.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ObjectRecordsTest {
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
}
