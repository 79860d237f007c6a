package io.github.multiproc.samples;

import io.github.multiproc.AuthenticationException;
import io.github.multiproc.ChildProcess;
import io.github.multiproc.Manager;
import io.github.multiproc.annotation.Worker;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A manager served on a socket, as in Python's "using a remote manager" recipe (the seed's Manager
 * section names it but shows no code): one process serves, others connect with the shared key.
 *
 * <pre>{@code
 * # server
 * class QueueManager(BaseManager): pass
 * QueueManager.register('get_results', callable=lambda: results)
 * m = QueueManager(address=('127.0.0.1', 0), authkey=b'abracadabra')
 * m.start()
 *
 * # each client, in a process of its own
 * m = QueueManager(address=address, authkey=b'abracadabra')
 * m.connect()
 * m.get_results()['client %d' % i] = i * i
 *
 * # a client with the wrong authkey gets multiprocessing.AuthenticationError
 * }</pre>
 *
 * <p>The server listens on 127.0.0.1 on a port the system picks; the clients are given its address
 * and the key, connect, and put into the dict the server named {@code "results"}. The server then
 * prints what it sees. A connection with a wrong authkey is refused with an
 * {@link AuthenticationException} before any call reaches the manager.
 */
public final class RemoteManager {
  private static final byte[] AUTHKEY = "abracadabra, open sesame".getBytes(StandardCharsets.UTF_8);

  private RemoteManager() {}

  @Worker
  static void client(String host, int port, byte[] authkey, int i) throws Exception {
    try (Manager remote = Manager.connect(new InetSocketAddress(host, port), authkey)) {
      ConcurrentMap<Object, Object> results = remote.dict("results");
      results.put("client " + i, i * i);
      System.out.println("client " + i + " put " + i * i);
    }
  }

  /** Serves a manager on loopback, lets two client processes fill it, and tries a wrong authkey. */
  public static void main(String[] args) throws Exception {
    try (Manager server = Manager.serve(new InetSocketAddress("127.0.0.1", 0), AUTHKEY)) {
      ConcurrentMap<Object, Object> results = server.dict("results");
      InetSocketAddress address = (InetSocketAddress) server.address();
      System.out.println("serving on 127.0.0.1, port chosen by the system");
      List<ChildProcess<Void>> clients = new ArrayList<>();
      for (int i = 1; i <= 2; i++) {
        ChildProcess<Void> p =
            RemoteManagerProcesses.client(address.getHostString(), address.getPort(), AUTHKEY, i);
        p.start();
        clients.add(p);
      }
      for (ChildProcess<Void> p : clients) {
        p.join();
      }
      Map<Object, Object> seen = new TreeMap<>(results); // sorted: the clients ran concurrently
      System.out.println("the server sees " + seen);

      byte[] wrong = "open sesame, abracadabra".getBytes(StandardCharsets.UTF_8);
      try (Manager intruder = Manager.connect(address, wrong)) {
        intruder.dict("results").put("intruder", 0);
        System.out.println("the wrong authkey was accepted!");
      } catch (AuthenticationException e) {
        System.out.println("a wrong authkey is refused: " + e.getClass().getSimpleName());
      }
      System.out.println("the server still sees " + new TreeMap<>(results));
    }
  }
}
