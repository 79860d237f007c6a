package io.github.multiproc.spi;

import java.util.List;

/**
 * Lists the {@code @Managed} interfaces of a compilation, found through
 * {@link java.util.ServiceLoader}; the processor writes one per compilation and its
 * {@code META-INF/services} entry.
 */
public interface ManagedTypeProvider {
  /** The managed types. */
  List<ManagedType<?>> managedTypes();
}
