package io.github.multiproc.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A member in its own JVM, started as a user would ({@code java -cp app.jar
 * io.github.multiproc.cluster.Member ...}) with the test class path as the app jar and the authkey
 * in the environment, so that a test can SIGKILL it.
 */
final class MemberProcess implements AutoCloseable {
  final String address;
  private final Process process;
  private final CompletableFuture<Void> ready = new CompletableFuture<>();

  private MemberProcess(String address, Process process) {
    this.address = address;
    this.process = process;
    Thread reader = new Thread(this::readOutput, "member-output-" + address);
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts a member on {@code port} of 127.0.0.1 that joins {@code join}, running chunks on threads. */
  static MemberProcess start(String clusterName, int port, List<String> join, int threads) {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
        "-Dhazelcast.wait.seconds.before.join=0", "-Dhazelcast.max.wait.seconds.before.join=0",
        "-Dhazelcast.heartbeat.interval.seconds=1", "-Dhazelcast.max.no.heartbeat.seconds=5",
        "-cp", System.getProperty("java.class.path"),
        Member.class.getName(),
        "--cluster-name", clusterName, "--interface", "127.0.0.1", "--port", Integer.toString(port),
        "--join", String.join(",", join), "--threads", Integer.toString(threads)));
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectError(ProcessBuilder.Redirect.INHERIT);
    builder.environment().put(Authkey.ENV,
        new String(LoopbackCluster.AUTHKEY, StandardCharsets.UTF_8));
    builder.environment().remove(Cluster.ENV);
    try {
      return new MemberProcess("127.0.0.1:" + port, builder.start());
    } catch (IOException e) {
      throw new IllegalStateException("cannot start a member JVM", e);
    }
  }

  private void readOutput() {
    try (BufferedReader in = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.startsWith("multiproc member ")) {
          ready.complete(null);
        }
      }
    } catch (IOException e) {
      // the member was killed
    } finally {
      ready.completeExceptionally(new IllegalStateException("member " + address + " ended"));
    }
  }

  /** Waits until the member says it runs chunks. */
  MemberProcess awaitReady() {
    try {
      ready.get(60, TimeUnit.SECONDS);
      return this;
    } catch (Exception e) {
      throw new IllegalStateException("member " + address + " did not start", e);
    }
  }

  /** SIGKILL, as the kernel's OOM killer or a crash would end it. */
  void kill() {
    process.destroyForcibly();
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  boolean isAlive() {
    return process.isAlive();
  }

  @Override
  public void close() {
    kill();
  }
}
