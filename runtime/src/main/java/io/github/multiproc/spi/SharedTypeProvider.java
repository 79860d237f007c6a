package io.github.multiproc.spi;

import java.util.List;

/**
 * Lists the {@code @Shared} interfaces of a compilation, found through
 * {@link java.util.ServiceLoader}; the processor writes one per compilation and its
 * {@code META-INF/services} entry.
 */
public interface SharedTypeProvider {
  /** The shared types. */
  List<SharedType<?>> sharedTypes();
}
