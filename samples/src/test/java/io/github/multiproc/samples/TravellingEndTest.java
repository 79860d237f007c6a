package io.github.multiproc.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.multiproc.ChildProcess;
import io.github.multiproc.Connection;
import io.github.multiproc.Pipe;
import io.github.multiproc.ProcessQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A pipe end as an item of a {@code ProcessQueue<Connection<String>>}, through generated code. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TravellingEndTest {
  @Test
  void aChildTakesAnEndFromATypedQueueAndTalksThroughIt() throws Exception {
    Pipe<String> pipe = Pipe.create();
    try (ProcessQueue<Connection<String>> ends = ProcessQueue.create();
        Connection<String> mine = pipe.first()) {
      ChildProcess<String> child = TravellingEndWorkersProcesses.greetThroughTakenEnd(ends);
      child.name("taker").start();
      ends.put(pipe.second());
      pipe.second().close();
      assertEquals("hello from taker", mine.recv());
      mine.send("welcome");
      assertEquals("welcome", child.result());
    }
  }
}
