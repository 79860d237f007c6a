package io.github.multiproc.internal.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.multiproc.RemoteException;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;
import org.junit.jupiter.api.Test;

class RemoteThrowablesTest {
  @Test
  void aCyclicCauseChainIsCutAtTheRepeat() {
    Exception a = new Exception("a");
    Exception b = new Exception("b", a);
    a.initCause(b);
    RemoteException decoded = roundTrip(a);
    assertEquals("java.lang.Exception: a", decoded.getMessage());
    assertEquals("b", ((RemoteException) decoded.getCause()).remoteMessage());
    assertNull(decoded.getCause().getCause());
  }

  @Test
  void aDeepChainIsCutAtTheLimit() {
    Throwable t = new RuntimeException("0");
    for (int i = 1; i < 100; i++) {
      t = new RuntimeException(Integer.toString(i), t);
    }
    int depth = 0;
    for (Throwable c = roundTrip(t); c != null; c = c.getCause()) {
      depth++;
    }
    assertEquals(RemoteThrowables.MAX_DEPTH, depth);
  }

  @Test
  void framesAndNullMessagesSurvive() {
    NullPointerException npe = new NullPointerException();
    npe.setStackTrace(
        new StackTraceElement[] {
          new StackTraceElement("app", "mod", "1.0", "a.B", "m", "B.java", 12),
          new StackTraceElement("a.C", "n", null, -2)
        });
    RemoteException decoded = roundTrip(npe);
    assertEquals("java.lang.NullPointerException", decoded.getMessage());
    assertNull(decoded.remoteMessage());
    assertEquals(npe.getStackTrace()[0], decoded.getStackTrace()[0]);
    assertEquals(npe.getStackTrace()[1], decoded.getStackTrace()[1]);
  }

  private static RemoteException roundTrip(Throwable t) {
    WireOutput out = new WireOutput();
    RemoteThrowables.encode(out, t);
    return RemoteThrowables.decode(new WireInput(out.toByteArray()));
  }
}
