package io.github.multiproc.cluster.manager;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import io.github.multiproc.wire.CorruptDataException;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;
import java.util.ArrayList;
import java.util.List;

/**
 * One cluster as a process that uses its objects sees it: the cluster's name, members to reach it
 * by, the authkey that seals every stored value, and the Hazelcast instance (member or client) to
 * call it through, resolved at the first call. A proxy that crossed to another process carries
 * the name, the members and the authkey (Python passes a proxy's authkey the same way), never the
 * instance: the receiving process connects a client of its own, once per cluster.
 */
final class ClusterContext {
  private final String clusterName;
  private final List<String> members;
  private final byte[] authkey;
  private volatile HazelcastInstance instance;

  private ClusterContext(
      String clusterName, List<String> members, byte[] authkey, HazelcastInstance instance) {
    this.clusterName = clusterName;
    this.members = List.copyOf(members);
    this.authkey = authkey.clone();
    this.instance = instance;
  }

  /** The context of {@code instance}, a member or client of the cluster {@code clusterName}. */
  static ClusterContext of(HazelcastInstance instance, String clusterName, byte[] authkey) {
    ClusterInstances.register(clusterName, instance);
    return new ClusterContext(clusterName, List.of(), authkey, instance);
  }

  /** The instance to call the cluster through; connects a client on the first call here. */
  HazelcastInstance instance() {
    HazelcastInstance known = instance;
    if (known == null || ClusterInstances.hasEnded(known)) {
      known = ClusterInstances.forCluster(clusterName, members);
      instance = known;
    }
    return known;
  }

  /** A seal for the values of the object named {@code objectName}. */
  PayloadSeal sealFor(String objectName) {
    return new PayloadSeal(authkey, objectName);
  }

  /** Writes what {@link #readFrom} needs to reach the same cluster from another process. */
  void writeTo(WireOutput out) {
    out.writeString(clusterName);
    List<String> reachable = reachableMembers();
    out.writeSize(reachable.size());
    for (String member : reachable) {
      out.writeString(member);
    }
    out.writeSize(authkey.length);
    out.writeBytes(authkey);
  }

  /** The data members' addresses as this process knows them now, or as it was told them. */
  private List<String> reachableMembers() {
    HazelcastInstance known = instance;
    if (known == null || ClusterInstances.hasEnded(known)) {
      return members;
    }
    List<String> addresses = new ArrayList<>();
    for (Member member : known.getCluster().getMembers()) {
      if (!member.isLiteMember()) {
        addresses.add(member.getAddress().getHost() + ":" + member.getAddress().getPort());
      }
    }
    return addresses;
  }

  /** Reads a context written by {@link #writeTo}; connects nothing. */
  static ClusterContext readFrom(WireInput in) {
    String clusterName = in.readString();
    int count = in.readCount(1);
    List<String> members = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      members.add(in.readString());
    }
    if (members.isEmpty()) {
      throw new CorruptDataException(
          "a reference to the cluster '" + clusterName + "' names no member to reach it by");
    }
    byte[] authkey = in.readBytes(in.readCount(1));
    return new ClusterContext(clusterName, members, authkey, null);
  }
}
