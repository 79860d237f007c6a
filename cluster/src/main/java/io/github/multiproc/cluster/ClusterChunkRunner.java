package io.github.multiproc.cluster;

import com.hazelcast.client.HazelcastClientNotActiveException;
import com.hazelcast.client.HazelcastClientOfflineException;
import com.hazelcast.cluster.Member;
import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.ExecutionCallback;
import com.hazelcast.core.HazelcastInstanceNotActiveException;
import com.hazelcast.core.IExecutorService;
import com.hazelcast.core.MemberLeftException;
import com.hazelcast.core.OperationTimeoutException;
import com.hazelcast.spi.exception.TargetDisconnectedException;
import com.hazelcast.spi.exception.TargetNotMemberException;
import io.github.multiproc.AuthenticationException;
import io.github.multiproc.WorkerDiedException;
import io.github.multiproc.internal.pool.ChunkFailures;
import io.github.multiproc.spi.pool.ChunkRunner;
import io.github.multiproc.wire.WireInput;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One pool's chunks on the cluster, in the user's JVM: each goes, signed, to the least busy member
 * (chunks running per slot the member offers) that the client reaches over its own connection
 * ({@link DirectConnections}), through Hazelcast's executor, and its signed answer comes back. A
 * chunk whose member leaves, is killed or cannot be reached fails with {@link WorkerDiedException}
 * naming the member (the pool may re-run it); with no member at all, a chunk
 * waits up to the connection's {@code memberWait} for one, then fails.
 */
final class ClusterChunkRunner implements ChunkRunner {
  /** The members' executor for chunks. */
  static final String EXECUTOR = "multiproc-pool";

  /** The member attribute saying how many chunks a member runs at once. */
  static final String SLOTS = "multiproc.slots";

  private static final long MEMBER_POLL_MILLIS = 50;

  private final Cluster cluster;
  private final IExecutorService executor;
  private final DirectConnections connections;
  private final Map<UUID, AtomicInteger> busy = new ConcurrentHashMap<>();

  /**
   * Members whose connection failed, with when: no chunk goes to them for {@code memberWait},
   * because the cluster may list a killed member for seconds more, and a chunk sent there would
   * only wait to fail.
   */
  private final Map<UUID, Long> lost = new ConcurrentHashMap<>();

  private final ScheduledExecutorService waiter;

  /**
   * The chunks on each member, so that when the cluster drops a member every chunk still there
   * fails, whether or not Hazelcast failed its call (a call whose connection was not the member's
   * own may otherwise wait for an answer that never comes).
   */
  private final Map<UUID, Map<CompletableFuture<byte[]>, String>> onMember =
      new ConcurrentHashMap<>();

  private final UUID membershipListener;

  /**
   * Since when no member could take a chunk, or {@link Long#MIN_VALUE} while one can: once that
   * lasted {@code memberWait}, chunks fail at once instead of each waiting its own
   * {@code memberWait}, so a queue of many chunks fails within a bounded time too.
   */
  private final AtomicLong noMemberSince = new AtomicLong(Long.MIN_VALUE);

  ClusterChunkRunner(Cluster cluster) {
    this.cluster = cluster;
    this.executor = cluster.hazelcast().getExecutorService(EXECUTOR);
    this.connections = DirectConnections.of(cluster.hazelcast());
    ScheduledThreadPoolExecutor timer =
        new ScheduledThreadPoolExecutor(
            1,
            runnable -> {
              Thread thread = new Thread(runnable, "multiproc-cluster-member-wait");
              thread.setDaemon(true);
              return thread;
            });
    timer.setRemoveOnCancelPolicy(true);
    this.waiter = timer;
    this.membershipListener =
        cluster
            .hazelcast()
            .getCluster()
            .addMembershipListener(
                new MembershipListener() {
                  @Override
                  public void memberAdded(MembershipEvent event) {}

                  @Override
                  public void memberRemoved(MembershipEvent event) {
                    memberLeft(event.getMember());
                  }
                });
  }

  /** Fails every chunk still on {@code member}, which the cluster dropped. */
  private void memberLeft(Member member) {
    lost.put(member.getUuid(), System.nanoTime());
    Map<CompletableFuture<byte[]>, String> chunks = onMember.remove(member.getUuid());
    if (chunks == null) {
      return;
    }
    String name = memberName(member);
    chunks.forEach(
        (future, taskId) ->
            future.completeExceptionally(
                new WorkerDiedException(name, "left the cluster", taskId)));
  }

  private static String memberName(Member member) {
    return "member " + member.getAddress().getHost() + ":" + member.getAddress().getPort();
  }

  /** The slots of every member that runs chunks, at least 1. */
  @Override
  public int parallelism() {
    int total = 0;
    for (Member member : members()) {
      total += slots(member);
    }
    return Math.max(1, total);
  }

  private Iterable<Member> members() {
    try {
      return cluster.hazelcast().getCluster().getMembers();
    } catch (RuntimeException e) {
      return java.util.List.of(); // the client is shut down
    }
  }

  private static int slots(Member member) {
    String slots = member.getAttribute(SLOTS);
    if (slots == null || member.isLiteMember()) {
      return 0; // a plain Hazelcast member: it has no pool to run chunks on
    }
    try {
      return Math.max(0, Integer.parseInt(slots));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  @Override
  public CompletableFuture<byte[]> run(String taskId, byte[] arguments) {
    CompletableFuture<byte[]> future = new CompletableFuture<>();
    byte[] signed =
        cluster.mac().sign(PayloadMac.CHUNK_REQUEST, MemberChunks.request(taskId, arguments));
    long deadline = System.nanoTime() + cluster.memberWait().toNanos();
    submit(taskId, signed, future, deadline);
    return future;
  }

  /** Sends to the least busy member, or tries again shortly while none is there. */
  private void submit(
      String taskId, byte[] signed, CompletableFuture<byte[]> future, long deadline) {
    if (future.isDone()) {
      return; // cancelled by the pool
    }
    Member member = leastBusy();
    long now = System.nanoTime();
    if (member == null) {
      noMemberSince.compareAndSet(Long.MIN_VALUE, now);
      boolean longWithout = now - noMemberSince.get() >= cluster.memberWait().toNanos();
      if (now - deadline >= 0 || longWithout || waiter.isShutdown()) {
        future.completeExceptionally(
            new IllegalStateException(
                "no member of "
                    + cluster.describe()
                    + " to run "
                    + taskId
                    + " on for "
                    + cluster.memberWait().toMillis()
                    + " ms: start"
                    + " members (java -cp app.jar "
                    + io.github.multiproc.cluster.Member.class.getName()
                    + ") or check that they use this cluster name and authkey"));
        return;
      }
      try {
        waiter.schedule(
            () -> submit(taskId, signed, future, deadline),
            MEMBER_POLL_MILLIS,
            TimeUnit.MILLISECONDS);
      } catch (java.util.concurrent.RejectedExecutionException closed) {
        future.completeExceptionally(
            new IllegalStateException("the pool's cluster runner is closed"));
      }
      return;
    }
    noMemberSince.set(Long.MIN_VALUE);
    AtomicInteger count = busy.computeIfAbsent(member.getUuid(), uuid -> new AtomicInteger());
    count.incrementAndGet();
    String name = memberName(member);
    Map<CompletableFuture<byte[]>, String> running =
        onMember.computeIfAbsent(member.getUuid(), uuid -> new ConcurrentHashMap<>());
    running.put(future, taskId);
    if (lost.containsKey(member.getUuid()) && running.remove(future) != null) {
      // The member left between leastBusy() and put(): memberLeft() has come and gone.
      count.decrementAndGet();
      future.completeExceptionally(new WorkerDiedException(name, "left the cluster", taskId));
      return;
    }
    ExecutionCallback<byte[]> callback =
        new ExecutionCallback<>() {
          @Override
          public void onResponse(byte[] answer) {
            count.decrementAndGet();
            running.remove(future);
            answered(future, answer, name);
          }

          @Override
          public void onFailure(Throwable t) {
            count.decrementAndGet();
            running.remove(future);
            if (isGone(t)) {
              lost.put(member.getUuid(), System.nanoTime());
            }
            future.completeExceptionally(
                isGone(t)
                    ? new WorkerDiedException(
                        name, "left the cluster (" + t.getClass().getSimpleName() + ")", taskId)
                    : new IllegalStateException(
                        name + " did not run a chunk of " + taskId + ": " + t, t));
          }
        };
    try {
      executor.submitToMember(new ChunkCall(signed), member, callback);
    } catch (RuntimeException e) {
      callback.onFailure(e);
    }
  }

  private Member leastBusy() {
    Member best = null;
    double bestLoad = Double.MAX_VALUE;
    for (Member member : members()) {
      int slots = slots(member);
      if (slots == 0 || isLost(member.getUuid()) || !connections.reaches(member)) {
        continue;
      }
      AtomicInteger count = busy.get(member.getUuid());
      double load = (count == null ? 0 : count.get()) / (double) slots;
      if (load < bestLoad) {
        best = member;
        bestLoad = load;
      }
    }
    return best;
  }

  private boolean isLost(UUID member) {
    Long since = lost.get(member);
    if (since == null) {
      return false;
    }
    if (System.nanoTime() - since < cluster.memberWait().toNanos()) {
      return true;
    }
    lost.remove(member);
    return false;
  }

  private void answered(CompletableFuture<byte[]> future, byte[] answer, String name) {
    try {
      byte[] body = cluster.mac().verify(PayloadMac.CHUNK_RESULT, answer);
      WireInput in = new WireInput(body);
      byte status = in.readByte();
      byte[] rest = Arrays.copyOfRange(body, 1, body.length);
      if (status == MemberChunks.RESULTS) {
        future.complete(rest);
      } else {
        future.completeExceptionally(ChunkFailures.decode(rest, name));
      }
    } catch (AuthenticationException | RuntimeException e) {
      future.completeExceptionally(
          new IllegalStateException(
              "the answer of " + name + " to a chunk was dropped: " + e.getMessage(), e));
    }
  }

  /** Whether {@code failure} says the member (or the whole cluster) is gone, not the chunk bad. */
  static boolean isGone(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof MemberLeftException
          || t instanceof TargetDisconnectedException
          || t instanceof TargetNotMemberException
          || t instanceof HazelcastClientOfflineException
          || t instanceof HazelcastClientNotActiveException
          || t instanceof HazelcastInstanceNotActiveException
          || t instanceof OperationTimeoutException
          || t instanceof IOException) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  @Override
  public void close() {
    try {
      cluster.hazelcast().getCluster().removeMembershipListener(membershipListener);
    } catch (RuntimeException e) {
      // the client is shut down already: its listeners are gone
    }
    for (Runnable waiting : waiter.shutdownNow()) {
      waiting.run(); // sees the runner closed and fails its chunk, so none waits forever
    }
  }

  @Override
  public String toString() {
    return cluster.describe();
  }
}
