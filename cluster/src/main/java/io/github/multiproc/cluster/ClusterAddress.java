package io.github.multiproc.cluster;

import java.util.ArrayList;
import java.util.List;

/**
 * A cluster's address as a user writes it: {@code [name@]host:port[,host:port...]}, e.g.
 * {@code 10.0.0.5:5701} or {@code analytics@10.0.0.5:5701,10.0.0.6:5701} (Ray's
 * {@code RAY_ADDRESS}). The name is Hazelcast's cluster name, {@value Cluster#DEFAULT_NAME} when
 * left out; the members listed are where the user's JVM first connects (it learns the others).
 *
 * @param name the Hazelcast cluster name
 * @param members {@code host:port} of one or more members
 */
public record ClusterAddress(String name, List<String> members) {
  /** An address of cluster {@code name} reached through {@code members}. */
  public ClusterAddress {
    members = List.copyOf(members);
    if (name.isBlank() || members.isEmpty()) {
      throw new IllegalArgumentException("a cluster address needs a name and at least one member");
    }
  }

  /** Parses {@code [name@]host:port[,host:port...]}; throws with the expected form if malformed. */
  public static ClusterAddress parse(String address) {
    String text = address == null ? "" : address.trim();
    String name = Cluster.DEFAULT_NAME;
    int at = text.indexOf('@');
    if (at >= 0) {
      name = text.substring(0, at).trim();
      text = text.substring(at + 1);
    }
    List<String> members = new ArrayList<>();
    for (String part : text.split(",")) {
      String member = part.trim();
      if (!member.isEmpty()) {
        members.add(member);
      }
    }
    if (name.isEmpty()
        || members.isEmpty()
        || !members.stream().allMatch(ClusterAddress::isHostPort)) {
      throw new IllegalArgumentException(
          "malformed cluster address '"
              + address
              + "': expected"
              + " [name@]host:port[,host:port...], e.g. 10.0.0.5:5701 or analytics@10.0.0.5:5701");
    }
    return new ClusterAddress(name, members);
  }

  private static boolean isHostPort(String member) {
    int colon = member.lastIndexOf(':');
    if (colon <= 0 || colon == member.length() - 1) {
      return false;
    }
    try {
      int port = Integer.parseInt(member.substring(colon + 1));
      return port > 0 && port < 65536;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  @Override
  public String toString() {
    return name + "@" + String.join(",", members);
  }
}
