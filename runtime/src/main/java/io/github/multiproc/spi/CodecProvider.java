package io.github.multiproc.spi;

/**
 * Registers codecs for {@code @Portable} types, found through {@link java.util.ServiceLoader}: the
 * processor generates an implementation and its {@code META-INF/services} entry, so a type that
 * appears in no worker signature can still be decoded when it arrives as an {@code Object}.
 */
public interface CodecProvider {
  /** Calls {@link Codecs#register} for every type this provider knows. */
  void registerCodecs();
}
