package io.github.multiproc.cluster;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import io.github.multiproc.Multiproc;
import io.github.multiproc.Pool;
import io.github.multiproc.ThreadPool;
import io.github.multiproc.spi.pool.ChunkRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;

/**
 * A cluster member: a Hazelcast member that runs the chunks pools send it, started from the user's
 * own jar so that it finds their {@code @Pooled} tasks through the same generated {@code
 * TaskProvider}s as a local pool (a chunk names its task by id; no class is ever loaded by a name
 * from the network). Python: a Ray worker node ({@code ray start --address=...}).
 *
 * <pre>{@code
 * MULTIPROC_AUTHKEY_FILE=/etc/app/authkey java -cp app.jar io.github.multiproc.cluster.Member \
 *     --interface 10.0.0.5 --port 5701 --join 10.0.0.5:5701,10.0.0.6:5701 --processes 8
 * }</pre>
 *
 * <p>By default a member runs chunks in a local process {@link Pool}, so a task that crashes its
 * JVM, runs out of memory or times out takes down one worker JVM, not the member; {@code
 * --threads N} runs them in threads of the member instead (faster, no isolation). Run in the
 * member's JVM.
 */
public final class Member implements AutoCloseable {
  /** How {@link #main} says on stdout that the member runs chunks. */
  static final String READY_LINE = "multiproc member ";

  private final HazelcastInstance instance;
  private final AutoCloseable pool;
  private final MemberChunks chunks;
  private final String address;
  private final CountDownLatch closed = new CountDownLatch(1);

  private Member(
      HazelcastInstance instance, AutoCloseable pool, MemberChunks chunks, String address) {
    this.instance = instance;
    this.pool = pool;
    this.chunks = chunks;
    this.address = address;
  }

  /**
   * Starts a member from flags (see {@link Settings#parse}) and runs until the JVM is stopped; the
   * authkey comes from {@code MULTIPROC_AUTHKEY}, {@code MULTIPROC_AUTHKEY_FILE} or
   * {@code --authkey-file}, never from the command line.
   */
  public static void main(String[] args) throws InterruptedException {
    // Hazelcast warns about module access before it reads any config: quiet from the start here.
    if (System.getProperty(HazelcastSettings.LOGGING) == null) {
      System.setProperty(HazelcastSettings.LOGGING, "none");
    }
    Settings settings;
    try {
      settings = Settings.parse(args);
    } catch (IllegalArgumentException | IllegalStateException e) {
      System.err.println("multiproc member: " + e.getMessage());
      System.err.println(Settings.USAGE);
      System.exit(2);
      return;
    }
    Member member = start(settings);
    Runtime.getRuntime().addShutdownHook(new Thread(member::close, "multiproc-member-shutdown"));
    System.out.println(
        READY_LINE
            + member.address()
            + " of cluster "
            + settings.clusterName
            + " is running chunks on "
            + settings.describeWorkers());
    member.closed.await();
  }

  /** Starts a member in this JVM. */
  public static Member start(Settings settings) {
    byte[] authkey = settings.authkey != null ? settings.authkey : Authkey.fromEnvironment();
    PayloadMac mac = new PayloadMac(authkey);
    AutoCloseable pool;
    ChunkRunner runner;
    if (settings.threads > 0) {
      ThreadPool threads = ThreadPool.create(settings.threads);
      pool = threads;
      runner = threads.chunkRunner();
    } else {
      Pool.Builder builder =
          Pool.builder()
              .local()
              .processes(settings.processes)
              .jvmArgs(settings.jvmArgs.toArray(new String[0]));
      if (settings.taskTimeout != null) {
        builder.taskTimeout(settings.taskTimeout);
      }
      Pool processes = builder.build();
      pool = processes;
      runner = processes.chunkRunner();
    }
    String address = settings.bindInterface + ":" + settings.port;
    MemberChunks chunks = new MemberChunks(mac, runner, address);
    try {
      HazelcastInstance instance = Hazelcast.newHazelcastInstance(settings.config(chunks));
      return new Member(instance, pool, chunks, address);
    } catch (RuntimeException e) {
      runner.close();
      throw e;
    }
  }

  /** {@code host:port} this member listens on. */
  public String address() {
    return address;
  }

  /** The Hazelcast member (for the cluster manager's structures, and tests). */
  public HazelcastInstance hazelcast() {
    return instance;
  }

  /** How many payloads this member dropped because their MAC was not the authkey's. */
  public long droppedPayloads() {
    return chunks.dropped();
  }

  /** Leaves the cluster and stops the member's pool (chunks still running there fail). */
  @Override
  public void close() {
    try {
      instance.getLifecycleService().terminate();
    } finally {
      try {
        if (pool instanceof Pool processes) {
          processes.terminate();
        } else if (pool instanceof ThreadPool threads) {
          threads.terminate();
        }
      } finally {
        closed.countDown();
      }
    }
  }

  /** A member's flags. */
  public static final class Settings {
    static final String USAGE =
        "usage: java -cp app.jar "
            + Member.class.getName()
            + " [--cluster-name NAME] [--interface ADDRESS] [--port PORT]"
            + " [--join HOST:PORT,HOST:PORT...] [--processes N | --threads N]"
            + " [--task-timeout SECONDS] [--jvm-arg ARG]... [--authkey-file FILE]\n"
            + "  the authkey comes from "
            + Authkey.ENV
            + ", "
            + Authkey.FILE_ENV
            + " or --authkey-file";

    private String clusterName = Cluster.DEFAULT_NAME;
    private String bindInterface = "127.0.0.1";
    private int port = 5701;
    private final List<String> join = new ArrayList<>();
    private int processes = Multiproc.cpuCount();
    private int threads;
    private Duration taskTimeout;
    private final List<String> jvmArgs = new ArrayList<>();
    private byte[] authkey;
    private final Map<String, String> properties = new LinkedHashMap<>();

    /** Defaults: cluster {@value Cluster#DEFAULT_NAME} alone on 127.0.0.1:5701, one worker JVM per CPU. */
    public Settings() {}

    /**
     * Reads {@code --cluster-name}, {@code --interface} (the one address the member binds to;
     * default 127.0.0.1), {@code --port} (default 5701), {@code --join} (the members to join, TCP-IP;
     * multicast is off), {@code --processes} / {@code --threads}, {@code --task-timeout} (seconds),
     * {@code --jvm-arg} (for the worker JVMs) and {@code --authkey-file}.
     */
    public static Settings parse(String[] args) {
      Settings settings = new Settings();
      for (int i = 0; i < args.length; i++) {
        String flag = args[i];
        if (flag.equals("--help") || flag.equals("-h")) {
          throw new IllegalArgumentException("help");
        }
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException("flag " + flag + " needs a value");
        }
        String value = args[++i];
        switch (flag) {
          case "--cluster-name" -> settings.clusterName(value);
          case "--interface" -> settings.bindInterface(value);
          case "--port" -> settings.port(number(flag, value));
          case "--join" -> settings.join(value.split(","));
          case "--processes" -> settings.processes(number(flag, value));
          case "--threads" -> settings.threads(number(flag, value));
          case "--task-timeout" ->
              settings.taskTimeout(Duration.ofMillis((long) (1000 * Double.parseDouble(value))));
          case "--jvm-arg" -> settings.jvmArgs.add(value);
          case "--authkey-file" -> settings.authkey(Authkey.fromFile(Path.of(value)));
          default -> throw new IllegalArgumentException("unknown flag " + flag);
        }
      }
      return settings;
    }

    private static int number(String flag, String value) {
      try {
        return Integer.parseInt(value);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(flag + " needs a whole number, not " + value);
      }
    }

    /** Hazelcast's cluster name: members and users of one cluster share it. */
    public Settings clusterName(String name) {
      this.clusterName = Objects.requireNonNull(name, "name");
      return this;
    }

    /** The one local address to bind to and announce (not every interface). */
    public Settings bindInterface(String address) {
      this.bindInterface = Objects.requireNonNull(address, "address");
      return this;
    }

    /** The port to listen on; no other is tried. */
    public Settings port(int port) {
      this.port = port;
      return this;
    }

    /** Members to join, {@code host:port} each (this member's own address may be among them). */
    public Settings join(String... members) {
      for (String member : members) {
        if (!member.isBlank()) {
          join.add(member.trim());
        }
      }
      return this;
    }

    /** Runs chunks in a local process pool of {@code n} worker JVMs (the default: one per CPU). */
    public Settings processes(int n) {
      if (n < 1) {
        throw new IllegalArgumentException("--processes must be at least 1: " + n);
      }
      this.processes = n;
      this.threads = 0;
      return this;
    }

    /** Runs chunks in {@code n} threads of the member instead of worker JVMs. */
    public Settings threads(int n) {
      if (n < 1) {
        throw new IllegalArgumentException("--threads must be at least 1: " + n);
      }
      this.threads = n;
      return this;
    }

    /** The local pool's task timeout: a task past it has its worker JVM killed. */
    public Settings taskTimeout(Duration timeout) {
      this.taskTimeout = timeout;
      return this;
    }

    /** The authkey (else it comes from the environment). */
    public Settings authkey(byte[] authkey) {
      this.authkey = Authkey.check(authkey, "the member's settings");
      return this;
    }

    /** A Hazelcast property, e.g. {@code hazelcast.wait.seconds.before.join}. */
    public Settings hazelcastProperty(String name, String value) {
      properties.put(name, value);
      return this;
    }

    private static void defaultProperty(Config config, String name, String value) {
      if (System.getProperty(name) == null) {
        config.setProperty(name, value);
      }
    }

    private int slots() {
      return threads > 0 ? threads : processes;
    }

    String describeWorkers() {
      return threads > 0 ? threads + " threads" : processes + " worker JVMs";
    }

    Config config(MemberChunks chunks) {
      Config config = new Config();
      config.setClusterName(clusterName);
      config.setInstanceName("multiproc-member-" + bindInterface + ":" + port);
      NetworkConfig network = config.getNetworkConfig();
      network.setPort(port).setPortAutoIncrement(false);
      network.getInterfaces().setEnabled(true).addInterface(bindInterface);
      JoinConfig joining = network.getJoin();
      joining.getMulticastConfig().setEnabled(false);
      joining.getAutoDetectionConfig().setEnabled(false);
      joining
          .getTcpIpConfig()
          .setEnabled(true)
          .setMembers(join.isEmpty() ? List.of(bindInterface + ":" + port) : join);
      config.setProperty("hazelcast.socket.bind.any", "false");
      // A killed member's chunks fail once the others drop it: after 10 s of silence, not
      // Hazelcast's 60 (a system property or hazelcastProperty still decides).
      defaultProperty(config, "hazelcast.heartbeat.interval.seconds", "1");
      defaultProperty(config, "hazelcast.max.no.heartbeat.seconds", "10");
      HazelcastSettings.quiet(config::setProperty);
      properties.forEach(config::setProperty);
      HazelcastSettings.apply(config.getSerializationConfig());
      config
          .getMemberAttributeConfig()
          .setAttribute(ClusterChunkRunner.SLOTS, Integer.toString(slots()));
      // Each chunk holds an executor thread while it waits for the local pool: as many threads as
      // a pool keeps chunks on the way (RunnerBackend's depth) let short chunks pipeline into it.
      config.getExecutorConfig(ClusterChunkRunner.EXECUTOR).setPoolSize(16 * slots() + 1);
      config.getUserContext().put(MemberChunks.CONTEXT_KEY, chunks);
      return config;
    }
  }
}
