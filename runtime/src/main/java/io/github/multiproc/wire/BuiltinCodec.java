package io.github.multiproc.wire;

/**
 * Base of the built-in value codecs of {@link io.github.multiproc.wire.Codecs}: one small class per
 * family of JDK types, where an int {@code kind} picks the type.
 *
 * <p>Why not one lambda pair per type: {@code Codecs} is initialised by every child JVM at start,
 * and its ~80 lambdas cost ~30 ms there (each one is an invokedynamic bootstrap that spins a hidden
 * class). A switch over a kind costs nothing until it runs, and a JDK type such as
 * {@code ZonedDateTime} is loaded only when a value of it is actually encoded or decoded.
 *
 * @param <T> the type encoded
 */
abstract class BuiltinCodec<T> extends NullSafeCodec<T> {
  /** Which type of the family this codec handles; a constant of the subclass. */
  final int kind;

  BuiltinCodec(int kind) {
    this.kind = kind;
  }

  // A factory such as LocalDate.of that rejects the decoded fields fails as corrupt data in
  // NullSafeCodec.decode, as every codec's constructor call does.
  @Override
  protected final T decodeValue(WireInput in) {
    return decodeKind(in);
  }

  /** Reads a non-null value of this codec's kind. */
  abstract T decodeKind(WireInput in);

  /** The cast every subclass makes from its decoded {@code Object} to {@code T}. */
  @SuppressWarnings("unchecked") // the kind decides the decoded type, which is T by construction
  static <T> T cast(Object value) {
    return (T) value;
  }

  /** For a kind that a subclass's switch does not know: a bug in this package. */
  final IllegalStateException unknownKind() {
    return new IllegalStateException("no built-in codec of kind " + kind + " in " + getClass());
  }
}
