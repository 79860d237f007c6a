package io.github.multiproc.internal.queue;

/**
 * How this package builds and unwraps the public queue types, whose constructors are package
 * private in {@code io.github.multiproc}: {@code ProcessQueue} installs the implementation when it
 * loads. Not for users.
 */
public final class QueueBridge {
  /** Implemented in {@code io.github.multiproc}. */
  public interface Access {
    /** A public queue object of {@code backend.ref().kind()} around {@code backend}. */
    Object wrap(QueueBackend backend);

    /** The backend of a public queue object, or {@code null} if {@code queue} is not ours. */
    QueueBackend backendOf(Object queue);
  }

  private static volatile Access access;

  private QueueBridge() {}

  public static void install(Access implementation) {
    access = implementation;
  }

  static Access access() {
    Access a = access;
    if (a == null) {
      try {
        Class.forName("io.github.multiproc.ProcessQueue", true, QueueBridge.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
      a = access;
    }
    return a;
  }
}
