package io.github.multiproc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.multiproc.testing.ChildCleanup;
import io.github.multiproc.testing.Counter;
import io.github.multiproc.testing.ManagerWorkersProcesses;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class ManagerTest {
  private final List<ChildProcess<?>> children = new ArrayList<>();

  @AfterEach
  void cleanUp() {
    for (ChildProcess<?> child : children) {
      if (child.isAlive()) {
        child.kill();
      }
      child.join(Duration.ofSeconds(5));
    }
    ChildCleanup.killDescendants();
  }

  private <T extends ChildProcess<?>> T started(T child) {
    children.add(child);
    child.start();
    return child;
  }

  @Test
  void tenProcessesLoseNothing() {
    try (Manager manager = Manager.start()) {
      ConcurrentMap<Object, Object> d = manager.dict();
      List<Object> l = manager.list();
      List<ChildProcess<Void>> workers = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        workers.add(started(ManagerWorkersProcesses.update(d, l, i)));
      }
      for (ChildProcess<Void> w : workers) {
        w.join();
        w.result();
      }
      assertEquals(200, l.size());
      assertEquals(200, d.size());
      Set<Object> expected = new HashSet<>();
      for (int i = 0; i < 10; i++) {
        for (int k = 0; k < 20; k++) {
          expected.add(i * 100 + k);
          assertEquals("p" + i, d.get(i * 100 + k));
        }
      }
      assertEquals(expected, new HashSet<>(l));
    }
  }

  @Test
  void seedShape() {
    try (Manager manager = Manager.start()) {
      ConcurrentMap<Object, Object> d = manager.dict();
      List<Object> l = manager.list(List.of(0, 1, 2, 3, 4));
      List<ChildProcess<Void>> workers = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        workers.add(started(ManagerWorkersProcesses.seed(d, l)));
      }
      workers.forEach(ChildProcess::join);
      workers.forEach(ChildProcess::result);
      assertEquals("{1=1, 2=2, 0.25=null}", d.toString());
      assertEquals("[0, 1, 2, 3, 4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]", l.toString());
      assertTrue(d.containsKey(0.25));
      assertEquals("x", d.getOrDefault("missing", "x"));
      assertEquals(null, d.getOrDefault(0.25, "x"));
    }
  }

  @Test
  void nestedListInDictAndOtherTypes() throws Exception {
    try (Manager manager = Manager.start()) {
      ConcurrentMap<Object, Object> d = manager.dict();
      List<Object> inner = manager.list();
      d.put("inner", inner);
      ChildProcess<Void> child = started(ManagerWorkersProcesses.nested(d));
      child.join();
      child.result();
      assertEquals(List.of("from child"), inner);
      assertEquals("{inner=[from child]}", d.toString());

      Namespace ns = manager.namespace();
      ns.set("y", "b");
      ns.set("x", 1);
      ns.set("_hidden", 2);
      assertEquals(1, ns.get("x"));
      assertEquals(2, ns.get("_hidden"));
      assertEquals(
          "Namespace(x=1, y=b)", ns.toString(), "sorted, '_' names hidden, as Python's repr");
      assertEquals("b", ns.remove("y"));

      ManagedValue<Double> v = manager.value(1.5);
      v.set(v.get() * 2);
      assertEquals(3.0, v.get());

      Lock lock = manager.rlock();
      lock.lock();
      lock.lock();
      lock.unlock();
      lock.unlock();
      assertThrows(IllegalMonitorStateException.class, lock::unlock);
      Lock plain = manager.lock();
      assertTrue(plain.tryLock());
      assertTrue(!plain.tryLock(50, TimeUnit.MILLISECONDS));
      plain.unlock();

      BlockingQueue<Object> q = manager.queue();
      q.put("a");
      q.put(2);
      assertEquals("a", q.take());
      assertEquals(2, q.poll(1, TimeUnit.SECONDS));
      assertEquals(null, q.poll(50, TimeUnit.MILLISECONDS));

      ManagedEvent e = manager.event();
      assertTrue(!e.waitFor(Duration.ofMillis(20)));
      e.set();
      assertTrue(e.waitFor(Duration.ofMillis(20)));
      e.waitFor();
      assertTrue(e.isSet());
      assertThrows(IndexOutOfBoundsException.class, () -> inner.get(5));
    }
  }

  @Test
  void listIteratorSeesWritesMadeDuringIteration() {
    try (Manager manager = Manager.start()) {
      List<Object> l = manager.list(List.of(0, 1, 2));
      Iterator<Object> it = l.iterator();
      l.set(0, 100); // Python's test_list_iter: a write after iter() and before next() shows
      assertEquals(100, it.next());
      ChildProcess<Void> child = started(ManagerWorkersProcesses.seed(manager.dict(), l));
      child.join();
      child.result(); // it appended 1, from another process, while we iterate
      l.set(1, 10);
      List<Object> rest = new ArrayList<>();
      it.forEachRemaining(rest::add);
      assertEquals(List.of(10, 2, 1), rest);
      l.add(3);
      assertFalse(it.hasNext(), "an ended iterator stays ended, as Python's");
      assertThrows(NoSuchElementException.class, it::next);
      assertEquals(List.of(100, 10, 2, 1, 3), new ArrayList<>(l));
    }
  }

  @Test
  void customManagedType() {
    try (Manager manager = Manager.start()) {
      Counter counter = manager.create(Counter.class);
      List<ChildProcess<Void>> workers = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        workers.add(started(ManagerWorkersProcesses.bump(counter, 50)));
      }
      workers.forEach(ChildProcess::join);
      workers.forEach(ChildProcess::result);
      assertEquals(150, counter.value());
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> manager.create(Runnable.class));
      assertTrue(e.getMessage().contains("@Managed"), e.getMessage());
    }
  }

  @Test
  void killedManagerFailsFast() throws Exception {
    Path flag = Files.createTempFile("multiproc-manager-test", ".flag");
    Files.delete(flag);
    try (Manager manager = Manager.start()) {
      ConcurrentMap<Object, Object> d = manager.dict();
      List<ChildProcess<String>> clients = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        clients.add(started(ManagerWorkersProcesses.callAfterDeath(d, flag.toString())));
      }
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      // Both clients have connected once before the manager dies.
      while (d.size() < 2 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      ProcessHandle.of(manager.pid()).orElseThrow().destroyForcibly();
      ProcessHandle.of(manager.pid()).ifPresent(h -> h.onExit().join());
      Files.createFile(flag);
      long start = System.nanoTime();
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> d.get("alive"));
      assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(1));
      assertTrue(e.getMessage().contains("pid " + manager.pid()), e.getMessage());
      for (ChildProcess<String> client : clients) {
        client.join();
        String report = client.result();
        long millis = Long.parseLong(report.substring(0, report.indexOf("ms")));
        assertTrue(millis < 1000, report);
        assertTrue(report.contains("is gone"), report);
      }
    } finally {
      Files.deleteIfExists(flag);
    }
  }

  @Test
  void remoteManagerOverTcp() throws Exception {
    byte[] key = "a secret of sixteen bytes or more".getBytes(StandardCharsets.UTF_8);
    InetAddress loopback = InetAddress.getLoopbackAddress();
    try (Manager server = Manager.serve(new InetSocketAddress(loopback, 0), key)) {
      int port = ((InetSocketAddress) server.address()).getPort();
      String host = loopback.getHostAddress();
      Map<Object, Object> shared = server.dict("shared");
      ChildProcess<String> victim =
          started(ManagerWorkersProcesses.remote(host, port, key, "v", 1_000_000));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (!shared.containsKey("v10") && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      victim.kill();
      ChildProcess<String> a = started(ManagerWorkersProcesses.remote(host, port, key, "a", 200));
      ChildProcess<String> b = started(ManagerWorkersProcesses.remote(host, port, key, "b", 200));
      ChildProcess<String> wrong =
          started(
              ManagerWorkersProcesses.remote(
                  host,
                  port,
                  "a wrong key of sixteen bytes or more".getBytes(StandardCharsets.UTF_8),
                  "w",
                  1));
      a.join();
      b.join();
      wrong.join();
      assertEquals("ok", a.result());
      assertEquals("ok", b.result());
      assertTrue(wrong.result().startsWith("refused"), wrong.result());
      for (int k = 0; k < 200; k++) {
        assertEquals(k, shared.get("a" + k));
        assertEquals(k, shared.get("b" + k));
      }
      assertTrue(!shared.containsKey("w0"));
      assertThrows(
          AuthenticationException.class, () -> Manager.connect(server.address(), new byte[16]));
    }
  }

  @Test
  void randomBytesAndSilentClientsLeaveTheRemoteManagerServing() throws Exception {
    byte[] key = "a secret of sixteen bytes or more".getBytes(StandardCharsets.UTF_8);
    InetAddress loopback = InetAddress.getLoopbackAddress();
    try (Manager server = Manager.serve(new InetSocketAddress(loopback, 0), key)) {
      server.dict("shared").put("before", 1);
      java.util.Random random = new java.util.Random(42);
      List<java.net.Socket> silent = new ArrayList<>();
      try {
        for (int i = 0; i < 5; i++) {
          // Noise instead of a handshake: a garbage length prefix, then random bytes.
          try (java.net.Socket noise = new java.net.Socket()) {
            noise.connect(server.address());
            byte[] garbage = new byte[256];
            random.nextBytes(garbage);
            noise.getOutputStream().write(garbage);
            noise.getOutputStream().flush();
          }
          // A client that connects and never says anything holds only its own connection.
          java.net.Socket quiet = new java.net.Socket();
          quiet.connect(server.address());
          silent.add(quiet);
        }
        try (Manager client = Manager.connect(server.address(), key)) {
          ConcurrentMap<Object, Object> shared = client.dict("shared");
          assertEquals(1, shared.get("before"));
          shared.put("after", 2);
        }
        assertEquals(2, server.dict("shared").get("after"));
      } finally {
        for (java.net.Socket quiet : silent) {
          quiet.close();
        }
      }
    }
  }

  @Test
  void aClientThatDiesFreesItsBlockedThreadsAndReleasesItsLock() throws Exception {
    byte[] key = Multiproc.randomAuthkey();
    try (Manager server =
        Manager.serve(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), key)) {
      ManagedLock lock = server.lock();
      ManagedEvent event = server.event();
      ConcurrentMap<Object, Object> d = server.dict();
      ChildProcess<Void> holder = started(ManagerWorkersProcesses.holdLock(lock, d));
      awaitKey(d, "holding");
      int before = threads("multiproc-manager-connection");
      ChildProcess<Void> blocked = started(ManagerWorkersProcesses.block(lock, event, d));
      awaitKey(d, "blocking");
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (threads("multiproc-manager-connection") < before + 2 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertTrue(threads("multiproc-manager-connection") >= before + 2, "the blocked calls run");
      blocked.kill();
      deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (threads("multiproc-manager-connection") > before && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertEquals(
          before,
          threads("multiproc-manager-connection"),
          "a dead client's blocked lock() and event wait free their server threads");

      assertFalse(lock.tryLock(), "the live holder keeps the lock");
      holder.kill();
      assertTrue(lock.tryLock(20, TimeUnit.SECONDS), "a dead holder's lock is released");
      assertTrue(lock.wasAbandoned(), "the new holder learns the old one died holding it");
      lock.unlock();
      assertTrue(lock.tryLock());
      assertFalse(lock.wasAbandoned(), "only the first hold after the death reports it");
      lock.unlock();
    }
  }

  @Test
  void aManagerThatGoesSilentFailsTheCallNamingItsAddress() throws Exception {
    byte[] key = Multiproc.randomAuthkey();
    String old = System.getProperty("multiproc.managerTimeoutMillis");
    System.setProperty("multiproc.managerTimeoutMillis", "1000");
    try (java.nio.channels.ServerSocketChannel fake =
        java.nio.channels.ServerSocketChannel.open()) {
      fake.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      InetSocketAddress address = (InetSocketAddress) fake.getLocalAddress();
      List<java.nio.channels.SocketChannel> accepted =
          new java.util.concurrent.CopyOnWriteArrayList<>();
      Thread server = new Thread(() -> silentManager(fake, key, accepted), "fake-manager");
      server.setDaemon(true);
      server.start();
      try (Manager client = Manager.connect(address, key)) {
        long start = System.nanoTime();
        IllegalStateException e = assertThrows(IllegalStateException.class, client::dict);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(millis < 10_000, "failed after " + millis + " ms");
        assertTrue(
            e.getMessage().contains("127.0.0.1:" + address.getPort())
                && e.getMessage().contains("sent nothing"),
            e.getMessage());
      } finally {
        fake.close();
        for (java.nio.channels.SocketChannel channel : accepted) {
          channel.close();
        }
      }
    } finally {
      if (old == null) {
        System.clearProperty("multiproc.managerTimeoutMillis");
      } else {
        System.setProperty("multiproc.managerTimeoutMillis", old);
      }
    }
  }

  /** A manager that authenticates its clients and then never answers a request. */
  private static void silentManager(
      java.nio.channels.ServerSocketChannel fake,
      byte[] key,
      List<java.nio.channels.SocketChannel> accepted) {
    try {
      while (true) {
        java.nio.channels.SocketChannel channel = fake.accept();
        accepted.add(channel);
        io.github.multiproc.internal.hub.BlockingLink frames =
            new io.github.multiproc.internal.hub.BlockingLink(channel);
        io.github.multiproc.internal.hub.Handshake.serve(frames, key);
        frames.read(256); // the kind of connection
        io.github.multiproc.wire.WireOutput hello = new io.github.multiproc.wire.WireOutput();
        hello.writeLong(4242);
        frames.write(hello.toByteArray());
      }
    } catch (java.io.IOException e) {
      // the test closed the fake server
    }
  }

  private static void awaitKey(Map<Object, Object> d, String key) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!d.containsKey(key)) {
      assertTrue(System.nanoTime() < deadline, "the child never put " + key);
      Thread.sleep(10);
    }
  }

  private static int threads(String prefix) {
    int count = 0;
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.getName().startsWith(prefix)) {
        count++;
      }
    }
    return count;
  }
}
