package io.github.multiproc.spi;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** {@link ChildMain#linkAhead}: what a standby JVM does with a user's class while it waits. */
class ChildMainTest {
  private static final AtomicBoolean INITIALIZED = new AtomicBoolean();

  /** A user's class whose static initializer must not run in a standby nobody has used yet. */
  static final class Workers {
    static {
      INITIALIZED.set(true);
    }

    static int work() {
      return 42;
    }
  }

  @Test
  void linkingAheadRunsNoStaticInitializer() {
    ChildMain.linkAhead(Workers.class);
    assertFalse(INITIALIZED.get(), "linkAhead ran the class's static initializer");
    Workers.work();
    assertTrue(INITIALIZED.get(), "the first call initializes the class, as in any child");
  }
}
