package io.github.multiproc.internal.pipe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.multiproc.ChildProcess;
import io.github.multiproc.Connection;
import io.github.multiproc.Pipe;
import io.github.multiproc.internal.shm.ProcessIdentity;
import io.github.multiproc.internal.shm.Segments;
import io.github.multiproc.testing.ChildCleanup;
import io.github.multiproc.testing.PipeWorkersProcesses;
import java.io.EOFException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Which route a pipe's frames take between real processes, and what moving off a route keeps. */
class PipeRouteTest {
  @AfterEach
  void killLeftovers() {
    ChildCleanup.killDescendants();
  }

  @Test
  @Timeout(60)
  void anEndOneChildUsesTalksOverThatChildsSocketDirectly() throws Exception {
    Pipe<Object> pipe = Pipe.create();
    ChildProcess<Integer> child = startEchoOf(pipe);
    Connection<Object> mine = pipe.first();
    int rounds = 200;
    for (int i = 0; i < rounds; i++) {
      mine.sendBytes(new byte[] {(byte) i});
      assertEquals((byte) i, mine.recvBytes()[0]);
    }
    PipeCore core = coreOf(mine);
    assertTrue(core.pushed(1), "the child's end gets its messages on its own socket");
    assertTrue(core.readsDirectly(0), "this JVM reads what the child sends from its socket");
    mine.close();
    assertEquals(rounds, child.result());
  }

  @Test
  @Timeout(60)
  void aReaderThatExitsHandsBackWhatWasPushedToItAndNotRead() throws Exception {
    Pipe<String> pipe = Pipe.create();
    ChildProcess<String> receiver = PipeWorkersProcesses.recvOne(pipe.second());
    receiver.start();
    PipeCore core = coreOf(pipe.first());
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (!core.pushed(1)) { // the child waits for a message: it became the end's only reader
      assertTrue(System.nanoTime() < deadline, "the child never waited for a message");
      Thread.sleep(10);
    }
    pipe.first().send("one");
    pipe.first().send("two");
    pipe.first().send("three");
    assertEquals("one", receiver.result());
    assertEquals("two", pipe.second().recv(), "pushed to the child, returned at its exit");
    assertEquals("three", pipe.second().recv());
    pipe.first().close();
    assertThrows(EOFException.class, () -> pipe.second().recv());
    pipe.second().close();
  }

  @Test
  @Timeout(60)
  void bigMessagesCrossThroughSharedMemoryBothWaysAndLeaveNoSegment() throws Exception {
    Pipe<Object> pipe = Pipe.create();
    ChildProcess<Integer> child = startEchoOf(pipe);
    Connection<Object> mine = pipe.first();
    Random random = new Random(5);
    int rounds = 40;
    for (int i = 0; i < rounds; i++) {
      // Ring-sized messages, and every tenth too big for the ring: those take the socket.
      boolean ringSized = i % 10 != 9;
      int size =
          ringSized
              ? BulkRing.MIN_FRAME + random.nextInt(BulkRing.CAPACITY / 2 - BulkRing.MIN_FRAME)
              : BulkRing.CAPACITY + 1;
      byte[] message = new byte[size];
      random.nextBytes(message);
      long putBefore = BulkRing.framesPut();
      long takenBefore = BulkRing.framesTaken();
      mine.sendBytes(message);
      assertArrayEquals(message, mine.recvBytes(), "message " + i);
      // The first messages settle the route (the child's first ones may go through this JVM's
      // inbox) and make both rings (a link's second big message carries the offer); from then
      // on, each ring-sized message goes through a ring both ways.
      if (i >= rounds / 2) {
        long expected = ringSized ? 1 : 0;
        assertEquals(expected, BulkRing.framesPut() - putBefore, "message " + i + " to the child");
        assertEquals(expected, BulkRing.framesTaken() - takenBefore, "message " + i + " echoed");
      }
    }
    mine.close();
    assertEquals(rounds, child.result());
    String childPrefix = Segments.PREFIX + child.pid() + "-";
    String ownPrefix = Segments.PREFIX + ProcessIdentity.SELF.token() + "-";
    try (Stream<Path> names = Files.list(Segments.directory())) {
      assertEquals(
          List.of(),
          names
              .map(p -> p.getFileName().toString())
              .filter(n -> n.startsWith(childPrefix) || n.startsWith(ownPrefix))
              .toList(),
          "both rings' names were removed once mapped");
    }
  }

  /** A child that echoes what comes to the pipe's second end, which only the child holds. */
  private static ChildProcess<Integer> startEchoOf(Pipe<Object> pipe) throws Exception {
    ChildProcess<Integer> child = PipeWorkersProcesses.echoBytes(pipe.second());
    child.start();
    pipe.second().close(); // only our copy, as after Python's start()
    return child;
  }

  private static PipeCore coreOf(Connection<?> end) {
    return PipeRegistry.core(((LinkConnection<?>) end).reference().pipeId());
  }
}
