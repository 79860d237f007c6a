package io.github.multiproc.cluster.manager;

import io.github.multiproc.wire.CorruptDataException;

/**
 * The kinds of object a {@link ClusterManager} keeps on the cluster, each with the proxy that
 * serves it in any process.
 */
enum ClusterType {
  DICT("dict"),
  LIST("list"),
  QUEUE("queue"),
  NAMESPACE("namespace"),
  LOCK("lock"),
  VALUE("value");

  /** The shared {@code IMap} holding every lock's holder mark, one entry per lock. */
  static final String LOCKS_MAP = "multiproc.locks";

  /** The shared {@code IMap} holding every value, one entry per value. */
  static final String VALUES_MAP = "multiproc.values";

  private final String tag;

  ClusterType(String tag) {
    this.tag = tag;
  }

  /** The name that crosses in references. */
  String tag() {
    return tag;
  }

  static ClusterType ofTag(String tag) {
    for (ClusterType type : values()) {
      if (type.tag.equals(tag)) {
        return type;
      }
    }
    throw new CorruptDataException("unknown cluster object type '" + tag + "'");
  }

  /** A new proxy of the object {@code handle} names. */
  Object newProxy(ClusterHandle handle) {
    switch (this) {
      case DICT:
        return new ClusterDict<>(handle);
      case LIST:
        return new ClusterList<>(handle);
      case QUEUE:
        return new ClusterQueue<>(handle);
      case NAMESPACE:
        return new ClusterNamespace(handle);
      case LOCK:
        return new ClusterLock(handle);
      case VALUE:
        return new ClusterValueProxy<>(handle);
      default:
        throw new AssertionError(this);
    }
  }
}
