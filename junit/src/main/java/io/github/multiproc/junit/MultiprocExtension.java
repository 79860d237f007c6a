package io.github.multiproc.junit;

import io.github.multiproc.internal.leak.LeakCheck;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails every test that leaves multiproc resources behind, names them and ends them, so the next
 * test starts clean (no Python counterpart; CPython's test suite checks the same by hand with
 * {@code support.reap_children()}). Use it with {@code @ExtendWith(MultiprocExtension.class)} or
 * {@link MultiprocTest @MultiprocTest} on a test class.
 *
 * <p>Before each test it takes a baseline; after the test and its {@code @AfterEach} methods it
 * looks for child processes (workers, pool workers, manager servers) still alive, pools not
 * joined, more standby JVMs than before, new {@code /dev/shm/multiproc-<this pid>-*} segments and
 * threads of multiproc objects (see {@link LeakCheck} for exactly what counts and why the
 * runtime's idle standbys and service threads do not). What is still ending gets
 * {@value LeakCheck#LINGER_MILLIS} ms to go by itself; the rest is killed, terminated, unlinked or
 * interrupted, and the test fails with an {@link AssertionError} that lists it.
 */
public final class MultiprocExtension implements BeforeEachCallback, AfterEachCallback {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(MultiprocExtension.class);

  /** Used by JUnit: {@code @ExtendWith(MultiprocExtension.class)}. */
  public MultiprocExtension() {}

  @Override
  public void beforeEach(ExtensionContext context) {
    context.getStore(NAMESPACE).put(LeakCheck.class, LeakCheck.start());
  }

  @Override
  public void afterEach(ExtensionContext context) throws InterruptedException {
    LeakCheck check = context.getStore(NAMESPACE).remove(LeakCheck.class, LeakCheck.class);
    if (check == null) {
      return; // beforeEach did not run: JUnit already reports why
    }
    List<String> leaks = check.finish();
    if (!leaks.isEmpty()) {
      throw new AssertionError(LeakCheck.message(context.getDisplayName(), leaks));
    }
  }
}
