package io.github.multiproc;

import io.github.multiproc.internal.shm.Segment;

/**
 * What the shared arrays share beyond {@link SharedObject}: their length and how they print. Each
 * subclass adds its element type's {@code get}/{@code set} of one element and of a slice.
 */
abstract class SharedArray extends SharedObject {
  SharedArray(Segment segment, boolean owner, int width) {
    super(segment, owner, width);
  }

  /** Python's {@code len(array)}. */
  public int length() {
    return length;
  }

  @Override
  public String toString() {
    return "<"
        + getClass().getSimpleName()
        + (isRaw() ? " raw " : " ")
        + segment.name()
        + " length="
        + length
        + ">";
  }
}
