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
      new HandleCodec<>(SharedInt.class) {
        @Override
        protected String nameOf(SharedInt value) {
          return value.name();
        }

        @Override
        protected SharedInt attach(String name) {
          return SharedInt.attach(name);
        }
      };

  public static final Codec<SharedLong> SHARED_LONG =
      new HandleCodec<>(SharedLong.class) {
        @Override
        protected String nameOf(SharedLong value) {
          return value.name();
        }

        @Override
        protected SharedLong attach(String name) {
          return SharedLong.attach(name);
        }
      };

  public static final Codec<SharedDouble> SHARED_DOUBLE =
      new HandleCodec<>(SharedDouble.class) {
        @Override
        protected String nameOf(SharedDouble value) {
          return value.name();
        }

        @Override
        protected SharedDouble attach(String name) {
          return SharedDouble.attach(name);
        }
      };

  public static final Codec<SharedIntArray> SHARED_INT_ARRAY =
      new HandleCodec<>(SharedIntArray.class) {
        @Override
        protected String nameOf(SharedIntArray value) {
          return value.name();
        }

        @Override
        protected SharedIntArray attach(String name) {
          return SharedIntArray.attach(name);
        }
      };

  public static final Codec<SharedLongArray> SHARED_LONG_ARRAY =
      new HandleCodec<>(SharedLongArray.class) {
        @Override
        protected String nameOf(SharedLongArray value) {
          return value.name();
        }

        @Override
        protected SharedLongArray attach(String name) {
          return SharedLongArray.attach(name);
        }
      };

  public static final Codec<SharedDoubleArray> SHARED_DOUBLE_ARRAY =
      new HandleCodec<>(SharedDoubleArray.class) {
        @Override
        protected String nameOf(SharedDoubleArray value) {
          return value.name();
        }

        @Override
        protected SharedDoubleArray attach(String name) {
          return SharedDoubleArray.attach(name);
        }
      };

  public static final Codec<SharedByteArray> SHARED_BYTE_ARRAY =
      new HandleCodec<>(SharedByteArray.class) {
        @Override
        protected String nameOf(SharedByteArray value) {
          return value.name();
        }

        @Override
        protected SharedByteArray attach(String name) {
          return SharedByteArray.attach(name);
        }
      };

  public static final Codec<SharedMemory> SHARED_MEMORY =
      new HandleCodec<>(SharedMemory.class) {
        @Override
        protected String nameOf(SharedMemory value) {
          return value.name();
        }

        @Override
        protected SharedMemory attach(String name) {
          return SharedMemory.attach(name);
        }
      };
}
