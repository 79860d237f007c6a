package io.github.multiproc.internal.manager;

import io.github.multiproc.spi.SharedType;
import io.github.multiproc.spi.SharedTypeProvider;
import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;

/** The {@code @Shared} interfaces on this JVM's class path, by binary name, loaded once. */
final class SharedTypes {
  private SharedTypes() {}

  static SharedType<?> byName(String interfaceName) {
    SharedType<?> type = Holder.TYPES.get(interfaceName);
    if (type == null) {
      throw new IllegalArgumentException(
          interfaceName + " is not a shared type known to this process: annotate the interface"
              + " with @Shared(implementation = ...) and compile it with the multiproc annotation"
              + " processor, so that a SharedTypeProvider for it is on the class path of every"
              + " process that uses it (the manager's too)");
    }
    return type;
  }

  /** Loaded on first use: most processes never share a custom type. */
  private static final class Holder {
    static final Map<String, SharedType<?>> TYPES = load();

    private static Map<String, SharedType<?>> load() {
      Map<String, SharedType<?>> types = new HashMap<>();
      for (SharedTypeProvider provider : ServiceLoader.load(SharedTypeProvider.class)) {
        for (SharedType<?> type : provider.sharedTypes()) {
          types.put(type.type().getName(), type);
        }
      }
      return types;
    }
  }
}
