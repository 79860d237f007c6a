package io.github.multiproc.internal.manager;

import java.util.function.LongFunction;

/** The type tags a reference and a CREATE request carry (Python's typeids). */
final class TypeIds {
  static final String DICT = "dict";
  static final String LIST = "list";
  static final String NAMESPACE = "namespace";
  static final String VALUE = "value";
  static final String LOCK = "lock";
  static final String RLOCK = "rlock";
  static final String EVENT = "event";
  static final String QUEUE = "queue";
  static final String TYPED_VALUE = "typedvalue";
  static final String SEMAPHORE = "semaphore";
  static final String BOUNDED_SEMAPHORE = "boundedsemaphore";
  static final String CONDITION = "condition";
  static final String BARRIER = "barrier";
  static final String JOINABLE_QUEUE = "joinablequeue";
  static final String ARRAY = "array";
  static final String MANAGED_PREFIX = "managed:";

  private TypeIds() {}

  /**
   * A fresh referent for {@code tag}, in the manager process; {@code objects} finds the objects
   * it already holds, by id (a condition's lock).
   */
  static Served newServed(String tag, Object initial, LongFunction<Served> objects) {
    switch (tag) {
      case DICT:
      case NAMESPACE:
        return new ServedDict(initial);
      case LIST:
        return new ServedList(initial);
      case VALUE:
        return new ServedValue(initial);
      case LOCK:
        return new ServedLock(false);
      case RLOCK:
        return new ServedLock(true);
      case EVENT:
        return new ServedEvent();
      case QUEUE:
        return new ServedQueue(initial);
      case TYPED_VALUE:
        return ServedValue.typed(initial);
      case SEMAPHORE:
        return new ServedSemaphore(initial, false);
      case BOUNDED_SEMAPHORE:
        return new ServedSemaphore(initial, true);
      case CONDITION:
        return new ServedCondition(lockOf(objects.apply((Long) initial)));
      case BARRIER:
        return new ServedBarrier(initial);
      case JOINABLE_QUEUE:
        return new ServedJoinableQueue(initial);
      case ARRAY:
        return new ServedArray(initial);
      default:
        if (tag.startsWith(MANAGED_PREFIX)) {
          return new ServedManaged<>(
              ManagedTypeRegistry.byName(tag.substring(MANAGED_PREFIX.length())));
        }
        throw new IllegalArgumentException("unknown managed type '" + tag + "'");
    }
  }

  /** The lock a condition is made on: a lock, or the lock of another condition. */
  private static ServedLock lockOf(Served served) {
    if (served instanceof ServedLock lock) {
      return lock;
    }
    if (served instanceof ServedCondition condition) {
      return condition.lock();
    }
    throw new IllegalArgumentException("a manager condition needs a lock of the same manager");
  }
}
