package io.github.multiproc.internal.queue;

import io.github.multiproc.wire.CorruptDataException;
import io.github.multiproc.wire.NullSafeCodec;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;

/**
 * The codec of a queue handle: encodes its {@link QueueRef}, decodes to a queue object that
 * reaches the same queue (the owner's state in the owner, a lazily connecting proxy elsewhere).
 */
public final class QueueCodec extends NullSafeCodec<Object> {
  /** Accepts {@code ProcessQueue} and {@code JoinableProcessQueue} handles. */
  public static final QueueCodec QUEUE =
      new QueueCodec("ProcessQueue", QueueRef.QUEUE, QueueRef.JOINABLE);

  public static final QueueCodec JOINABLE =
      new QueueCodec("JoinableProcessQueue", QueueRef.JOINABLE, QueueRef.JOINABLE);
  public static final QueueCodec SIMPLE =
      new QueueCodec("SimpleProcessQueue", QueueRef.SIMPLE, QueueRef.SIMPLE);

  private final String typeName;
  private final byte minKind;
  private final byte maxKind;

  private QueueCodec(String typeName, byte minKind, byte maxKind) {
    this.typeName = typeName;
    this.minKind = minKind;
    this.maxKind = maxKind;
  }

  @Override
  protected void encodeValue(WireOutput out, Object value) {
    QueueBackend backend = QueueBridge.access().backendOf(value);
    if (backend == null || backend.ref().kind() < minKind || backend.ref().kind() > maxKind) {
      throw new IllegalArgumentException(
          "a "
              + value.getClass().getName()
              + " cannot be passed to"
              + " another process: create a "
              + typeName
              + " ("
              + typeName
              + ".create()) instead; its"
              + " items are shared by every process that holds it");
    }
    backend.ref().encode(out);
  }

  @Override
  protected Object decodeValue(WireInput in) {
    QueueRef ref = QueueRef.decode(in);
    if (ref.kind() < minKind || ref.kind() > maxKind) {
      throw new CorruptDataException(
          "expected a " + typeName + " handle, got queue kind " + ref.kind());
    }
    return QueueBridge.access().wrap(QueueRegistry.backendFor(ref));
  }
}
