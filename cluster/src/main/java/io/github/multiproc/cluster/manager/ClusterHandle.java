package io.github.multiproc.cluster.manager;

import com.hazelcast.core.HazelcastInstance;
import io.github.multiproc.wire.ProxyReference;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;

/**
 * One object kept on a cluster, as its proxy sees it (Python's proxy token): the cluster, the
 * object's type tag and its Hazelcast name. Every cluster proxy delegates its reference to one of
 * these, so the object crosses to a worker as a reference and the worker's proxy reaches the same
 * object.
 */
final class ClusterHandle {
  /** The kind under which {@link ClusterReferenceReader} reads these references. */
  static final String REFERENCE_KIND = "hazelcast";

  private final ClusterContext cluster;
  private final ClusterType type;
  private final String name;
  private final PayloadSeal seal;

  ClusterHandle(ClusterContext cluster, ClusterType type, String name) {
    this.cluster = cluster;
    this.type = type;
    this.name = name;
    this.seal = cluster.sealFor(name);
  }

  ClusterType type() {
    return type;
  }

  /** The object's name in Hazelcast (an {@code IMap}'s, or an entry's in a shared map). */
  String name() {
    return name;
  }

  HazelcastInstance instance() {
    return cluster.instance();
  }

  /** The stored form of {@code value}: its codec bytes and their HMAC. */
  byte[] seal(Object value) {
    return seal.seal(value);
  }

  /** The value of stored bytes, after their HMAC is checked; null bytes stay null. */
  @SuppressWarnings("unchecked")
  <T> T open(byte[] sealed) {
    return sealed == null ? null : (T) seal.open(sealed);
  }

  /** Writes this handle as a {@link ProxyReference}'s bytes. */
  void writeReference(WireOutput out) {
    ProxyReference.writeExternalKind(out, REFERENCE_KIND);
    cluster.writeTo(out);
    out.writeString(type.tag());
    out.writeString(name);
  }

  /** Reads what {@link #writeReference} wrote after the kind. */
  static ClusterHandle readFrom(WireInput in) {
    ClusterContext cluster = ClusterContext.readFrom(in);
    ClusterType type = ClusterType.ofTag(in.readString());
    return new ClusterHandle(cluster, type, in.readString());
  }
}
