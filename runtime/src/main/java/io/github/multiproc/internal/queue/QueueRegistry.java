package io.github.multiproc.internal.queue;

import io.github.multiproc.internal.hub.ConnectionKind;
import io.github.multiproc.internal.hub.Hub;
import io.github.multiproc.internal.process.ProcessContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The queues this process owns, by id, and the way to a backend for any handle: the owner gets the
 * state itself, every other process a {@link RemoteBackend}. Ids are never reused, so an unknown id
 * always means a queue its owner closed.
 */
public final class QueueRegistry {
  private static final AtomicLong NEXT_ID = new AtomicLong();
  private static final Map<Long, QueueState> OWNED = new ConcurrentHashMap<>();

  /** This JVM's hub socket once it created a queue: what marks a handle as its own. */
  private static volatile String ownHubPath;

  private QueueRegistry() {}

  /** Creates a queue owned by this process; {@code capacity} {@link Integer#MAX_VALUE}: none. */
  public static QueueBackend create(byte kind, int capacity) {
    if (capacity <= 0) {
      throw new IllegalArgumentException("maxSize must be positive, got " + capacity);
    }
    Hub hub = Hub.get(ProcessContext.sessionKey());
    hub.register(ConnectionKind.QUEUE, QueueService.INSTANCE);
    QueueState state = new QueueState(NEXT_ID.incrementAndGet(), capacity);
    OWNED.put(state.id(), state);
    String hubPath = hub.socketPath().toString();
    ownHubPath = hubPath;
    QueueRef ref = new QueueRef(hubPath, state.id(), kind, capacity, ProcessHandle.current().pid());
    return new LocalBackend(state, ref);
  }

  /**
   * The backend for a decoded handle: local in the owner, remote elsewhere. A handle is this
   * process's own when it names this JVM's hub socket (unique to the JVM), which is known once this
   * process created a queue; comparing pids instead would cost a child that only uses queues the
   * loading of {@code ProcessHandle} (milliseconds) while it starts.
   */
  static QueueBackend backendFor(QueueRef ref) {
    if (ref.hubPath().equals(ownHubPath)) {
      QueueState state = OWNED.get(ref.id());
      if (state == null) {
        state = new QueueState(ref.id(), ref.capacity());
        state.close(); // it was closed here before the handle came back
      }
      return new LocalBackend(state, ref);
    }
    return new RemoteBackend(ref);
  }

  static QueueState get(long id) {
    return OWNED.get(id);
  }

  static void remove(QueueState state) {
    OWNED.remove(state.id(), state);
  }
}
