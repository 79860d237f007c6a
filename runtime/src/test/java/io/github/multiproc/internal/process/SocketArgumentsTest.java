package io.github.multiproc.internal.process;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.multiproc.ProcessQueue;
import io.github.multiproc.spi.QueueHandles;
import io.github.multiproc.wire.Codecs;
import io.github.multiproc.wire.WireOutput;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import org.junit.jupiter.api.Test;

class SocketArgumentsTest {
  @Test
  void aQueueHandleMarksTheArgumentsAndPlainValuesDoNot() {
    try (ProcessQueue<Object> q = ProcessQueue.create()) {
      assertTrue(
          SocketArguments.encode(
              out -> {
                Codecs.STRING.encode(out, "before");
                QueueHandles.<Object>queue().encode(out, q);
              },
              new WireOutput()));
    }
    assertFalse(
        SocketArguments.encode(out -> Codecs.STRING.encode(out, "plain"), new WireOutput()));
  }

  @Test
  void aMarkOutsideAnEncodingOrInANestedOneLeavesTheOuterAlone() {
    SocketArguments.mark(); // no encoding runs on this thread: ignored
    boolean[] inner = new boolean[1];
    boolean outer =
        SocketArguments.encode(
            out -> {
              inner[0] = SocketArguments.encode(nested -> SocketArguments.mark(), new WireOutput());
            },
            new WireOutput());
    assertTrue(inner[0]);
    assertFalse(outer);
    assertFalse(SocketArguments.encode(out -> {}, new WireOutput()));
  }

  @Test
  void theBootstrapCarriesTheMark() throws Exception {
    for (boolean usesSockets : new boolean[] {true, false}) {
      Bootstrap sent =
          new Bootstrap(
              new byte[32],
              "/tmp/hub",
              "",
              "token",
              "Process-1",
              "1",
              false,
              1L,
              "MainProcess",
              1 << 20,
              "entry()",
              new byte[] {1, 2, 3},
              usesSockets);
      Bootstrap read =
          Bootstrap.read(new DataInputStream(new ByteArrayInputStream(sent.toFrame())));
      assertArrayEquals(sent.arguments(), read.arguments());
      assertTrue(read.argumentsUseSockets() == usesSockets);
    }
  }
}
