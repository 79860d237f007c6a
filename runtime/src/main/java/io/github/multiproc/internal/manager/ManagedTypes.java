package io.github.multiproc.internal.manager;

/** The type tags a reference and a CREATE request carry (Python's typeids). */
final class ManagedTypes {
  static final String DICT = "dict";
  static final String LIST = "list";
  static final String NAMESPACE = "namespace";
  static final String VALUE = "value";
  static final String LOCK = "lock";
  static final String RLOCK = "rlock";
  static final String EVENT = "event";
  static final String QUEUE = "queue";
  static final String SHARED_PREFIX = "shared:";

  private ManagedTypes() {}

  /** A fresh referent for {@code tag}, in the manager process. */
  static Served newServed(String tag, Object initial) {
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
      default:
        if (tag.startsWith(SHARED_PREFIX)) {
          return new ServedShared<>(SharedTypes.byName(tag.substring(SHARED_PREFIX.length())));
        }
        throw new IllegalArgumentException("unknown managed type '" + tag + "'");
    }
  }
}
