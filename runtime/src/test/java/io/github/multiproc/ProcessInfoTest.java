package io.github.multiproc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.multiproc.testing.ChildCleanup;
import io.github.multiproc.testing.PipeWorkersProcesses;
import java.net.UnixDomainSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@link ProcessInfo}: Python's {@code current_process()}, {@code parent_process()}, authkey. */
class ProcessInfoTest {
  @AfterEach
  void killLeftovers() {
    ChildCleanup.killDescendants();
  }

  @Test
  @Timeout(10)
  void theTopProcessIsAliveAndHasALongStableAuthkey() {
    ProcessInfo me = Multiproc.currentProcess();
    assertTrue(me.isAlive());
    byte[] key = me.authkey();
    assertTrue(key.length >= 16, "long enough for Listener and Client: " + key.length);
    assertArrayEquals(key, Multiproc.currentProcess().authkey(), "one key for the tree");
    key[0]++;
    assertFalse(key[0] == me.authkey()[0], "a copy: changing it changes nothing");
  }

  @Test
  @Timeout(60)
  void aChildReachesItsParentsListenerWithTheTreeAuthkey() throws Exception {
    Path directory = Files.createTempDirectory(Path.of("/tmp"), "info-test");
    Path socket = directory.resolve("l.sock");
    ProcessInfo me = Multiproc.currentProcess();
    try (Listener listener = Listener.bind(UnixDomainSocketAddress.of(socket), me.authkey())) {
      ChildProcess<Void> child = PipeWorkersProcesses.reportToParent(socket.toString());
      child.start();
      try (Connection<Object> conn = listener.accept(Duration.ofSeconds(30))) {
        assertEquals(me.name() + " " + me.pid() + " true true", conn.recv());
      }
      child.join();
      assertEquals(0, child.exitCode());
    } finally {
      Files.deleteIfExists(socket);
      Files.delete(directory);
    }
  }
}
