package io.github.multiproc.internal.process;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.multiproc.ChildProcess;
import io.github.multiproc.internal.hub.PidDirectories;
import io.github.multiproc.testing.BasicWorkersProcesses;
import io.github.multiproc.testing.ChildCleanup;
import io.github.multiproc.wire.WireOutput;
import java.io.FileOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A spawned child's control link over a FIFO, and the hub line that replaces it when off. */
class ControlFifoTest {
  @AfterEach
  void cleanUp() {
    System.clearProperty("multiproc.controlFifo");
    ChildCleanup.killDescendants();
  }

  @Test
  @Timeout(10)
  void readsHelloThenTheReportAndEndsOnceTheWriterIsGone() throws Exception {
    ChildLink link = new ChildLink();
    ControlFifo fifo = ControlFifo.open("token-1", link);
    assertNotNull(fifo, "this Linux machine has mkfifo");
    Path path = Path.of(fifo.path());
    try (FileOutputStream child = new FileOutputStream(path.toFile())) {
      child.write(frame(hello("token-1")));
      assertTrue(link.awaitHello(5, TimeUnit.SECONDS));
      assertFalse(Files.exists(path), "the name goes once the child has the FIFO open");
      child.write(frame(new byte[] {ChildControl.RESULT, 7, 8}));
    }
    link.closeAfterExit();
    ChildLink.Report report = link.report();
    assertNotNull(report);
    assertTrue(report.success());
    assertArrayEquals(new byte[] {7, 8}, report.payload());
  }

  @Test
  @Timeout(10)
  void aWrongTokenIsNoHelloAndLeavesNothingBehind() throws Exception {
    ChildLink link = new ChildLink();
    ControlFifo fifo = ControlFifo.open("token-2", link);
    Path path = Path.of(fifo.path());
    try (FileOutputStream stranger = new FileOutputStream(path.toFile())) {
      stranger.write(frame(hello("someone-else")));
    }
    link.closeAfterExit();
    assertFalse(link.saidHello());
    assertNull(link.report());
    assertFalse(Files.exists(path));
  }

  @Test
  @Timeout(10)
  void aChildThatNeverOpensItsFifoDoesNotStrandTheReader() throws Exception {
    ChildLink link = new ChildLink();
    ControlFifo fifo = ControlFifo.open("token-3", link);
    long start = System.nanoTime();
    link.closeAfterExit(); // the child died before it said HELLO
    assertTrue(
        System.nanoTime() - start < TimeUnit.SECONDS.toNanos(1),
        "the reader ended at once instead of after closeAfterExit's 2 s limit");
    assertFalse(Files.exists(Path.of(fifo.path())));
  }

  @Test
  @Timeout(60)
  void aResultLargerThanAPipeBufferCrossesTheFifo() {
    String big = "x".repeat(1 << 20);
    ChildProcess<String> child = BasicWorkersProcesses.echo(big);
    child.start();
    String echoed = child.result();
    assertTrue(("echo:" + big).equals(echoed), "echoed " + echoed.length() + " chars");
    child.close();
  }

  @Test
  @Timeout(30)
  void aFifoDirectoryRemovedByATempCleanerIsMadeAgain() throws Exception {
    Path first = ControlFifos.take();
    assertNotNull(first, "this Linux machine has mkfifo");
    Path removed = first.getParent();
    PidDirectories.deleteQuietly(removed);
    Path fresh = null;
    for (int i = 0; i < 64 && fresh == null; i++) {
      Path next = ControlFifos.take(); // the batch made before names FIFOs that are gone now
      assertNotNull(next, "FIFOs were given up after their directory went");
      fresh = Files.exists(next) ? next : null;
    }
    assertNotNull(fresh, "no FIFO was made after the directory went");
    assertNotEquals(removed, fresh.getParent());
    Files.delete(fresh);
  }

  @Test
  @Timeout(60)
  void withFifosOffChildrenReportOverTheHub() {
    System.setProperty("multiproc.controlFifo", "false");
    assertNull(ControlFifos.take());
    ChildProcess<Integer> child = BasicWorkersProcesses.add(2, 3);
    child.start();
    assertEquals(5, child.result());
    assertEquals(0, child.exitCode());
    child.close();
  }

  private static byte[] hello(String token) {
    WireOutput out = new WireOutput();
    out.writeString(token);
    return out.toByteArray();
  }

  private static byte[] frame(byte[] payload) {
    WireOutput out = new WireOutput();
    out.writeInt(payload.length);
    out.writeBytes(payload);
    return out.toByteArray();
  }
}
