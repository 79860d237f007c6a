package io.github.multiproc.cluster.manager;

import com.hazelcast.map.IMap;
import io.github.multiproc.ManagedLock;
import io.github.multiproc.wire.ProxyReference;
import io.github.multiproc.wire.WireOutput;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;

/**
 * A lock kept on the cluster: Python's {@code manager.Lock()}, here {@code IMap.lock} on the
 * lock's entry in the shared map {@value ClusterType#LOCKS_MAP} (the free edition has no CP
 * subsystem, so no {@code FencedLock}). As Python's lock, it is not reentrant (a second acquire
 * by the holding thread does not succeed) and any thread may release it.
 *
 * <p>While held, the entry's value marks the holder. Hazelcast releases the locks of a member
 * that leaves the cluster and of a client whose connection it drops; the next holder then finds
 * the old mark, and {@link #wasAbandoned()} says so. Without a CP subsystem there is no fencing:
 * during a network split each side may grant the lock, and a holder that was only cut off (not
 * dead) keeps running while another holds it.
 */
final class ClusterLock implements ManagedLock, ProxyReference {
  private final ClusterHandle handle;
  private volatile boolean abandoned;

  ClusterLock(ClusterHandle handle) {
    this.handle = handle;
  }

  private IMap<String, byte[]> locks() {
    return handle.instance().getMap(ClusterType.LOCKS_MAP);
  }

  @Override
  public void lock() {
    refuseReentry();
    locks().lock(handle.name());
    markHeld();
  }

  @Override
  public void lockInterruptibly() throws InterruptedException {
    refuseReentry();
    Retries.untilDone(this::tryOnce);
    markHeld();
  }

  private void refuseReentry() {
    if (heldByThisThread()) {
      throw new IllegalStateException(
          "this thread already holds the cluster lock '"
              + handle.name()
              + "', which is not"
              + " reentrant: acquiring it again would never return (Python's would hang)");
    }
  }

  @Override
  public boolean tryLock() {
    if (heldByThisThread() || !locks().tryLock(handle.name())) {
      return false;
    }
    markHeld();
    return true;
  }

  @Override
  public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
    long deadline = Retries.deadline(time, unit);
    if (heldByThisThread()) {
      // Python's acquire(timeout=t) on a lock its thread holds: t passes, then False.
      TimeUnit.NANOSECONDS.sleep(deadline - System.nanoTime());
      return false;
    }
    if (Retries.until(this::tryOnce, deadline) == null) {
      return false;
    }
    markHeld();
    return true;
  }

  /** One try without waiting (see {@link Retries} for why waits are not Hazelcast's). */
  private Boolean tryOnce() {
    return Retries.successOrNull(locks().tryLock(handle.name()));
  }

  /** After Hazelcast granted the lock: notes whether a dead holder left its mark, then marks. */
  private void markHeld() {
    IMap<String, byte[]> locks = locks();
    abandoned = locks.get(handle.name()) != null;
    locks.set(handle.name(), handle.seal(holderPrefix() + UUID.randomUUID()));
  }

  private boolean heldByThisThread() {
    return isThisThreads(locks().get(handle.name()));
  }

  private boolean isThisThreads(byte[] mark) {
    return handle.open(mark) instanceof String holder && holder.startsWith(holderPrefix());
  }

  /** This thread in this Hazelcast instance, as a holder's mark starts. */
  private String holderPrefix() {
    return handle.instance().getLocalEndpoint().getUuid()
        + "/"
        + Thread.currentThread().getId()
        + "/";
  }

  /**
   * Releases the lock, whichever thread or process holds it (Python's {@code release()}).
   *
   * @throws IllegalMonitorStateException if it is not locked (Python raises ValueError)
   */
  @Override
  public void unlock() {
    IMap<String, byte[]> locks = locks();
    String name = handle.name();
    if (!locks.isLocked(name)) {
      throw new IllegalMonitorStateException("release of the unlocked cluster lock '" + name + "'");
    }
    byte[] mark = locks.get(name);
    if (isThisThreads(mark)) {
      locks.delete(name);
      locks.unlock(name);
    } else {
      // Hazelcast locks belong to a thread; Python's may be released by any, so force it, and
      // remove the holder's mark only if no new holder replaced it meanwhile.
      locks.forceUnlock(name);
      if (mark != null) {
        locks.remove(name, mark);
      }
    }
  }

  @Override
  public boolean wasAbandoned() {
    return abandoned;
  }

  /**
   * Unsupported: Hazelcast 5 has no distributed condition ({@code ICondition} went with
   * {@code ILock} in 4.0).
   */
  @Override
  public Condition newCondition() {
    throw new UnsupportedOperationException(
        "a cluster lock has no condition: Hazelcast has no distributed condition; use a cluster"
            + " queue to wait for another process");
  }

  @Override
  public String toString() {
    return "ClusterLock(" + handle.name() + (locks().isLocked(handle.name()) ? ", locked)" : ")");
  }

  @Override
  public void writeReference(WireOutput out) {
    handle.writeReference(out);
  }
}
