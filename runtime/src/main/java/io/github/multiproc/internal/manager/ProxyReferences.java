package io.github.multiproc.internal.manager;

import io.github.multiproc.spi.ManagedType;
import io.github.multiproc.wire.CorruptDataException;
import io.github.multiproc.wire.ExternalReferenceReader;
import io.github.multiproc.wire.ProxyReference;
import io.github.multiproc.wire.WireInput;
import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Turns a reference written by {@link io.github.multiproc.wire.ProxyReference#writeReference} back
 * into a proxy of the same managed object (Python's {@code RebuildProxy}); nothing connects until
 * the proxy's first call.
 */
public final class ProxyReferences {
  /**
   * The first byte of an external reference: after {@code Endpoint}'s address kinds (0 for a
   * Unix-domain socket, 1 for TCP), so a manager's references keep their bytes.
   */
  private ProxyReferences() {}

  /**
   * Reads one reference and returns a proxy connected (lazily) to its manager.
   *
   * @throws CorruptDataException if the bytes name no address, or a type this process lacks
   */
  public static Object read(WireInput in) {
    int start = in.position();
    int kind = in.readUnsignedByte();
    if (kind == ProxyReference.EXTERNAL_KIND) {
      return ExternalReaders.forKind(in.readString()).read(in);
    }
    try {
      return proxy(ObjectHandle.readFrom(kind, in));
    } catch (IllegalArgumentException e) {
      // A path with a NUL, a port past 65535, a managed type not on this class path: the
      // reference's bytes name nothing this process can reach.
      throw new CorruptDataException(
          "the manager reference at offset " + start + " is unusable here: " + e.getMessage(), e);
    }
  }

  /** The proxy of the type {@code handle} names. */
  static Object proxy(ObjectHandle handle) {
    String tag = handle.typeTag();
    switch (tag) {
      case TypeIds.DICT:
        return new DictProxy<>(handle);
      case TypeIds.LIST:
        return new ListProxy<>(handle);
      case TypeIds.NAMESPACE:
        return new NamespaceProxy(handle);
      case TypeIds.VALUE:
      case TypeIds.TYPED_VALUE:
        return new ValueProxy<>(handle);
      case TypeIds.LOCK:
      case TypeIds.RLOCK:
        return new LockProxy(handle);
      case TypeIds.EVENT:
        return new EventProxy(handle);
      case TypeIds.QUEUE:
        return new QueueProxy<>(handle);
      case TypeIds.SEMAPHORE:
      case TypeIds.BOUNDED_SEMAPHORE:
        return new SemaphoreProxy(handle);
      case TypeIds.CONDITION:
        return new ConditionProxy(handle);
      case TypeIds.BARRIER:
        return new BarrierProxy(handle);
      case TypeIds.JOINABLE_QUEUE:
        return new JoinableQueueProxy<>(handle);
      case TypeIds.ARRAY:
        return new ArrayProxy<>(handle);
      default:
        if (tag.startsWith(TypeIds.MANAGED_PREFIX)) {
          ManagedType<?> type =
              ManagedTypeRegistry.byName(tag.substring(TypeIds.MANAGED_PREFIX.length()));
          return type.newProxy(handle);
        }
        throw new CorruptDataException("unknown managed type '" + tag + "'");
    }
  }

  /** The external readers on the class path by kind, loaded at the first external reference. */
  private static final class ExternalReaders {
    private static final Map<String, ExternalReferenceReader> BY_KIND = load();

    private static Map<String, ExternalReferenceReader> load() {
      Map<String, ExternalReferenceReader> readers = new HashMap<>();
      for (ExternalReferenceReader reader : ServiceLoader.load(ExternalReferenceReader.class)) {
        readers.putIfAbsent(reader.kind(), reader);
      }
      return readers;
    }

    static ExternalReferenceReader forKind(String kind) {
      ExternalReferenceReader reader = BY_KIND.get(kind);
      if (reader == null) {
        throw new CorruptDataException(
            "a reference to an object held by '"
                + kind
                + "' arrived, but no"
                + " ExternalReferenceReader of that kind is on this process's class path: put the"
                + " module that made the object (multiproc-cluster for a cluster's objects) on it");
      }
      return reader;
    }
  }
}
