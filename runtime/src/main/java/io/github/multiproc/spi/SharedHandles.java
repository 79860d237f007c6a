package io.github.multiproc.spi;

import io.github.multiproc.SharedByteArray;
import io.github.multiproc.SharedDouble;
import io.github.multiproc.SharedDoubleArray;
import io.github.multiproc.SharedInt;
import io.github.multiproc.SharedIntArray;
import io.github.multiproc.SharedLong;
import io.github.multiproc.SharedLongArray;
import io.github.multiproc.SharedMemory;
import io.github.multiproc.internal.shm.HandleCodec;

/**
 * Codecs for shared-memory objects passed to workers: they travel as the segment's name and the
 * child maps the same memory.
 */
public final class SharedHandles {
  private SharedHandles() {}

  public static final Codec<SharedInt> SHARED_INT =
      new HandleCodec<>(SharedInt.class, SharedInt::name, SharedInt::attach);
  public static final Codec<SharedLong> SHARED_LONG =
      new HandleCodec<>(SharedLong.class, SharedLong::name, SharedLong::attach);
  public static final Codec<SharedDouble> SHARED_DOUBLE =
      new HandleCodec<>(SharedDouble.class, SharedDouble::name, SharedDouble::attach);
  public static final Codec<SharedIntArray> SHARED_INT_ARRAY =
      new HandleCodec<>(SharedIntArray.class, SharedIntArray::name, SharedIntArray::attach);
  public static final Codec<SharedLongArray> SHARED_LONG_ARRAY =
      new HandleCodec<>(SharedLongArray.class, SharedLongArray::name, SharedLongArray::attach);
  public static final Codec<SharedDoubleArray> SHARED_DOUBLE_ARRAY = new HandleCodec<>(
      SharedDoubleArray.class, SharedDoubleArray::name, SharedDoubleArray::attach);
  public static final Codec<SharedByteArray> SHARED_BYTE_ARRAY =
      new HandleCodec<>(SharedByteArray.class, SharedByteArray::name, SharedByteArray::attach);
  public static final Codec<SharedMemory> SHARED_MEMORY =
      new HandleCodec<>(SharedMemory.class, SharedMemory::name, SharedMemory::attach);
}
