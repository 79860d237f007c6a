package io.github.multiproc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.multiproc.internal.hub.BlockingLink;
import io.github.multiproc.testing.LeakCheckExtension;
import io.github.multiproc.testing.PipeWorkersProcesses;
import java.io.EOFException;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** Pipes within one JVM, between a parent and a child, and between two children. */
@ExtendWith(LeakCheckExtension.class)
class PipeTest {
  @Test
  @Timeout(10)
  void bothEndsInOneProcessTalkBothWaysThenEnd() throws Exception {
    Pipe<Object> pipe = Pipe.create();
    pipe.first().send("to second");
    pipe.second().send(List.of(1, 2, 3));
    assertEquals("to second", pipe.second().recv());
    assertEquals(List.of(1, 2, 3), pipe.first().recv());
    assertFalse(pipe.first().poll());
    pipe.second().send(null);
    pipe.second().close();
    assertTrue(pipe.first().poll());
    assertEquals(null, pipe.first().recv());
    assertThrows(EOFException.class, () -> pipe.first().recv());
    assertThrows(IOException.class, () -> pipe.first().send("x"), "the peer is closed");
    assertTrue(pipe.second().isClosed());
    IOException closed = assertThrows(IOException.class, () -> pipe.second().send("x"));
    assertTrue(closed.getMessage().contains("closed"), closed.getMessage());
    assertThrows(IOException.class, () -> pipe.second().recv());
  }

  @Test
  @Timeout(30)
  void parentAndChildTalkBothWays() throws Exception {
    Pipe<Object> pipe = Pipe.create();
    Connection<Object> mine = pipe.first();
    mine.send("sent before the child started"); // waits in memory until the child claims its end
    ChildProcess<Integer> child = PipeWorkersProcesses.echo(pipe.second());
    child.start();
    pipe.second().close(); // only our copy, as after Python's start()
    assertEquals("sent before the child started", mine.recv());
    for (Object value : List.of(42, "hello", List.of(1, 2), 3.5, new long[] {7, 8})) {
      mine.send(value);
      Object back = mine.recv();
      if (value instanceof long[]) {
        assertArrayEquals((long[]) value, (long[]) back);
      } else {
        assertEquals(value, back);
      }
    }
    mine.close();
    assertEquals(6, child.result(), "the child echoed every message, then saw the end");
  }

  @Test
  @Timeout(30)
  void oneWayPipeRefusesTheWrongDirectionHereAndInAChild() throws Exception {
    Pipe<String> pipe = Pipe.create(false);
    assertThrows(IllegalStateException.class, () -> pipe.first().send("x"));
    assertThrows(IllegalStateException.class, () -> pipe.second().recv());
    assertThrows(IllegalStateException.class, () -> pipe.second().poll());
    ChildProcess<String> child = PipeWorkersProcesses.tryToSend(pipe.first());
    child.start();
    pipe.first().close(); // as in Python: while we hold the reading end, sending still works
    assertEquals("IllegalStateException", child.result());
    IOException broken =
        assertThrows(
            IOException.class,
            () -> {
              // The creator learns of the reader's exit from its socket, a moment after the exit.
              long deadline = System.nanoTime() + 5_000_000_000L;
              while (System.nanoTime() < deadline) {
                pipe.second().send("one way");
                Thread.sleep(20);
              }
            });
    assertTrue(broken.getMessage().contains("peer"), "the reader has exited: " + broken);
    pipe.second().close();
  }

  @Test
  @Timeout(30)
  void endsInTwoDifferentChildrenTalk() throws Exception {
    Pipe<Long> pipe = Pipe.create(false);
    ChildProcess<Long> summer = PipeWorkersProcesses.sumUntilEnd(pipe.first());
    ChildProcess<Void> sender = PipeWorkersProcesses.sendNumbers(pipe.second(), 10_000);
    summer.start();
    sender.start();
    pipe.first().close();
    pipe.second().close();
    sender.join(Duration.ofSeconds(20));
    assertEquals(0, sender.exitCode());
    assertEquals(10_000L * 10_001 / 2, summer.result());
  }

  @Test
  @Timeout(30)
  void pollWaitsForItsTimeoutThenSeesAMessage() throws Exception {
    Pipe<Object> pipe = Pipe.create();
    ChildProcess<Integer> child = PipeWorkersProcesses.echo(pipe.second());
    child.start();
    Connection<Object> mine = pipe.first();
    long start = System.nanoTime();
    assertFalse(mine.poll(Duration.ofMillis(200)));
    long waitedMillis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(waitedMillis >= 190 && waitedMillis < 2_000, "waited " + waitedMillis + " ms");
    mine.send("ping");
    assertTrue(mine.poll(Duration.ofSeconds(10)));
    assertTrue(mine.poll(), "polling does not consume the message");
    assertEquals("ping", mine.recv());
    assertFalse(mine.poll());
    mine.close();
    assertEquals(1, child.result());
  }

  @Test
  @Timeout(30)
  void recvAfterTheChildClosedItsEndGetsTheRestThenEndOfStream() throws Exception {
    Pipe<Long> pipe = Pipe.create();
    ChildProcess<Void> child = PipeWorkersProcesses.sendNumbers(pipe.second(), 3);
    child.start();
    pipe.second().close();
    assertEquals(
        List.of(1L, 2L, 3L),
        List.of(pipe.first().recv(), pipe.first().recv(), pipe.first().recv()));
    assertThrows(EOFException.class, () -> pipe.first().recv());
    assertTrue(pipe.first().poll(), "poll says a read will not block (it ends the stream)");
    assertThrows(EOFException.class, () -> pipe.first().recv(), "still the end, not a hang");
    pipe.first().close();
    child.join();
  }

  @Test
  @Timeout(30)
  void recvWhenThePeerIsKilledEndsQuickly() throws Exception {
    Pipe<String> pipe = Pipe.create();
    ChildProcess<Void> child = PipeWorkersProcesses.sendThenSleep(pipe.second(), "alive");
    child.start();
    assertEquals("alive", pipe.first().recv());
    Thread killer =
        new Thread(
            () -> {
              try {
                Thread.sleep(200);
              } catch (InterruptedException e) {
                return;
              }
              child.kill();
            });
    killer.start();
    long start = System.nanoTime();
    assertThrows(EOFException.class, () -> pipe.first().recv());
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(millis < 3_000, "EOF took " + millis + " ms");
    killer.join();
    child.join();
    assertEquals(-9, child.exitCode());
    pipe.first().close();
  }

  @Test
  @Timeout(60)
  void oversizedMessageIsRefusedAndTheNextOneArrives() throws Exception {
    Pipe<Object> pipe = Pipe.create();
    ChildProcess<Integer> child = PipeWorkersProcesses.echoBytes(pipe.second());
    child.start();
    Connection<Object> mine = pipe.first();
    int limit = BlockingLink.maxFrameBytes();
    IllegalArgumentException tooBig =
        assertThrows(IllegalArgumentException.class, () -> mine.sendBytes(new byte[limit + 1]));
    assertTrue(tooBig.getMessage().contains("multiproc.maxFrameBytes"), tooBig.getMessage());
    // An object whose encoding is over the limit is refused the same way.
    assertThrows(IllegalArgumentException.class, () -> mine.send(new byte[limit]));
    byte[] next = "the next message".getBytes();
    mine.sendBytes(next);
    assertArrayEquals(next, mine.recvBytes());
    mine.close();
    assertEquals(1, child.result());
  }

  @Test
  @Timeout(30)
  void recvBytesIntoATooSmallBufferKeepsTheMessage() throws Exception {
    Pipe<Object> pipe = Pipe.create();
    ChildProcess<Integer> child = PipeWorkersProcesses.echoBytes(pipe.second());
    child.start();
    Connection<Object> mine = pipe.first();
    byte[] message = new byte[100];
    Arrays.fill(message, (byte) 7);
    mine.sendBytes(message, 0, 100);
    BufferTooShortException tooShort =
        assertThrows(BufferTooShortException.class, () -> mine.recvBytesInto(new byte[120], 30));
    assertEquals(100, tooShort.messageLength());
    byte[] buffer = new byte[120];
    assertEquals(100, mine.recvBytesInto(buffer, 20));
    assertArrayEquals(message, Arrays.copyOfRange(buffer, 20, 120));
    mine.close();
    assertEquals(1, child.result());
  }

  @Test
  @Timeout(30)
  void anEndUsedHereIsAlsoUsedByAChild() throws Exception {
    Pipe<Object> pipe = Pipe.create();
    pipe.second().send("used here");
    ChildProcess<Integer> child = PipeWorkersProcesses.echo(pipe.second());
    child.start();
    assertEquals("used here", pipe.first().recv(), "sent here on the second end");
    pipe.first().send("to the child");
    assertEquals("to the child", pipe.first().recv(), "echoed by the child on the same end");
    pipe.first().close();
    assertEquals(1, child.result());
  }

  @Test
  @Timeout(60)
  void oneEndSharedByFiveSendingChildrenDeliversEveryMessage() throws Exception {
    Pipe<Long> pipe = Pipe.create(false);
    int perChild = 500;
    List<ChildProcess<Void>> senders = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ChildProcess<Void> sender = PipeWorkersProcesses.sendNumbers(pipe.second(), perChild);
      sender.start();
      senders.add(sender);
    }
    pipe.second().close(); // only our copy: the pipe stays open while a child holds the end
    long sum = 0;
    int count = 0;
    try {
      while (true) {
        sum += pipe.first().recv();
        count++;
      }
    } catch (EOFException e) {
      // every child closed its end
    }
    assertEquals(5 * perChild, count);
    assertEquals(5L * perChild * (perChild + 1) / 2, sum);
    for (ChildProcess<Void> sender : senders) {
      sender.join();
      assertEquals(0, sender.exitCode());
    }
    pipe.first().close();
  }

  @Test
  @Timeout(60)
  void anEndForwardedThroughAChildIsUsedByTheGrandchild() throws Exception {
    Pipe<Object> pipe = Pipe.create();
    Connection<Object> mine = pipe.first();
    mine.send("sent before anyone started");
    ChildProcess<Integer> child = PipeWorkersProcesses.forwardToEcho(pipe.second());
    child.start();
    pipe.second().close();
    assertEquals("sent before anyone started", mine.recv());
    mine.send(List.of(1, 2));
    assertEquals(List.of(1, 2), mine.recv());
    mine.close();
    assertEquals(2, child.result(), "the grandchild echoed both messages, then saw the end");
  }

  @Test
  @Timeout(60)
  void aPollInOneProcessAndReceivesInOthersLoseNoMessage() throws Exception {
    Pipe<String> pipe = Pipe.create();
    pipe.first().send("one");
    pipe.first().send("two");
    ChildProcess<Boolean> poller = PipeWorkersProcesses.pollOnly(pipe.second(), 10_000);
    poller.start();
    assertTrue(poller.result(), "the child saw a message");
    ChildProcess<String> receiver = PipeWorkersProcesses.recvOne(pipe.second());
    receiver.start();
    assertEquals("one", receiver.result(), "the poll took nothing");
    assertTrue(pipe.second().poll(), "the second message is still there");
    assertEquals("two", pipe.second().recv());
    assertFalse(pipe.second().poll());
    pipe.first().close();
    assertThrows(EOFException.class, () -> pipe.second().recv());
    pipe.second().close();
  }
}
