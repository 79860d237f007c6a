package io.github.multiproc.processor;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Types that belong to one process and so cannot cross a process boundary (the JDK's, and a
 * multiproc pool or manager handle), each with the message that says why and, where multiproc has
 * one, the type to pass instead (a {@code ReentrantLock} becomes a
 * {@code ProcessLock}, as Python's {@code threading.Lock} becomes {@code multiprocessing.Lock}).
 * Without this a user who passes one is told to "make it a record".
 */
final class JvmOnlyTypes {
  /**
   * A JDK type (and its subtypes) that cannot cross.
   *
   * @param counterpart the multiproc type to pass instead (the third argument of the message), or
   *     null where there is none (a thread, a stream: create it in the worker)
   */
  record JvmOnly(String type, Message message, String counterpart) {
    /** The message where the type is (inside) a channel's element type. */
    Message inChannel() {
      // A counterpart is a handle, which never travels as a channel item.
      return counterpart == null ? message : Message.CROSS_JVM_HANDLE_IN_CHANNEL;
    }
  }

  private static final String CONCURRENT = "java.util.concurrent.";

  /** Checked in order, by subtype: a more specific type comes before its supertypes. */
  private static final List<JvmOnly> TYPES =
      List.of(
          new JvmOnly("java.lang.Thread", Message.CROSS_THREAD, null),
          new JvmOnly(CONCURRENT + "Executor", Message.CROSS_EXECUTOR, null),
          new JvmOnly(RuntimeNames.TASK_POOL, Message.CROSS_POOL, null),
          new JvmOnly(RuntimeNames.MANAGER, Message.CROSS_MANAGER, null),
          new JvmOnly("java.util.stream.BaseStream", Message.CROSS_STREAM, null),
          new JvmOnly("java.io.InputStream", Message.CROSS_STREAM, null),
          new JvmOnly("java.io.OutputStream", Message.CROSS_STREAM, null),
          new JvmOnly("java.io.Reader", Message.CROSS_STREAM, null),
          new JvmOnly("java.io.Writer", Message.CROSS_STREAM, null),
          new JvmOnly("java.net.Socket", Message.CROSS_SOCKET, null),
          new JvmOnly("java.net.ServerSocket", Message.CROSS_SOCKET, null),
          new JvmOnly("java.net.DatagramSocket", Message.CROSS_SOCKET, null),
          new JvmOnly("java.nio.channels.Channel", Message.CROSS_SOCKET, null),
          new JvmOnly("java.util.Date", Message.CROSS_DATE, null),
          new JvmOnly("java.util.Calendar", Message.CROSS_CALENDAR, null),
          // Lock itself crosses (a ProcessLock must be passed); its JVM-only implementations do
          // not.
          new JvmOnly(CONCURRENT + "locks.Lock", Message.CROSS_JVM_LOCK, "ProcessLock"),
          new JvmOnly(CONCURRENT + "locks.ReadWriteLock", Message.CROSS_JVM_LOCK, "ProcessLock"),
          new JvmOnly(CONCURRENT + "locks.StampedLock", Message.CROSS_JVM_LOCK, "ProcessLock"),
          new JvmOnly(
              CONCURRENT + "locks.Condition",
              Message.CROSS_JVM_SYNCHRONIZER,
              "ProcessCondition (Python's Condition)"),
          new JvmOnly(
              CONCURRENT + "Semaphore",
              Message.CROSS_JVM_SYNCHRONIZER,
              "ProcessSemaphore (Python's Semaphore)"),
          new JvmOnly(
              CONCURRENT + "CyclicBarrier",
              Message.CROSS_JVM_SYNCHRONIZER,
              "ProcessBarrier (Python's Barrier)"),
          new JvmOnly(
              CONCURRENT + "Phaser",
              Message.CROSS_JVM_SYNCHRONIZER,
              "ProcessBarrier (Python's Barrier)"),
          new JvmOnly(
              CONCURRENT + "CountDownLatch",
              Message.CROSS_JVM_SYNCHRONIZER,
              "ProcessEvent (Python's Event) set by the last of the workers, or a ProcessBarrier"),
          // BlockingQueue itself crosses (a ProcessQueue must be passed); its implementations do
          // not.
          new JvmOnly(CONCURRENT + "BlockingQueue", Message.CROSS_JVM_QUEUE, "ProcessQueue"),
          new JvmOnly(
              CONCURRENT + "ConcurrentLinkedQueue", Message.CROSS_JVM_QUEUE, "ProcessQueue"),
          new JvmOnly(
              CONCURRENT + "ConcurrentLinkedDeque", Message.CROSS_JVM_QUEUE, "ProcessQueue"),
          new JvmOnly(
              CONCURRENT + "atomic.AtomicInteger",
              Message.CROSS_JVM_ATOMIC,
              "SharedInt (Python's Value('i'))"),
          new JvmOnly(
              CONCURRENT + "atomic.AtomicLong",
              Message.CROSS_JVM_ATOMIC,
              "SharedLong (Python's Value('q'))"),
          new JvmOnly(
              CONCURRENT + "atomic.AtomicBoolean",
              Message.CROSS_JVM_ATOMIC,
              "SharedByte holding 0 or 1 (Python's Value('b')), or a ProcessEvent for a flag that"
                  + " others wait for"),
          new JvmOnly(
              CONCURRENT + "atomic.LongAdder",
              Message.CROSS_JVM_ATOMIC,
              "SharedLong (Python's Value('q'))"),
          new JvmOnly(
              CONCURRENT + "atomic.LongAccumulator",
              Message.CROSS_JVM_ATOMIC,
              "SharedLong (Python's Value('q'))"),
          new JvmOnly(
              CONCURRENT + "atomic.DoubleAdder",
              Message.CROSS_JVM_ATOMIC,
              "SharedDouble (Python's Value('d'))"),
          new JvmOnly(
              CONCURRENT + "atomic.DoubleAccumulator",
              Message.CROSS_JVM_ATOMIC,
              "SharedDouble (Python's Value('d'))"),
          new JvmOnly(
              CONCURRENT + "atomic.AtomicIntegerArray",
              Message.CROSS_JVM_ATOMIC,
              "SharedIntArray (Python's Array('i', n))"),
          new JvmOnly(
              CONCURRENT + "atomic.AtomicLongArray",
              Message.CROSS_JVM_ATOMIC,
              "SharedLongArray (Python's Array('q', n))"),
          new JvmOnly(
              CONCURRENT + "atomic.AtomicReference",
              Message.CROSS_JVM_ATOMIC,
              "Namespace from Manager.namespace() (Python's manager.Namespace()) holding the value"));

  private final Elements elements;
  private final Types types;

  JvmOnlyTypes(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /** The entry for {@code element} (a subtype of one of the types above), if any. */
  Optional<JvmOnly> find(TypeElement element) {
    TypeMirror erased = types.erasure(element.asType());
    for (JvmOnly entry : TYPES) {
      TypeElement known = elements.getTypeElement(entry.type());
      if (known != null && types.isSubtype(erased, types.erasure(known.asType()))) {
        return Optional.of(entry);
      }
    }
    return Optional.empty();
  }
}
