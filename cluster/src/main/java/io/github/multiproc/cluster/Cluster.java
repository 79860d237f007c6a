package io.github.multiproc.cluster;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.client.config.ClientConnectionStrategyConfig.ReconnectMode;
import com.hazelcast.core.HazelcastInstance;
import io.github.multiproc.spi.pool.ChunkRunner;
import io.github.multiproc.spi.pool.ClusterConnector;
import java.time.Duration;
import java.util.Objects;

/**
 * The user's JVM's connection to a multiproc cluster: Hazelcast members started with {@link
 * Member}, which run the chunks of a pool (Python: Ray's {@code ray.util.multiprocessing.Pool} with
 * {@code ray_address}) and hold the objects of a cluster manager. The switch is one line:
 *
 * <pre>{@code
 * try (Cluster cluster = Cluster.connect("10.0.0.5:5701", Authkey.fromEnvironment());
 *     Pool pool = Pool.builder().cluster(cluster).build()) {
 *   List<Integer> squares = pool.map(SquaresTasks.square, List.of(1, 2, 3));
 * }
 * }</pre>
 *
 * or none at all: with {@code MULTIPROC_CLUSTER=10.0.0.5:5701} and {@code MULTIPROC_AUTHKEY} set,
 * {@code Pool.builder().build()} connects by itself (like {@code RAY_ADDRESS}).
 *
 * <p><b>A Hazelcast client, not a lite member.</b> The user's JVM connects as a client: it opens
 * connections to the members and accepts none, so it runs behind a firewall or NAT; it holds no
 * partitions and takes no part in the members' heartbeats, so a paused or killed user JVM never
 * makes the cluster migrate data or suspect a member; and it starts faster. A lite member would
 * need every member to reach it, and its own pauses would count against the cluster.
 *
 * <p>Every payload carries an HMAC of the authkey ({@link PayloadMac}); members drop anything
 * without it. The transport is not encrypted: a trusted network only (docs/cluster.md).
 */
public final class Cluster implements ClusterConnector.OwnedConnection {
  /** The Hazelcast cluster name when an address names none. */
  public static final String DEFAULT_NAME = "multiproc";

  /** The environment variable (or system property {@code multiproc.cluster}) naming a cluster. */
  public static final String ENV = "MULTIPROC_CLUSTER";

  private final ClusterAddress address;
  private final HazelcastInstance client;
  private final byte[] authkey;
  private final PayloadMac mac;
  private final Duration memberWait;

  private Cluster(
      ClusterAddress address, HazelcastInstance client, byte[] authkey, Duration memberWait) {
    this.address = address;
    this.client = client;
    this.authkey = authkey.clone();
    this.mac = new PayloadMac(authkey);
    this.memberWait = memberWait;
  }

  /**
   * Connects to the cluster at {@code address} ({@code [name@]host:port[,host:port...]}, see
   * {@link ClusterAddress}) with the members' {@code authkey}.
   */
  public static Cluster connect(String address, byte[] authkey) {
    return builder(ClusterAddress.parse(address), authkey).connect();
  }

  /** Connects to the cluster {@code MULTIPROC_CLUSTER} names, with {@link Authkey#fromEnvironment()}. */
  public static Cluster fromEnvironment() {
    String address = Authkey.setting("multiproc.cluster", ENV);
    if (address == null) {
      throw new IllegalStateException(
          "no cluster named: set "
              + ENV
              + " (or -Dmultiproc.cluster)"
              + " to [name@]host:port of a member");
    }
    return connect(address, Authkey.fromEnvironment());
  }

  /** A connection with more settings. */
  public static Builder builder(ClusterAddress address, byte[] authkey) {
    return new Builder(address, authkey);
  }

  /** The Hazelcast client (for the cluster manager's maps, lists and queues). */
  public HazelcastInstance hazelcast() {
    return client;
  }

  /** The address connected to. */
  public ClusterAddress address() {
    return address;
  }

  /**
   * A copy of the members' authkey, for what else seals payloads with it on this connection (a
   * {@code ClusterManager}'s values).
   */
  public byte[] authkey() {
    return authkey.clone();
  }

  /** Signs and checks payloads with the authkey. */
  public PayloadMac mac() {
    return mac;
  }

  /** How long a chunk waits for a member when there is none before it fails. */
  public Duration memberWait() {
    return memberWait;
  }

  /** A runner for one pool: its chunks go to the members, each to the least busy one. */
  @Override
  public ChunkRunner openChunkRunner() {
    return new ClusterChunkRunner(this);
  }

  @Override
  public String describe() {
    return "cluster " + address;
  }

  /** Disconnects; pools built on this connection fail their running chunks. */
  @Override
  public void close() {
    client.shutdown();
  }

  @Override
  public String toString() {
    return "<Cluster "
        + address
        + (client.getLifecycleService().isRunning() ? "" : " closed")
        + ">";
  }

  /** Settings of a {@link Cluster} connection. */
  public static final class Builder {
    private final ClusterAddress address;
    private final byte[] authkey;
    private Duration connectTimeout = Duration.ofSeconds(30);
    private Duration memberWait = Duration.ofSeconds(30);

    private Builder(ClusterAddress address, byte[] authkey) {
      this.address = Objects.requireNonNull(address, "address");
      this.authkey = Authkey.check(Objects.requireNonNull(authkey, "authkey"), "the caller");
    }

    /**
     * How long to try to reach a member, at connect and after losing them all, before giving up
     * (default 30 s): pools then fail their chunks instead of waiting.
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive(timeout, "connectTimeout");
      return this;
    }

    /** How long a chunk waits for a member to run it when none is there (default 30 s). */
    public Builder memberWait(Duration wait) {
      this.memberWait = positive(wait, "memberWait");
      return this;
    }

    /** Connects; throws if no member answers within the connect timeout. */
    public Cluster connect() {
      ClientConfig config = new ClientConfig();
      config.setClusterName(address.name());
      config.setInstanceName("multiproc-client-" + System.identityHashCode(this));
      config.getNetworkConfig().setAddresses(address.members());
      config
          .getConnectionStrategyConfig()
          .setReconnectMode(ReconnectMode.ASYNC) // offline calls fail at once instead of blocking
          .getConnectionRetryConfig()
          .setClusterConnectTimeoutMillis(connectTimeout.toMillis())
          .setMaxBackoffMillis((int) Math.min(2000, connectTimeout.toMillis()));
      HazelcastSettings.apply(config.getSerializationConfig());
      HazelcastSettings.quiet(config::setProperty);
      config.setProperty(
          "hazelcast.client.invocation.timeout.seconds",
          Long.toString(Math.max(1, connectTimeout.toSeconds())));
      HazelcastInstance client;
      try {
        client = HazelcastClient.newHazelcastClient(config);
      } catch (IllegalStateException e) {
        throw new IllegalStateException(
            "cannot connect to cluster "
                + address
                + " within "
                + connectTimeout.toMillis()
                + " ms: are its members started (java -cp app.jar "
                + Member.class.getName()
                + ") and reachable? "
                + e.getMessage(),
            e);
      }
      return new Cluster(address, client, authkey, memberWait);
    }

    private static Duration positive(Duration value, String what) {
      if (value == null || value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(what + " must be positive: " + value);
      }
      return value;
    }
  }
}
