package io.github.multiproc.testing;

import io.github.multiproc.ChildProcess;
import io.github.multiproc.Client;
import io.github.multiproc.Connection;
import io.github.multiproc.Multiproc;
import io.github.multiproc.ProcessInfo;
import io.github.multiproc.ProcessQueue;
import io.github.multiproc.spi.ChildMain;
import io.github.multiproc.wire.Codecs;
import io.github.multiproc.spi.PipeHandles;
import io.github.multiproc.spi.QueueHandles;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;
import io.github.multiproc.spi.WorkerDispatcher;
import java.io.EOFException;
import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.time.Duration;
import java.util.List;

/** A hand-written launcher, in the generated shape, for workers that take pipe ends. */
public final class PipeTestLauncher implements WorkerDispatcher {
  private PipeTestLauncher() {}

  public static void main(String[] args) {
    ChildMain.run(new PipeTestLauncher(), args);
  }

  @Override
  public void dispatch(String entryKey, WireInput arguments, WireOutput result) throws Throwable {
    switch (entryKey) {
      case "echo(io.github.multiproc.Connection)": {
        Connection<Object> conn = PipeHandles.<Object>connection().decode(arguments);
        arguments.requireFullyRead();
        Codecs.INTEGER.encode(result, Workers.echo(conn));
        return;
      }
      case "echoBytes(io.github.multiproc.Connection)": {
        Connection<Object> conn = PipeHandles.<Object>connection().decode(arguments);
        arguments.requireFullyRead();
        Codecs.INTEGER.encode(result, Workers.echoBytes(conn));
        return;
      }
      case "sendNumbers(io.github.multiproc.Connection,int)": {
        Connection<Object> conn = PipeHandles.<Object>connection().decode(arguments);
        int count = arguments.readInt();
        arguments.requireFullyRead();
        Workers.sendNumbers(conn, count);
        return;
      }
      case "sumUntilEnd(io.github.multiproc.Connection)": {
        Connection<Object> conn = PipeHandles.<Object>connection().decode(arguments);
        arguments.requireFullyRead();
        Codecs.LONG.encode(result, Workers.sumUntilEnd(conn));
        return;
      }
      case "sendThenSleep(io.github.multiproc.Connection,java.lang.String)": {
        Connection<Object> conn = PipeHandles.<Object>connection().decode(arguments);
        String message = Codecs.STRING.decode(arguments);
        arguments.requireFullyRead();
        Workers.sendThenSleep(conn, message);
        return;
      }
      case "sleepThenSend(io.github.multiproc.Connection,long,java.lang.String)": {
        Connection<Object> conn = PipeHandles.<Object>connection().decode(arguments);
        long millis = arguments.readLong();
        String message = Codecs.STRING.decode(arguments);
        arguments.requireFullyRead();
        Workers.sleepThenSend(conn, millis, message);
        return;
      }
      case "clientSend(java.lang.String,byte[],java.lang.String)": {
        String socketPath = Codecs.STRING.decode(arguments);
        byte[] authkey = Codecs.BYTE_ARRAY.decode(arguments);
        String message = Codecs.STRING.decode(arguments);
        arguments.requireFullyRead();
        Workers.clientSend(socketPath, authkey, message);
        return;
      }
      case "waitThenRecv(io.github.multiproc.Connection,long)": {
        Connection<Object> conn = PipeHandles.<Object>connection().decode(arguments);
        long millis = arguments.readLong();
        arguments.requireFullyRead();
        Codecs.STRING.encode(result, Workers.waitThenRecv(conn, millis));
        return;
      }
      case "reportToParent(java.lang.String)": {
        String socketPath = Codecs.STRING.decode(arguments);
        arguments.requireFullyRead();
        Workers.reportToParent(socketPath);
        return;
      }
      case "useEndFromQueue(io.github.multiproc.ProcessQueue)": {
        ProcessQueue<Object> q = QueueHandles.<Object>queue().decode(arguments);
        arguments.requireFullyRead();
        Codecs.STRING.encode(result, Workers.useEnd(q.take()));
        return;
      }
      case "useEndFromPipe(io.github.multiproc.Connection)": {
        Connection<Object> carrier = PipeHandles.<Object>connection().decode(arguments);
        arguments.requireFullyRead();
        Codecs.STRING.encode(result, Workers.useEnd(carrier.recv()));
        return;
      }
      case "tryToSend(io.github.multiproc.Connection)": {
        Connection<Object> conn = PipeHandles.<Object>connection().decode(arguments);
        arguments.requireFullyRead();
        Codecs.STRING.encode(result, Workers.tryToSend(conn));
        return;
      }
      case "pollOnly(io.github.multiproc.Connection,long)": {
        Connection<Object> conn = PipeHandles.<Object>connection().decode(arguments);
        long millis = arguments.readLong();
        arguments.requireFullyRead();
        Codecs.BOOLEAN.encode(result, Workers.pollOnly(conn, millis));
        return;
      }
      case "recvOne(io.github.multiproc.Connection)": {
        Connection<Object> conn = PipeHandles.<Object>connection().decode(arguments);
        arguments.requireFullyRead();
        Codecs.STRING.encode(result, Workers.recvOne(conn));
        return;
      }
      case "forwardToEcho(io.github.multiproc.Connection)": {
        Connection<Object> conn = PipeHandles.<Object>connection().decode(arguments);
        arguments.requireFullyRead();
        Codecs.INTEGER.encode(result, Workers.forwardToEcho(conn));
        return;
      }
      default:
        throw WorkerDispatcher.unknownEntry(entryKey, PipeTestLauncher.class);
    }
  }

  /** The "user code". */
  static final class Workers {
    private Workers() {}

    /** Sends back every message until the peer closes; returns how many. */
    static int echo(Connection<Object> conn) throws IOException {
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

    static int echoBytes(Connection<Object> conn) throws IOException {
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
    static void sendNumbers(Connection<Object> conn, int count) throws IOException {
      try (conn) {
        for (long i = 1; i <= count; i++) {
          conn.send(i);
        }
      }
    }

    static long sumUntilEnd(Connection<Object> conn) throws IOException {
      long sum = 0;
      try (conn) {
        while (true) {
          sum += (Long) conn.recv();
        }
      } catch (EOFException e) {
        return sum;
      }
    }

    static void sendThenSleep(Connection<Object> conn, String message)
        throws IOException, InterruptedException {
      conn.send(message);
      Thread.sleep(60_000);
    }

    /** Sends {@code message} after {@code millis}, then returns (the end closes at exit). */
    static void sleepThenSend(Connection<Object> conn, long millis, String message)
        throws IOException, InterruptedException {
      Thread.sleep(millis);
      conn.send(message);
    }

    /** Connects a Client to the Listener at the Unix socket {@code socketPath} and sends. */
    static void clientSend(String socketPath, byte[] authkey, String message) throws IOException {
      try (Connection<Object> conn =
          Client.connect(UnixDomainSocketAddress.of(socketPath), authkey)) {
        conn.send(message);
      }
    }

    /**
     * Waits {@code millis} on an end that stays silent, says so, then waits without a limit and
     * receives: "{ready count of the first wait}:{message}".
     */
    static String waitThenRecv(Connection<Object> conn, long millis) throws IOException {
      int first = Multiproc.wait(List.of(conn), Duration.ofMillis(millis)).size();
      conn.send("waited");
      Multiproc.wait(List.of(conn));
      return first + ":" + conn.recv();
    }

    /**
     * Connects to the parent's Listener at {@code socketPath} with the tree's authkey and sends
     * what it knows of its parent and itself: "{parent name} {parent pid} {parent alive} {alive}".
     */
    static void reportToParent(String socketPath) throws IOException {
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
    static boolean pollOnly(Connection<Object> conn, long millis) throws IOException {
      return conn.poll(Duration.ofMillis(millis));
    }

    /** Receives one message and returns it, leaving the rest to the end's other readers. */
    static String recvOne(Connection<Object> conn) throws IOException {
      return (String) conn.recv();
    }

    /** Passes the end on to an echoing grandchild without using it; returns the echo count. */
    static int forwardToEcho(Connection<Object> conn) throws Exception {
      ChildProcess<Integer> grandchild = PipeTestProcesses.echo(conn);
      grandchild.start();
      return grandchild.result();
    }

    /** Tries the wrong direction of a one-way end; returns the exception's class name. */
    static String tryToSend(Connection<Object> conn) throws IOException {
      try {
        conn.send("nope");
        return "sent";
      } catch (IllegalStateException e) {
        return e.getClass().getSimpleName();
      }
    }
  }
}
