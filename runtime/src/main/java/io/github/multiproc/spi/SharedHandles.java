package io.github.multiproc.spi;

import io.github.multiproc.SharedByteArray;
import io.github.multiproc.SharedDouble;
import io.github.multiproc.SharedDoubleArray;
import io.github.multiproc.SharedInt;
import io.github.multiproc.SharedIntArray;
import io.github.multiproc.SharedLong;
import io.github.multiproc.SharedLongArray;
import io.github.multiproc.SharedMemory;

/**
 * Codecs for shared-memory objects passed to workers: they travel as the segment's name and the
 * child maps the same memory.
 * SKELETON: the shared-memory helper implements them (null until then).
 */
public final class SharedHandles {
  private SharedHandles() {}

  public static final Codec<SharedInt> SHARED_INT = null;
  public static final Codec<SharedLong> SHARED_LONG = null;
  public static final Codec<SharedDouble> SHARED_DOUBLE = null;
  public static final Codec<SharedIntArray> SHARED_INT_ARRAY = null;
  public static final Codec<SharedLongArray> SHARED_LONG_ARRAY = null;
  public static final Codec<SharedDoubleArray> SHARED_DOUBLE_ARRAY = null;
  public static final Codec<SharedByteArray> SHARED_BYTE_ARRAY = null;
  public static final Codec<SharedMemory> SHARED_MEMORY = null;
}
