package io.github.multiproc.testing;

import io.github.multiproc.ChildProcess;
import io.github.multiproc.wire.Codecs;
import io.github.multiproc.spi.WorkerCall;
import java.util.List;
import java.util.Map;

/** Hand-written factory in the generated shape, for manager tests. */
public final class ManagerTestProcesses {
  private ManagerTestProcesses() {}

  public static ChildProcess<Void> update(Map<?, ?> d, List<?> l, int i) {
    return WorkerCall.to(ManagerTestLauncher.class, "update(java.util.Map,java.util.List,int)", Codecs.VOID)
        .arguments(out -> {
          Codecs.OBJECT.encode(out, d);
          Codecs.OBJECT.encode(out, l);
          out.writeInt(i);
        })
        .newProcess();
  }

  public static ChildProcess<Void> seed(Map<?, ?> d, List<?> l) {
    return WorkerCall.to(ManagerTestLauncher.class, "seed(java.util.Map,java.util.List)", Codecs.VOID)
        .arguments(out -> {
          Codecs.OBJECT.encode(out, d);
          Codecs.OBJECT.encode(out, l);
        })
        .newProcess();
  }

  public static ChildProcess<Void> nested(Map<?, ?> d) {
    return WorkerCall.to(ManagerTestLauncher.class, "nested(java.util.Map)", Codecs.VOID)
        .arguments(out -> Codecs.OBJECT.encode(out, d))
        .newProcess();
  }

  public static ChildProcess<Void> bump(Counter c, int n) {
    return WorkerCall.to(ManagerTestLauncher.class, "bump(io.github.multiproc.testing.Counter,int)", Codecs.VOID)
        .arguments(out -> {
          Codecs.OBJECT.encode(out, c);
          out.writeInt(n);
        })
        .newProcess();
  }

  public static ChildProcess<String> callAfterDeath(Map<?, ?> d, String flag) {
    return WorkerCall.to(ManagerTestLauncher.class, "callAfterDeath(java.util.Map,java.lang.String)", Codecs.STRING)
        .arguments(out -> {
          Codecs.OBJECT.encode(out, d);
          Codecs.STRING.encode(out, flag);
        })
        .newProcess();
  }

  public static ChildProcess<Void> holdLock(java.util.concurrent.locks.Lock lock, Map<?, ?> d) {
    return WorkerCall.to(ManagerTestLauncher.class, "holdLock(java.util.concurrent.locks.Lock,java.util.Map)", Codecs.VOID)
        .arguments(out -> {
          Codecs.OBJECT.encode(out, lock);
          Codecs.OBJECT.encode(out, d);
        })
        .newProcess();
  }

  public static ChildProcess<Void> block(
      java.util.concurrent.locks.Lock lock, io.github.multiproc.ManagedEvent event, Map<?, ?> d) {
    return WorkerCall.to(ManagerTestLauncher.class, "block(java.util.concurrent.locks.Lock,io.github.multiproc.ManagedEvent,java.util.Map)", Codecs.VOID)
        .arguments(out -> {
          Codecs.OBJECT.encode(out, lock);
          Codecs.OBJECT.encode(out, event);
          Codecs.OBJECT.encode(out, d);
        })
        .newProcess();
  }

  public static ChildProcess<String> remote(String host, int port, byte[] key, String tag, int count) {
    return WorkerCall.to(ManagerTestLauncher.class, "remote(java.lang.String,int,byte[],java.lang.String,int)", Codecs.STRING)
        .arguments(out -> {
          Codecs.STRING.encode(out, host);
          out.writeInt(port);
          Codecs.BYTE_ARRAY.encode(out, key);
          Codecs.STRING.encode(out, tag);
          out.writeInt(count);
        })
        .newProcess();
  }

  /** A worker of {@link ManagerTypesWorkers}: {@code job} with its proxies and values. */
  public static ChildProcess<String> managerTypes(String job, Object... handles) {
    return WorkerCall.to(ManagerTestLauncher.class, "managerTypes(java.lang.String,java.util.List)", Codecs.STRING)
        .arguments(out -> {
          Codecs.STRING.encode(out, job);
          Codecs.OBJECT.encode(out, java.util.Arrays.asList(handles));
        })
        .newProcess();
  }
}
