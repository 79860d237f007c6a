package io.github.multiproc.internal.queue;

import java.util.List;

/** The owner's view of its queue: direct calls on the {@link QueueState}, no socket. */
final class LocalBackend implements QueueBackend {
  private final QueueState state;
  private final QueueRef ref;

  LocalBackend(QueueState state, QueueRef ref) {
    this.state = state;
    this.ref = ref;
  }

  @Override
  public QueueRef ref() {
    return ref;
  }

  @Override
  public boolean offer(Object item, long nanos) throws InterruptedException {
    return state.offer(Items.encode(item), nanos);
  }

  @Override
  public Object poll(long nanos) throws InterruptedException {
    byte[] bytes = state.poll(nanos);
    return bytes == null ? null : Items.decode(bytes);
  }

  @Override
  public Object peek() {
    byte[] bytes = state.peek();
    return bytes == null ? null : Items.decode(bytes);
  }

  @Override
  public int size() {
    return state.size();
  }

  @Override
  public void clear() {
    state.clear();
  }

  @Override
  public List<Object> drain(int max) {
    return Items.decodeAll(state.drain(max));
  }

  @Override
  public List<Object> snapshot() {
    return Items.decodeAll(state.snapshot());
  }

  @Override
  public void taskDone() {
    state.taskDone();
  }

  @Override
  public boolean join(long nanos) throws InterruptedException {
    return state.join(nanos);
  }

  @Override
  public void close() {
    QueueRegistry.remove(state);
    state.close();
  }
}
