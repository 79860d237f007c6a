package io.github.multiproc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.multiproc.testing.ChildCleanup;
import io.github.multiproc.testing.PipeWorkersProcesses;
import java.io.EOFException;
import java.net.UnixDomainSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Pipe ends sent as items through queues and pipes, as Python's resource sharer allows. */
class TravellingConnectionTest {
  @AfterEach
  void killLeftovers() {
    ChildCleanup.killDescendants();
  }

  @Test
  @Timeout(60)
  void anEndSentThroughAQueueWorksInTheChildThatTakesIt() throws Exception {
    Pipe<Object> pipe = Pipe.create();
    try (ProcessQueue<Object> queue = ProcessQueue.create()) {
      ChildProcess<String> child = PipeWorkersProcesses.useEndFromQueue(queue);
      child.start();
      queue.put(pipe.second());
      pipe.second().close(); // only our copy: the child's keeps the end open
      assertEquals("from child", pipe.first().recv());
      pipe.first().send("to child");
      assertEquals("to child", child.result());
      assertThrows(
          EOFException.class,
          () -> pipe.first().recv(),
          "the child's copy closed at its exit, the last one");
      pipe.first().close();
    }
  }

  @Test
  @Timeout(60)
  void anEndSentThroughAnotherPipeWorksInTheChildThatReceivesIt() throws Exception {
    Pipe<Object> carrier = Pipe.create();
    Pipe<Object> pipe = Pipe.create();
    ChildProcess<String> child = PipeWorkersProcesses.useEndFromPipe(carrier.second());
    child.start();
    carrier.second().close();
    carrier.first().send(pipe.second());
    pipe.second().close();
    assertEquals("from child", pipe.first().recv());
    pipe.first().send("to child");
    assertEquals("to child", child.result());
    carrier.first().close();
    pipe.first().close();
  }

  @Test
  @Timeout(30)
  void aListenerConnectionIsRefusedAsAnItemAndSaysWhy() throws Exception {
    Path directory = Files.createTempDirectory(Path.of("/tmp"), "travel-test");
    Path socket = directory.resolve("l.sock");
    byte[] key = Multiproc.currentProcess().authkey();
    Pipe<Object> pipe = Pipe.create();
    try (Listener listener = Listener.bind(UnixDomainSocketAddress.of(socket), key);
        Connection<Object> client = Client.connect(UnixDomainSocketAddress.of(socket), key)) {
      IllegalArgumentException refused =
          assertThrows(IllegalArgumentException.class, () -> pipe.first().send(client));
      assertTrue(refused.getMessage().contains("Listener/Client connection"), refused.getMessage());
      pipe.first().send("still usable");
      assertEquals("still usable", pipe.second().recv());
    } finally {
      pipe.first().close();
      pipe.second().close();
      Files.deleteIfExists(socket);
      Files.delete(directory);
    }
  }
}
