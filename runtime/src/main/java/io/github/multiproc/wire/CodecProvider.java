package io.github.multiproc.wire;

/**
 * Registers codecs for records, enums and sealed types, found through
 * {@link java.util.ServiceLoader}: the processor generates an implementation and its
 * {@code META-INF/services} entry for each {@code @Portable} type, so a type that appears in no
 * worker signature can still cross as an {@code Object}, and for each codec holder, so a type
 * named in one class's signature crosses as an {@code Object} in a JVM that never loaded that
 * class. Python's pickle finds a class by importing its module; here only these registrations
 * can make a name readable.
 */
public interface CodecProvider {
  /** Calls {@link Codecs#register} for every type this provider knows. */
  void registerCodecs();
}
