package io.github.multiproc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.multiproc.testing.BasicWorkersProcesses;
import io.github.multiproc.testing.ChildCleanup;
import io.github.multiproc.testing.PipeWorkersProcesses;
import java.io.EOFException;
import java.net.UnixDomainSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@link Multiproc#wait}: Python's {@code multiprocessing.connection.wait} over real processes. */
class WaitTest {
  private static final byte[] KEY =
      "a key of sixteen bytes or more".getBytes(StandardCharsets.UTF_8);

  @AfterEach
  void killLeftovers() {
    ChildCleanup.killDescendants();
  }

  @Test
  @Timeout(60)
  void childrenAreReadyOneByOneAsTheyEnd() throws Exception {
    List<ChildProcess<Void>> children = new ArrayList<>();
    for (long millis : new long[] {2500, 200, 1200}) {
      ChildProcess<Void> child = BasicWorkersProcesses.sleep(millis);
      child.start();
      children.add(child);
    }
    List<ChildProcess<Void>> order = new ArrayList<>();
    List<ChildProcess<Void>> left = new ArrayList<>(children);
    while (!left.isEmpty()) {
      List<ChildProcess<Void>> ready = Multiproc.wait(left);
      assertTrue(!ready.isEmpty(), "wait() without a timeout returns something");
      for (ChildProcess<Void> child : ready) {
        assertEquals(0, child.exitCode(), "a ready child has ended");
        order.add(child);
        left.remove(child);
      }
    }
    assertEquals(List.of(children.get(1), children.get(2), children.get(0)), order);
  }

  @Test
  @Timeout(60)
  void pipesFromChildrenAreReadyAsMessagesComeThenAtTheirEnd() throws Exception {
    List<Connection<Object>> readers = new ArrayList<>();
    List<ChildProcess<Void>> children = new ArrayList<>();
    long[] delays = {2100, 100, 1100};
    for (int i = 0; i < delays.length; i++) {
      Pipe<Object> pipe = Pipe.create(false);
      ChildProcess<Void> child =
          PipeWorkersProcesses.sleepThenSend(pipe.second(), delays[i], "m" + i);
      child.start();
      pipe.second().close();
      readers.add(pipe.first());
      children.add(child);
    }
    List<Object> messages = new ArrayList<>();
    List<Connection<Object>> open = new ArrayList<>(readers);
    while (!open.isEmpty()) {
      for (Connection<Object> reader : Multiproc.wait(open, Duration.ofSeconds(30))) {
        try {
          messages.add(reader.recv());
        } catch (EOFException e) {
          open.remove(reader); // the child exited: its end is closed, as in Python
          reader.close();
        }
      }
    }
    assertEquals(List.of("m1", "m2", "m0"), messages);
    for (ChildProcess<Void> child : children) {
      child.join();
      assertEquals(0, child.exitCode());
    }
  }

  @Test
  @Timeout(60)
  void aListenerIsReadyWhenAClientFromAChildWaits() throws Exception {
    Path directory = Files.createTempDirectory(Path.of("/tmp"), "wait-test");
    Path socket = directory.resolve("l.sock");
    try (Listener listener = Listener.bind(UnixDomainSocketAddress.of(socket), KEY)) {
      Pipe<Object> idle = Pipe.create();
      ChildProcess<Void> sleeper = BasicWorkersProcesses.sleep(30_000);
      sleeper.start();
      assertEquals(
          List.of(),
          Multiproc.wait(List.of(listener, idle.first(), sleeper), Duration.ofMillis(300)),
          "nothing is ready yet");
      ChildProcess<Void> client = PipeWorkersProcesses.clientSend(socket.toString(), KEY, "hi");
      client.start();
      List<Object> ready =
          Multiproc.wait(List.of(listener, idle.first(), sleeper), Duration.ofSeconds(30));
      assertEquals(List.of(listener), ready);
      try (Connection<Object> conn = listener.accept(Duration.ZERO)) {
        assertEquals(
            List.of(conn),
            Multiproc.wait(List.of(conn, sleeper), Duration.ofSeconds(30)),
            "an accepted connection is waitable too");
        assertEquals("hi", conn.recv());
      }
      client.join();
      sleeper.terminate();
      assertEquals(List.of(sleeper), Multiproc.wait(List.of(listener, idle.first(), sleeper)));
      idle.first().close();
      idle.second().close();
    } finally {
      Files.deleteIfExists(socket);
      Files.delete(directory);
    }
  }

  @Test
  @Timeout(30)
  void aTimeoutReturnsEmptyAfterWaitingAndZeroOnlyLooks() throws Exception {
    Pipe<Object> pipe = Pipe.create();
    ChildProcess<Void> sleeper = BasicWorkersProcesses.sleep(30_000);
    sleeper.start();
    long start = System.nanoTime();
    assertEquals(List.of(), Multiproc.wait(List.of(pipe.first(), sleeper), Duration.ofMillis(400)));
    long waited = System.nanoTime() - start;
    assertTrue(waited >= Duration.ofMillis(400).toNanos(), "waited the whole timeout: " + waited);
    assertTrue(
        Thread.getAllStackTraces().keySet().stream()
            .noneMatch(t -> t.getName().equals("multiproc-wait")),
        "no helper outlives the call");
    assertEquals(List.of(), Multiproc.wait(List.of(pipe.first(), sleeper), Duration.ZERO));
    pipe.second().send("x");
    assertEquals(
        List.of(pipe.first()), Multiproc.wait(List.of(sleeper, pipe.first()), Duration.ZERO));
    assertEquals("x", pipe.first().recv(), "wait() took nothing");
    sleeper.terminate();
    sleeper.join();
    pipe.first().close();
    pipe.second().close();
  }

  @Test
  @Timeout(60)
  void aChildWaitsOnAnEndItWasPassedAndTheEndStaysUsable() throws Exception {
    Pipe<Object> pipe = Pipe.create();
    ChildProcess<String> child = PipeWorkersProcesses.waitThenRecv(pipe.second(), 300);
    child.start();
    pipe.second().close();
    assertEquals("waited", pipe.first().recv());
    pipe.first().send("go");
    assertEquals("0:go", child.result(), "a timed-out wait left the end whole");
    pipe.first().close();
  }

  @Test
  @Timeout(30)
  void refusesWhatItCannotWaitOn() throws Exception {
    Pipe<Object> pipe = Pipe.create();
    pipe.first().close();
    assertThrows(IllegalArgumentException.class, () -> Multiproc.wait(List.of(pipe.first())));
    assertThrows(IllegalArgumentException.class, () -> Multiproc.wait(List.of("a string")));
    assertThrows(
        IllegalStateException.class,
        () -> Multiproc.wait(List.of(BasicWorkersProcesses.sleep(1)), Duration.ZERO));
    pipe.second().close();
  }
}
