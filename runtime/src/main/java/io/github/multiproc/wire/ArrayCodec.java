package io.github.multiproc.wire;

import java.lang.reflect.Array;

/** An array of references as its length and its elements. */
final class ArrayCodec<E> extends NullSafeCodec<E[]> {
  private final Codec<E> element;
  private final Class<E> componentType;

  public ArrayCodec(Codec<E> element, Class<E> componentType) {
    this.element = element;
    this.componentType = componentType;
  }

  @Override
  protected void encodeValue(WireOutput out, E[] value) {
    out.writeSize(value.length);
    for (E item : value) {
      element.encode(out, item);
    }
  }

  @Override
  protected E[] decodeValue(WireInput in) {
    @SuppressWarnings("unchecked") // an array of componentType is an E[]
    E[] array = (E[]) Array.newInstance(componentType, in.readCount(1));
    for (int i = 0; i < array.length; i++) {
      array[i] = element.decode(in);
    }
    return array;
  }
}
