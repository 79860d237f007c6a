package io.github.multiproc.testing;

import io.github.multiproc.ChildProcess;
import io.github.multiproc.Connection;
import io.github.multiproc.ProcessQueue;
import io.github.multiproc.wire.Codecs;
import io.github.multiproc.spi.PipeHandles;
import io.github.multiproc.spi.QueueHandles;
import io.github.multiproc.spi.WorkerCall;

/** A hand-written factory, in the generated shape, for {@link PipeTestLauncher}. */
public final class PipeTestProcesses {
  private PipeTestProcesses() {}

  public static ChildProcess<Integer> echo(Connection<?> conn) {
    return WorkerCall.to(PipeTestLauncher.class, "echo(io.github.multiproc.Connection)",
            Codecs.INTEGER)
        .arguments(out -> PipeHandles.<Object>connection().encode(out, cast(conn)))
        .newProcess();
  }

  public static ChildProcess<Integer> echoBytes(Connection<?> conn) {
    return WorkerCall.to(PipeTestLauncher.class, "echoBytes(io.github.multiproc.Connection)",
            Codecs.INTEGER)
        .arguments(out -> PipeHandles.<Object>connection().encode(out, cast(conn)))
        .newProcess();
  }

  public static ChildProcess<Void> sendNumbers(Connection<?> conn, int count) {
    return WorkerCall.to(PipeTestLauncher.class,
            "sendNumbers(io.github.multiproc.Connection,int)", Codecs.VOID)
        .arguments(out -> {
          PipeHandles.<Object>connection().encode(out, cast(conn));
          out.writeInt(count);
        })
        .newProcess();
  }

  public static ChildProcess<Long> sumUntilEnd(Connection<?> conn) {
    return WorkerCall.to(PipeTestLauncher.class, "sumUntilEnd(io.github.multiproc.Connection)",
            Codecs.LONG)
        .arguments(out -> PipeHandles.<Object>connection().encode(out, cast(conn)))
        .newProcess();
  }

  public static ChildProcess<Void> sendThenSleep(Connection<?> conn, String message) {
    return WorkerCall.to(PipeTestLauncher.class,
            "sendThenSleep(io.github.multiproc.Connection,java.lang.String)", Codecs.VOID)
        .arguments(out -> {
          PipeHandles.<Object>connection().encode(out, cast(conn));
          Codecs.STRING.encode(out, message);
        })
        .newProcess();
  }

  public static ChildProcess<Void> sleepThenSend(Connection<?> conn, long millis, String message) {
    return WorkerCall.to(PipeTestLauncher.class,
            "sleepThenSend(io.github.multiproc.Connection,long,java.lang.String)", Codecs.VOID)
        .arguments(out -> {
          PipeHandles.<Object>connection().encode(out, cast(conn));
          out.writeLong(millis);
          Codecs.STRING.encode(out, message);
        })
        .newProcess();
  }

  public static ChildProcess<Void> clientSend(String socketPath, byte[] authkey, String message) {
    return WorkerCall.to(PipeTestLauncher.class,
            "clientSend(java.lang.String,byte[],java.lang.String)", Codecs.VOID)
        .arguments(out -> {
          Codecs.STRING.encode(out, socketPath);
          Codecs.BYTE_ARRAY.encode(out, authkey);
          Codecs.STRING.encode(out, message);
        })
        .newProcess();
  }

  public static ChildProcess<String> waitThenRecv(Connection<?> conn, long millis) {
    return WorkerCall.to(PipeTestLauncher.class,
            "waitThenRecv(io.github.multiproc.Connection,long)", Codecs.STRING)
        .arguments(out -> {
          PipeHandles.<Object>connection().encode(out, cast(conn));
          out.writeLong(millis);
        })
        .newProcess();
  }

  public static ChildProcess<Void> reportToParent(String socketPath) {
    return WorkerCall.to(PipeTestLauncher.class, "reportToParent(java.lang.String)", Codecs.VOID)
        .arguments(out -> Codecs.STRING.encode(out, socketPath))
        .newProcess();
  }

  public static ChildProcess<String> useEndFromQueue(ProcessQueue<Object> q) {
    return WorkerCall.to(PipeTestLauncher.class,
            "useEndFromQueue(io.github.multiproc.ProcessQueue)", Codecs.STRING)
        .arguments(out -> QueueHandles.<Object>queue().encode(out, q))
        .newProcess();
  }

  public static ChildProcess<String> useEndFromPipe(Connection<?> carrier) {
    return WorkerCall.to(PipeTestLauncher.class,
            "useEndFromPipe(io.github.multiproc.Connection)", Codecs.STRING)
        .arguments(out -> PipeHandles.<Object>connection().encode(out, cast(carrier)))
        .newProcess();
  }

  public static ChildProcess<String> tryToSend(Connection<?> conn) {
    return WorkerCall.to(PipeTestLauncher.class, "tryToSend(io.github.multiproc.Connection)",
            Codecs.STRING)
        .arguments(out -> PipeHandles.<Object>connection().encode(out, cast(conn)))
        .newProcess();
  }

  public static ChildProcess<Boolean> pollOnly(Connection<?> conn, long millis) {
    return WorkerCall.to(PipeTestLauncher.class, "pollOnly(io.github.multiproc.Connection,long)",
            Codecs.BOOLEAN)
        .arguments(out -> {
          PipeHandles.<Object>connection().encode(out, cast(conn));
          out.writeLong(millis);
        })
        .newProcess();
  }

  public static ChildProcess<String> recvOne(Connection<?> conn) {
    return WorkerCall.to(PipeTestLauncher.class, "recvOne(io.github.multiproc.Connection)",
            Codecs.STRING)
        .arguments(out -> PipeHandles.<Object>connection().encode(out, cast(conn)))
        .newProcess();
  }

  public static ChildProcess<Integer> forwardToEcho(Connection<?> conn) {
    return WorkerCall.to(PipeTestLauncher.class, "forwardToEcho(io.github.multiproc.Connection)",
            Codecs.INTEGER)
        .arguments(out -> PipeHandles.<Object>connection().encode(out, cast(conn)))
        .newProcess();
  }

  @SuppressWarnings("unchecked")
  private static Connection<Object> cast(Connection<?> conn) {
    return (Connection<Object>) conn;
  }
}
