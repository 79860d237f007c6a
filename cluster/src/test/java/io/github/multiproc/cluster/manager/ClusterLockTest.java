package io.github.multiproc.cluster.manager;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.core.HazelcastInstance;
import io.github.multiproc.ManagedLock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The cluster lock against CPython's {@code _TestLock.test_lock} of
 * {@code _test_multiprocessing.py}, Python's release from another thread, and a holder that
 * vanishes: a Hazelcast client, or a member, that holds the lock and is cut off.
 */
@ExtendWith(LoopbackCluster.Extension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ClusterLockTest {
  private static LoopbackCluster cluster;
  private static ClusterManager manager;

  @BeforeAll
  static void connect(LoopbackCluster shared) {
    cluster = shared;
    manager = cluster.managerOn(2);
  }

  @AfterAll
  static void close() {
    manager.close();
  }

  @Test
  void lockAsPythonsTestLock() {
    ManagedLock lock = manager.lock();
    assertTrue(lock.tryLock(), "lock.acquire() is True");
    assertFalse(lock.tryLock(), "lock.acquire(False) is False: not reentrant");
    assertThrows(
        IllegalStateException.class, lock::lock, "a second blocking acquire never returns");
    lock.unlock();
    assertThrows(IllegalMonitorStateException.class, lock::unlock, "release of an unlocked lock");
    assertFalse(lock.wasAbandoned());
  }

  @Test
  void anotherMembersThreadWaitsThenAnyThreadReleases() throws Exception {
    ManagedLock lock = manager.lock();
    ManagedLock elsewhere = (ManagedLock) Crossing.roundTrip(lock);
    lock.lock();
    long start = System.nanoTime();
    assertFalse(CompletableFuture.supplyAsync(() -> tryFor(elsewhere, 200)).get());
    assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(190));
    CompletableFuture.runAsync(elsewhere::unlock).get(); // Python: any thread may release
    assertTrue(CompletableFuture.supplyAsync(() -> tryFor(elsewhere, 0)).get());
    assertThrows(UnsupportedOperationException.class, lock::newCondition);
    lock.unlock();
  }

  @Test
  void aWaitForTheLockCanBeInterrupted() throws Exception {
    ManagedLock lock = manager.lock();
    lock.lock();
    CompletableFuture<Throwable> waiter = new CompletableFuture<>();
    Thread thread =
        new Thread(
            () -> {
              try {
                lock.lockInterruptibly();
                waiter.complete(null);
              } catch (Throwable e) {
                waiter.complete(e);
              }
            });
    thread.start();
    Thread.sleep(200);
    thread.interrupt();
    assertInstanceOf(InterruptedException.class, waiter.get(30, TimeUnit.SECONDS));
    thread.join();
    assertThrows(IllegalStateException.class, lock::lockInterruptibly, "not reentrant");
    lock.unlock();
  }

  @Test
  void aLockWhoseClientVanishedIsReleasedAndSaysAbandoned() throws Exception {
    HazelcastInstance client = cluster.newClient();
    ClusterManager onClient = ClusterManager.over(client, cluster.name, cluster.authkey);
    ManagedLock held = onClient.lock("vanishing");
    held.lock();
    ManagedLock lock = manager.lock("vanishing");
    assertFalse(lock.tryLock(100, TimeUnit.MILLISECONDS), "the client holds it");
    client.getLifecycleService().terminate(); // no unlock: as if its process were killed
    assertTrue(lock.tryLock(30, TimeUnit.SECONDS), "the cluster released the dead holder's lock");
    assertTrue(lock.wasAbandoned(), "the holder died holding it");
    lock.unlock();
    assertTrue(lock.tryLock());
    assertFalse(lock.wasAbandoned(), "released by unlock, not abandoned");
    lock.unlock();
  }

  @Test
  void aLockWhoseMemberDiedIsReleasedAndSaysAbandoned() throws Exception {
    HazelcastInstance member = cluster.newMember();
    ClusterManager onMember = ClusterManager.over(member, cluster.name, cluster.authkey);
    ManagedLock held = onMember.lock("member-dies");
    held.lock();
    ManagedLock lock = manager.lock("member-dies");
    assertFalse(lock.tryLock(100, TimeUnit.MILLISECONDS), "the member holds it");
    member.getLifecycleService().terminate(); // no unlock, no graceful leave: a crash
    assertTrue(lock.tryLock(30, TimeUnit.SECONDS), "the cluster released the dead member's lock");
    assertTrue(lock.wasAbandoned(), "the holder died holding it");
    lock.unlock();
  }

  private static boolean tryFor(ManagedLock lock, long millis) {
    try {
      return lock.tryLock(millis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }
}
