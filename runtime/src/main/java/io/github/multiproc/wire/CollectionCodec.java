package io.github.multiproc.wire;

import java.util.Collection;
import java.util.function.IntFunction;

/** A collection as its size and its elements in iteration order; decoded into a new collection. */
final class CollectionCodec<E, C extends Collection<E>> extends NullSafeCodec<C> {
  private final Codec<E> element;
  private final IntFunction<? extends C> newCollection;

  public CollectionCodec(Codec<E> element, IntFunction<? extends C> newCollection) {
    this.element = element;
    this.newCollection = newCollection;
  }

  @Override
  protected void encodeValue(WireOutput out, C value) {
    out.writeSize(value.size());
    int written = 0;
    for (E item : value) {
      element.encode(out, item);
      written++;
    }
    if (written != value.size()) {
      throw new IllegalStateException(
          "the collection changed while it was encoded: size() said "
              + value.size()
              + " but iteration gave "
              + written
              + " elements");
    }
  }

  @Override
  protected C decodeValue(WireInput in) {
    int size = in.readCount(1);
    C collection = newCollection.apply(size);
    for (int i = 0; i < size; i++) {
      collection.add(element.decode(in));
    }
    return collection;
  }
}
