package io.github.multiproc.internal.manager;

import io.github.multiproc.spi.ManagedType;
import io.github.multiproc.spi.ManagedTypeProvider;
import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;

/** The {@code @Managed} interfaces on this JVM's class path, by binary name, loaded once. */
final class ManagedTypeRegistry {
  private ManagedTypeRegistry() {}

  static ManagedType<?> byName(String interfaceName) {
    ManagedType<?> type = Holder.TYPES.get(interfaceName);
    if (type == null) {
      throw new IllegalArgumentException(
          interfaceName
              + " is not a managed type known to this process: annotate the interface"
              + " with @Managed(implementation = ...) and compile it with the multiproc annotation"
              + " processor, so that a ManagedTypeProvider for it is on the class path of every"
              + " process that uses it (the manager's too)");
    }
    return type;
  }

  /** Loaded on first use: most processes never share a custom type. */
  private static final class Holder {
    static final Map<String, ManagedType<?>> TYPES = load();

    private static Map<String, ManagedType<?>> load() {
      Map<String, ManagedType<?>> types = new HashMap<>();
      for (ManagedTypeProvider provider : ServiceLoader.load(ManagedTypeProvider.class)) {
        for (ManagedType<?> type : provider.managedTypes()) {
          types.put(type.type().getName(), type);
        }
      }
      return types;
    }
  }
}
