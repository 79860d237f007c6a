package io.github.multiproc.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.multiproc.ChildProcess;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The set-up of the shared-memory tests, registered as a static {@code @RegisterExtension} field:
 * after each test it fails the test that left processes, threads or segments of this JVM behind
 * and ends them ({@link LeakCheckExtension}); after the class it asserts that no segment of a
 * child started through {@link #started}, or of a name given to {@link #chosen}, is left in
 * {@code /dev/shm} ({@link ShmLeftovers}).
 */
public final class ShmTestExtension extends LeakCheckExtension implements AfterAllCallback {
  private final ShmLeftovers leftovers = new ShmLeftovers();

  /** Starts {@code child} and counts its segments as this class's. */
  public <R> ChildProcess<R> started(ChildProcess<R> child) {
    child.start();
    leftovers.track(child.pid());
    return child;
  }

  /** Counts the chosen segment name {@code name} as this class's; returns it. */
  public String chosen(String name) {
    return leftovers.chosen(name);
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    assertEquals(List.of(), leftovers.left());
  }
}
