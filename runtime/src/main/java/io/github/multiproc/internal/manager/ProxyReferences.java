package io.github.multiproc.internal.manager;

import io.github.multiproc.wire.CorruptDataException;
import io.github.multiproc.spi.SharedType;
import io.github.multiproc.wire.WireInput;

/**
 * Turns a reference written by {@link io.github.multiproc.wire.ProxyReference#writeReference} back
 * into a proxy of the same managed object (Python's {@code RebuildProxy}); nothing connects until
 * the proxy's first call.
 */
public final class ProxyReferences {
  private ProxyReferences() {}

  /**
   * Reads one reference and returns a proxy connected (lazily) to its manager.
   *
   * @throws CorruptDataException if the bytes name no address, or a type this process lacks
   */
  public static Object read(WireInput in) {
    int start = in.position();
    try {
      return proxy(ObjectHandle.readFrom(in));
    } catch (IllegalArgumentException e) {
      // A path with a NUL, a port past 65535, a shared type not on this class path: the
      // reference's bytes name nothing this process can reach.
      throw new CorruptDataException(
          "the manager reference at offset " + start + " is unusable here: " + e.getMessage(), e);
    }
  }

  /** The proxy of the type {@code handle} names. */
  static Object proxy(ObjectHandle handle) {
    String tag = handle.typeTag();
    switch (tag) {
      case ManagedTypes.DICT:
        return new DictProxy<>(handle);
      case ManagedTypes.LIST:
        return new ListProxy<>(handle);
      case ManagedTypes.NAMESPACE:
        return new NamespaceProxy(handle);
      case ManagedTypes.VALUE:
      case ManagedTypes.TYPED_VALUE:
        return new ValueProxy<>(handle);
      case ManagedTypes.LOCK:
      case ManagedTypes.RLOCK:
        return new LockProxy(handle);
      case ManagedTypes.EVENT:
        return new EventProxy(handle);
      case ManagedTypes.QUEUE:
        return new QueueProxy<>(handle);
      case ManagedTypes.SEMAPHORE:
      case ManagedTypes.BOUNDED_SEMAPHORE:
        return new SemaphoreProxy(handle);
      case ManagedTypes.CONDITION:
        return new ConditionProxy(handle);
      case ManagedTypes.BARRIER:
        return new BarrierProxy(handle);
      case ManagedTypes.JOINABLE_QUEUE:
        return new JoinableQueueProxy<>(handle);
      case ManagedTypes.ARRAY:
        return new ArrayProxy<>(handle);
      default:
        if (tag.startsWith(ManagedTypes.SHARED_PREFIX)) {
          SharedType<?> type = SharedTypes.byName(tag.substring(ManagedTypes.SHARED_PREFIX.length()));
          return type.newProxy(handle);
        }
        throw new CorruptDataException("unknown managed type '" + tag + "'");
    }
  }
}
