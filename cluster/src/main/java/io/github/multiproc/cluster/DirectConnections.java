package io.github.multiproc.cluster;

import com.hazelcast.client.config.RoutingMode;
import com.hazelcast.client.impl.clientside.HazelcastClientProxy;
import com.hazelcast.client.impl.connection.ClientConnectionManager;
import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;

/**
 * Whether the user's Hazelcast client has its own connection to a member, in the user's JVM.
 *
 * <p>A call for a member the client has no connection to yet (it learns of a new member before it
 * has connected to it) goes through another member, which forwards it. Hazelcast can lose such a
 * forwarded call when its target is still joining: the target never runs it, and the call fails
 * only after the operation timeout of two minutes. A chunk therefore goes only to a member this
 * client reaches directly, which the client does within milliseconds of learning of it.
 *
 * <p>Hazelcast has no public API for its connections; this reads the client's connection manager,
 * an internal type of the exact Hazelcast version this module is built against. A client that
 * does not route to every member (or an instance that is no client) counts every member as
 * reached, which is what Hazelcast then does itself.
 */
final class DirectConnections {
  private final ClientConnectionManager connections;

  private DirectConnections(ClientConnectionManager connections) {
    this.connections = connections;
  }

  /** The connections of {@code instance}, the client of a {@link Cluster}. */
  static DirectConnections of(HazelcastInstance instance) {
    if (instance instanceof HazelcastClientProxy proxy) {
      ClientConnectionManager manager = proxy.client.getConnectionManager();
      if (manager.getRoutingMode() == RoutingMode.ALL_MEMBERS) {
        return new DirectConnections(manager);
      }
    }
    return new DirectConnections(null);
  }

  /** Whether a call for {@code member} goes straight to it, not through another member. */
  boolean reaches(Member member) {
    return connections == null || connections.getActiveConnection(member.getUuid()) != null;
  }
}
