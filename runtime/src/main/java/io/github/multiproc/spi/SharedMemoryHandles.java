package io.github.multiproc.spi;

import io.github.multiproc.ShareableList;
import io.github.multiproc.SharedByte;
import io.github.multiproc.SharedByteArray;
import io.github.multiproc.SharedChar;
import io.github.multiproc.SharedCharArray;
import io.github.multiproc.SharedDouble;
import io.github.multiproc.SharedDoubleArray;
import io.github.multiproc.SharedFloat;
import io.github.multiproc.SharedFloatArray;
import io.github.multiproc.SharedInt;
import io.github.multiproc.SharedIntArray;
import io.github.multiproc.SharedLong;
import io.github.multiproc.SharedLongArray;
import io.github.multiproc.SharedMemory;
import io.github.multiproc.SharedMemoryManager;
import io.github.multiproc.SharedShort;
import io.github.multiproc.SharedShortArray;
import io.github.multiproc.internal.shm.HandleCodec;
import io.github.multiproc.wire.Codec;

/**
 * Codecs for shared-memory objects passed to workers: they travel as the segment's name and the
 * child maps the same memory.
 */
public final class SharedMemoryHandles {
  private SharedMemoryHandles() {}

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

  public static final Codec<SharedShort> SHARED_SHORT =
      new HandleCodec<>(SharedShort.class) {
        @Override
        protected String nameOf(SharedShort value) {
          return value.name();
        }

        @Override
        protected SharedShort attach(String name) {
          return SharedShort.attach(name);
        }
      };

  public static final Codec<SharedFloat> SHARED_FLOAT =
      new HandleCodec<>(SharedFloat.class) {
        @Override
        protected String nameOf(SharedFloat value) {
          return value.name();
        }

        @Override
        protected SharedFloat attach(String name) {
          return SharedFloat.attach(name);
        }
      };

  public static final Codec<SharedChar> SHARED_CHAR =
      new HandleCodec<>(SharedChar.class) {
        @Override
        protected String nameOf(SharedChar value) {
          return value.name();
        }

        @Override
        protected SharedChar attach(String name) {
          return SharedChar.attach(name);
        }
      };

  public static final Codec<SharedByte> SHARED_BYTE =
      new HandleCodec<>(SharedByte.class) {
        @Override
        protected String nameOf(SharedByte value) {
          return value.name();
        }

        @Override
        protected SharedByte attach(String name) {
          return SharedByte.attach(name);
        }
      };

  public static final Codec<SharedShortArray> SHARED_SHORT_ARRAY =
      new HandleCodec<>(SharedShortArray.class) {
        @Override
        protected String nameOf(SharedShortArray value) {
          return value.name();
        }

        @Override
        protected SharedShortArray attach(String name) {
          return SharedShortArray.attach(name);
        }
      };

  public static final Codec<SharedFloatArray> SHARED_FLOAT_ARRAY =
      new HandleCodec<>(SharedFloatArray.class) {
        @Override
        protected String nameOf(SharedFloatArray value) {
          return value.name();
        }

        @Override
        protected SharedFloatArray attach(String name) {
          return SharedFloatArray.attach(name);
        }
      };

  public static final Codec<SharedCharArray> SHARED_CHAR_ARRAY =
      new HandleCodec<>(SharedCharArray.class) {
        @Override
        protected String nameOf(SharedCharArray value) {
          return value.name();
        }

        @Override
        protected SharedCharArray attach(String name) {
          return SharedCharArray.attach(name);
        }
      };

  public static final Codec<ShareableList> SHAREABLE_LIST =
      new HandleCodec<>(ShareableList.class) {
        @Override
        protected String nameOf(ShareableList value) {
          return value.name();
        }

        @Override
        protected ShareableList attach(String name) {
          return ShareableList.attach(name);
        }
      };

  public static final Codec<SharedMemoryManager> SHARED_MEMORY_MANAGER =
      new HandleCodec<>(SharedMemoryManager.class) {
        @Override
        protected String nameOf(SharedMemoryManager value) {
          return value.name();
        }

        @Override
        protected SharedMemoryManager attach(String name) {
          return SharedMemoryManager.attach(name);
        }
      };
}
