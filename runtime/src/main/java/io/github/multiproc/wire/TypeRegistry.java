package io.github.multiproc.wire;

import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The records, enums and sealed types this JVM can send as {@code Object}: generated codec holders
 * register theirs when they load, and {@link CodecProvider}s found by {@link ServiceLoader} (the
 * processor writes one for each holder and each {@code @Portable} type) register the rest the
 * first time an unknown name is met, to send or to read. So a record named in any class's
 * signature crosses from and to every JVM of the program, and a child that never meets an unknown
 * name never scans for providers. A name that is not registered is never turned into a class.
 */
final class TypeRegistry {
  private static final ConcurrentHashMap<String, Codec<?>> BY_NAME = new ConcurrentHashMap<>();
  private static volatile boolean providersLoaded;

  private TypeRegistry() {}

  /** Registers {@code codec} for {@code type}; the first registration of a name wins. */
  public static <T> void register(Class<T> type, Codec<T> codec) {
    BY_NAME.putIfAbsent(type.getName(), codec);
  }

  /** The codec registered for {@code type}, or {@code null}. */
  public static Codec<?> codecFor(Class<?> type) {
    return codecFor(type.getName());
  }

  /** The codec registered under the binary class name {@code name}, or {@code null}. */
  public static Codec<?> codecFor(String name) {
    Codec<?> codec = BY_NAME.get(name);
    if (codec == null && !providersLoaded) {
      loadProviders();
      codec = BY_NAME.get(name);
    }
    return codec;
  }

  private static synchronized void loadProviders() {
    if (providersLoaded) {
      return;
    }
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    for (CodecProvider provider :
        ServiceLoader.load(
            CodecProvider.class, loader != null ? loader : TypeRegistry.class.getClassLoader())) {
      provider.registerCodecs();
    }
    providersLoaded = true;
  }
}
