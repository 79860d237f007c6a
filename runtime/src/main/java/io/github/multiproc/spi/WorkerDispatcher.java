package io.github.multiproc.spi;

import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;

/**
 * The body of a generated launcher: given an entry key, it decodes the arguments, calls the user's
 * {@code @Worker} or {@code @Daemon} member with plain Java calls (no reflection) and encodes the
 * result. {@link ChildMain#run} calls it in the child JVM.
 */
public interface WorkerDispatcher {
  /**
   * Runs the member named by {@code entryKey}.
   *
   * @param entryKey which member, as given to {@link WorkerCall#to}, e.g. {@code "worker(int)"}
   * @param arguments the encoded arguments
   * @param result where the return value is encoded; nothing is written for {@code void}
   * @throws Throwable whatever the user's code throws, to be reported to the parent
   */
  void dispatch(String entryKey, WireInput arguments, WireOutput result) throws Throwable;

  /** The error a dispatcher throws for a key it does not know: parent and child disagree. */
  static IllegalArgumentException unknownEntry(String entryKey, Class<?> launcher) {
    return new IllegalArgumentException(
        launcher.getName()
            + " has no entry '"
            + entryKey
            + "': the child runs different classes"
            + " than its parent compiled against; rebuild so both use the same class path");
  }
}
