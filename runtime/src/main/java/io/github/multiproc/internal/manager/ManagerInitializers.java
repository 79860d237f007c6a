package io.github.multiproc.internal.manager;

import io.github.multiproc.ManagerInitializer;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.Supplier;

/**
 * Finds a {@link ManagerInitializer} by class name among the registered providers only, so the
 * name a manager's parent sends picks one of the classes this JVM was told it may run, never an
 * arbitrary class.
 */
public final class ManagerInitializers {
  private ManagerInitializers() {}

  /** Refuses, in the starting process, an initializer the server could not find. */
  public static void requireRegistered(Class<? extends ManagerInitializer> type) {
    find(type.getName());
  }

  /** Runs the registered initializer named {@code className} with {@code args}. */
  static void run(String className, List<Object> args) throws Exception {
    find(className).get().initialize(args);
  }

  private static Supplier<ManagerInitializer> find(String className) {
    return ServiceLoader.load(ManagerInitializer.class).stream()
        .filter(provider -> provider.type().getName().equals(className))
        .findFirst()
        .<Supplier<ManagerInitializer>>map(provider -> provider)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    className
                        + " is not a registered"
                        + " ManagerInitializer: list it in"
                        + " META-INF/services/io.github.multiproc.ManagerInitializer (or a module's provides"
                        + " clause) so that the manager's server process may run it"));
  }
}
