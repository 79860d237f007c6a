package io.github.multiproc.spi;

import io.github.multiproc.BoundedProcessSemaphore;
import io.github.multiproc.ProcessBarrier;
import io.github.multiproc.ProcessCondition;
import io.github.multiproc.ProcessEvent;
import io.github.multiproc.ProcessLock;
import io.github.multiproc.ProcessSemaphore;
import io.github.multiproc.ReentrantProcessLock;
import io.github.multiproc.internal.shm.HandleCodec;
import io.github.multiproc.wire.Codec;
import io.github.multiproc.wire.CorruptDataException;
import io.github.multiproc.wire.NullSafeCodec;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;
import java.util.concurrent.locks.Lock;

/**
 * Codecs for cross-process synchronization objects passed to workers (Python pickles them as
 * handles when a {@code Process} starts): each travels as the name of its shared-memory segment,
 * and the receiving process maps the same memory.
 */
public final class SyncHandles {
  private SyncHandles() {}

  private static final byte PLAIN = 1;
  private static final byte REENTRANT = 2;

  public static final Codec<ProcessLock> LOCK =
      new HandleCodec<>(ProcessLock.class) {
        @Override
        protected String nameOf(ProcessLock value) {
          return value.name();
        }

        @Override
        protected ProcessLock attach(String name) {
          return ProcessLock.attach(name);
        }
      };

  public static final Codec<ReentrantProcessLock> REENTRANT_LOCK =
      new HandleCodec<>(ReentrantProcessLock.class) {
        @Override
        protected String nameOf(ReentrantProcessLock value) {
          return value.name();
        }

        @Override
        protected ReentrantProcessLock attach(String name) {
          return ReentrantProcessLock.attach(name);
        }
      };

  /** For parameters declared {@code java.util.concurrent.locks.Lock}: either process lock. */
  public static final Codec<Lock> ANY_LOCK =
      new NullSafeCodec<Lock>() {
        @Override
        protected void encodeValue(WireOutput out, Lock value) {
          if (value instanceof ProcessLock) {
            out.writeByte(PLAIN);
            out.writeString(((ProcessLock) value).name());
          } else if (value instanceof ReentrantProcessLock) {
            out.writeByte(REENTRANT);
            out.writeString(((ReentrantProcessLock) value).name());
          } else {
            throw new IllegalArgumentException(
                value.getClass().getName()
                    + " cannot be passed to"
                    + " another process: create a ProcessLock or ReentrantProcessLock instead");
          }
        }

        @Override
        protected Lock decodeValue(WireInput in) {
          byte kind = in.readByte();
          switch (kind) {
            case PLAIN:
              return ProcessLock.attach(in.readString());
            case REENTRANT:
              return ReentrantProcessLock.attach(in.readString());
            default:
              throw new CorruptDataException("unknown lock kind " + kind);
          }
        }
      };

  public static final Codec<ProcessCondition> CONDITION =
      new HandleCodec<>(ProcessCondition.class) {
        @Override
        protected String nameOf(ProcessCondition value) {
          return value.name();
        }

        @Override
        protected ProcessCondition attach(String name) {
          return ProcessCondition.attach(name);
        }
      };

  /** Either semaphore; a bounded one arrives as a {@link BoundedProcessSemaphore}. */
  public static final Codec<ProcessSemaphore> SEMAPHORE =
      new HandleCodec<>(ProcessSemaphore.class) {
        @Override
        protected String nameOf(ProcessSemaphore value) {
          return value.name();
        }

        @Override
        protected ProcessSemaphore attach(String name) {
          return ProcessSemaphore.attach(name);
        }
      };

  public static final Codec<BoundedProcessSemaphore> BOUNDED_SEMAPHORE =
      new HandleCodec<>(BoundedProcessSemaphore.class) {
        @Override
        protected String nameOf(BoundedProcessSemaphore value) {
          return value.name();
        }

        @Override
        protected BoundedProcessSemaphore attach(String name) {
          ProcessSemaphore semaphore = ProcessSemaphore.attach(name);
          if (!(semaphore instanceof BoundedProcessSemaphore)) {
            throw new CorruptDataException("segment '" + name + "' is not a bounded semaphore");
          }
          return (BoundedProcessSemaphore) semaphore;
        }
      };

  public static final Codec<ProcessEvent> EVENT =
      new HandleCodec<>(ProcessEvent.class) {
        @Override
        protected String nameOf(ProcessEvent value) {
          return value.name();
        }

        @Override
        protected ProcessEvent attach(String name) {
          return ProcessEvent.attach(name);
        }
      };

  public static final Codec<ProcessBarrier> BARRIER =
      new HandleCodec<>(ProcessBarrier.class) {
        @Override
        protected String nameOf(ProcessBarrier value) {
          return value.name();
        }

        @Override
        protected ProcessBarrier attach(String name) {
          return ProcessBarrier.attach(name);
        }
      };
}
