package io.github.multiproc.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A {@link Member} in a child JVM of this machine, started as a user starts one on a real host
 * ({@code java -cp app.jar io.github.multiproc.cluster.Member ...}) with this JVM's class path as
 * the app and the authkey (UTF-8 text, as {@code MULTIPROC_AUTHKEY} holds it) in its environment:
 * for trying a cluster on one machine, for samples,
 * benchmarks and tests. Runs in the JVM that starts it.
 */
public final class MemberJvm implements AutoCloseable {
  /**
   * JVM options for a member of a short run on one machine (a sample, a test): the quick C1
   * compiler and the serial collector (a member then starts several times faster on a busy
   * machine), and no wait for other members before joining.
   */
  public static final List<String> QUICK_START_OPTIONS =
      List.of(
          "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dhazelcast.wait.seconds.before.join=0");

  private final String address;
  private final Process process;
  private final CompletableFuture<Void> ready = new CompletableFuture<>();
  private final Consumer<String> output;
  private final Thread reader;

  private MemberJvm(String address, Process process, Consumer<String> output) {
    this.address = address;
    this.process = process;
    this.output = output;
    this.reader = new Thread(this::readOutput, "multiproc-member-output-" + address);
    reader.setDaemon(true);
    reader.start();
  }

  /**
   * Starts a member of cluster {@code clusterName} on {@code port} of 127.0.0.1 that joins {@code
   * join}, with more {@link Member.Settings#parse flags} (e.g. {@code --threads 2}) and JVM
   * options (e.g. {@code -Dhazelcast.wait.seconds.before.join=0}). What its tasks print goes to
   * {@code output} line by line; its own ready line does not.
   */
  public static MemberJvm start(
      String clusterName,
      int port,
      List<String> join,
      byte[] authkey,
      List<String> jvmOptions,
      List<String> flags,
      Consumer<String> output) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            Member.class.getName(),
            "--cluster-name",
            clusterName,
            "--interface",
            "127.0.0.1",
            "--port",
            Integer.toString(port),
            "--join",
            String.join(",", join)));
    command.addAll(flags);
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
    builder.environment().put(Authkey.ENV, new String(authkey, StandardCharsets.UTF_8));
    builder.environment().remove(Authkey.FILE_ENV);
    builder.environment().remove(Cluster.ENV); // its own pool runs here, not on a cluster
    try {
      return new MemberJvm("127.0.0.1:" + port, builder.start(), output);
    } catch (IOException e) {
      throw new IllegalStateException("cannot start a member JVM: " + e.getMessage(), e);
    }
  }

  /**
   * Starts {@code count} members of a new cluster {@code clusterName} on free ports of 127.0.0.1,
   * joining each other, and waits until all run chunks (stopping them if one does not); connect
   * with {@link #clusterAddress}.
   */
  public static List<MemberJvm> startLoopbackCluster(
      String clusterName,
      int count,
      byte[] authkey,
      List<String> jvmOptions,
      List<String> flags,
      Consumer<String> output) {
    List<Integer> ports = freePorts(count);
    List<String> addresses = ports.stream().map(port -> "127.0.0.1:" + port).toList();
    List<MemberJvm> members = new ArrayList<>();
    try {
      for (int port : ports) {
        members.add(start(clusterName, port, addresses, authkey, jvmOptions, flags, output));
      }
      for (MemberJvm member : members) {
        member.awaitReady(Duration.ofMinutes(2));
      }
      return members;
    } catch (RuntimeException e) {
      members.forEach(MemberJvm::close);
      throw e;
    }
  }

  /** The address of the cluster {@code members} form: {@code name@host:port,host:port...}. */
  public static String clusterAddress(String clusterName, List<MemberJvm> members) {
    return clusterName + "@" + String.join(",", members.stream().map(MemberJvm::address).toList());
  }

  /** {@code count} ports of 127.0.0.1 that were free a moment ago. */
  public static List<Integer> freePorts(int count) {
    List<ServerSocket> sockets = new ArrayList<>();
    try {
      for (int i = 0; i < count; i++) {
        sockets.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
      }
      return sockets.stream().map(ServerSocket::getLocalPort).toList();
    } catch (IOException e) {
      throw new IllegalStateException("no free port on 127.0.0.1: " + e.getMessage(), e);
    } finally {
      for (ServerSocket socket : sockets) {
        try {
          socket.close();
        } catch (IOException ignored) {
          // only reserved for a moment
        }
      }
    }
  }

  private void readOutput() {
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (!ready.isDone() && line.startsWith(Member.READY_LINE)) {
          ready.complete(null);
        } else {
          output.accept(line);
        }
      }
    } catch (IOException e) {
      // the member ended
    } finally {
      ready.completeExceptionally(
          new IllegalStateException(
              "member " + address + " ended" + " before it was ready (see its stderr)"));
    }
  }

  /** {@code 127.0.0.1:port}. */
  public String address() {
    return address;
  }

  /** Waits until the member runs chunks; throws if it ended or took longer than {@code timeout}. */
  public MemberJvm awaitReady(Duration timeout) {
    try {
      ready.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return this;
    } catch (Exception e) {
      throw new IllegalStateException(
          "member " + address + " did not start within " + timeout.toMillis() + " ms", e);
    }
  }

  /** SIGKILL, as a crash or the kernel's OOM killer ends a member, and waits for the exit. */
  public void kill() {
    process.destroyForcibly();
    awaitExit(Duration.ofSeconds(10));
  }

  /** Whether the member's JVM is still running. */
  public boolean isAlive() {
    return process.isAlive();
  }

  /**
   * Stops the member (SIGTERM: it leaves the cluster and stops its workers), killing it if slow,
   * and waits until everything it printed went to the output.
   */
  @Override
  public void close() {
    process.destroy();
    if (!awaitExit(Duration.ofSeconds(10))) {
      kill();
    }
    try {
      reader.join(5000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private boolean awaitExit(Duration timeout) {
    try {
      return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return !process.isAlive();
    }
  }
}
