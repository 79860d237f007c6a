package io.github.multiproc.testing;

import io.github.multiproc.internal.leak.LeakCheck;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The runtime tests' {@code @ExtendWith}: fails a test that leaves children, pools, standbys,
 * segments or object threads behind and ends them ({@link LeakCheck}). It is what
 * {@code multiproc-junit}'s {@code MultiprocExtension} does; the runtime's tests cannot use that
 * module, which depends on the runtime, so both call the same check in the runtime.
 */
public class LeakCheckExtension implements BeforeEachCallback, AfterEachCallback {
  /** The baseline of the test running now; tests of a class run one at a time. */
  private LeakCheck running;

  @Override
  public void beforeEach(ExtensionContext context) {
    running = LeakCheck.start();
  }

  @Override
  public void afterEach(ExtensionContext context) throws Exception {
    List<String> leaks = running.finish();
    running = null;
    if (!leaks.isEmpty()) {
      throw new AssertionError(LeakCheck.message(context.getDisplayName(), leaks));
    }
  }
}
