package io.github.multiproc.testing;

import io.github.multiproc.ChildProcess;
import io.github.multiproc.Client;
import io.github.multiproc.Connection;
import io.github.multiproc.Multiproc;
import io.github.multiproc.ProcessInfo;
import io.github.multiproc.ProcessQueue;
import io.github.multiproc.annotation.Worker;
import java.io.EOFException;
import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.time.Duration;
import java.util.List;

/**
 * The "user code" of the tests of pipe ends passed to children: the processor generates
 * {@code PipeWorkers_Launcher} and the factories {@code PipeWorkersProcesses} from it.
 */
public final class PipeWorkers {
  private PipeWorkers() {}

  /** Sends back every message until the peer closes; returns how many. */
  @Worker
  public static int echo(Connection<Object> conn) throws IOException {
    int count = 0;
    try (conn) {
      while (true) {
        conn.send(conn.recv());
        count++;
      }
    } catch (EOFException e) {
      return count;
    }
  }

  /** Sends back every byte message until the peer closes; returns how many. */
  @Worker
  public static int echoBytes(Connection<Object> conn) throws IOException {
    int count = 0;
    try (conn) {
      while (true) {
        conn.sendBytes(conn.recvBytes());
        count++;
      }
    } catch (EOFException e) {
      return count;
    }
  }

  /** Sends 1..count as longs, then closes. */
  @Worker
  public static void sendNumbers(Connection<Long> conn, int count) throws IOException {
    try (conn) {
      for (long i = 1; i <= count; i++) {
        conn.send(i);
      }
    }
  }

  /** Sums the longs received until the peer closes. */
  @Worker
  public static long sumUntilEnd(Connection<Long> conn) throws IOException {
    long sum = 0;
    try (conn) {
      while (true) {
        sum += conn.recv();
      }
    } catch (EOFException e) {
      return sum;
    }
  }

  /** Sends {@code message}, then sleeps a minute with the end open. */
  @Worker
  public static void sendThenSleep(Connection<String> conn, String message)
      throws IOException, InterruptedException {
    conn.send(message);
    Thread.sleep(60_000);
  }

  /** Sends {@code message} after {@code millis}, then returns (the end closes at exit). */
  @Worker
  public static void sleepThenSend(Connection<Object> conn, long millis, String message)
      throws IOException, InterruptedException {
    Thread.sleep(millis);
    conn.send(message);
  }

  /** Connects a Client to the Listener at the Unix socket {@code socketPath} and sends. */
  @Worker
  public static void clientSend(String socketPath, byte[] authkey, String message)
      throws IOException {
    try (Connection<Object> conn =
        Client.connect(UnixDomainSocketAddress.of(socketPath), authkey)) {
      conn.send(message);
    }
  }

  /**
   * Waits {@code millis} on an end that stays silent, says so, then waits without a limit and
   * receives: "{ready count of the first wait}:{message}".
   */
  @Worker
  public static String waitThenRecv(Connection<Object> conn, long millis) throws IOException {
    int first = Multiproc.wait(List.of(conn), Duration.ofMillis(millis)).size();
    conn.send("waited");
    Multiproc.wait(List.of(conn));
    return first + ":" + conn.recv();
  }

  /**
   * Connects to the parent's Listener at {@code socketPath} with the tree's authkey and sends
   * what it knows of its parent and itself: "{parent name} {parent pid} {parent alive} {alive}".
   */
  @Worker
  public static void reportToParent(String socketPath) throws IOException {
    ProcessInfo parent = Multiproc.parentProcess().orElseThrow();
    ProcessInfo me = Multiproc.currentProcess();
    try (Connection<Object> conn =
        Client.connect(UnixDomainSocketAddress.of(socketPath), me.authkey())) {
      conn.send(parent.name() + " " + parent.pid() + " " + parent.isAlive() + " " + me.isAlive());
    }
  }

  /** Sends "from child" on {@code end}, a pipe end that came as an item, then receives one. */
  @SuppressWarnings("unchecked")
  static String useEnd(Object end) throws IOException {
    Connection<Object> conn = (Connection<Object>) end;
    conn.send("from child");
    return (String) conn.recv();
  }

  /** Polls once and returns the answer, without receiving; leaves the end open, as at exit. */
  @Worker
  public static boolean pollOnly(Connection<String> conn, long millis) throws IOException {
    return conn.poll(Duration.ofMillis(millis));
  }

  /** Receives one message and returns it, leaving the rest to the end's other readers. */
  @Worker
  public static String recvOne(Connection<String> conn) throws IOException {
    return conn.recv();
  }

  /** Passes the end on to an echoing grandchild without using it; returns the echo count. */
  @Worker
  public static int forwardToEcho(Connection<Object> conn) throws Exception {
    ChildProcess<Integer> grandchild = PipeWorkersProcesses.echo(conn);
    grandchild.start();
    return grandchild.result();
  }

  /** Tries the wrong direction of a one-way end; returns the exception's class name. */
  @Worker
  public static String tryToSend(Connection<String> conn) throws IOException {
    try {
      conn.send("nope");
      return "sent";
    } catch (IllegalStateException e) {
      return e.getClass().getSimpleName();
    }
  }

  /** Takes a pipe end from {@code q}, where it came as an item, and uses it ({@link #useEnd}). */
  @Worker
  public static String useEndFromQueue(ProcessQueue<Object> q)
      throws IOException, InterruptedException {
    return useEnd(q.take());
  }

  /** Receives a pipe end on {@code carrier} and uses it ({@link #useEnd}). */
  @Worker
  public static String useEndFromPipe(Connection<Object> carrier) throws IOException {
    return useEnd(carrier.recv());
  }
}
