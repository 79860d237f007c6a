package io.github.multiproc.testing;

import io.github.multiproc.Manager;
import io.github.multiproc.spi.ChildMain;
import io.github.multiproc.wire.Codecs;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;
import io.github.multiproc.spi.WorkerDispatcher;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Hand-written launcher in the generated shape, for manager tests. */
public final class ManagerTestLauncher implements WorkerDispatcher {
  private ManagerTestLauncher() {}

  public static void main(String[] args) {
    ChildMain.run(new ManagerTestLauncher(), args);
  }

  @SuppressWarnings("unchecked")
  @Override
  public void dispatch(String entryKey, WireInput arguments, WireOutput result) throws Throwable {
    switch (entryKey) {
      case "update(java.util.Map,java.util.List,int)": {
        Map<Object, Object> d = (Map<Object, Object>) Codecs.OBJECT.decode(arguments);
        List<Object> l = (List<Object>) Codecs.OBJECT.decode(arguments);
        int i = arguments.readInt();
        arguments.requireFullyRead();
        for (int k = 0; k < 20; k++) {
          l.add(i * 100 + k);
          d.put(i * 100 + k, "p" + i);
        }
        return;
      }
      case "seed(java.util.Map,java.util.List)": {
        Map<Object, Object> d = (Map<Object, Object>) Codecs.OBJECT.decode(arguments);
        List<Object> l = (List<Object>) Codecs.OBJECT.decode(arguments);
        arguments.requireFullyRead();
        d.put(1, "1");
        d.put("2", 2);
        d.put(0.25, null);
        l.add(1);
        return;
      }
      case "nested(java.util.Map)": {
        Map<Object, Object> d = (Map<Object, Object>) Codecs.OBJECT.decode(arguments);
        arguments.requireFullyRead();
        ((List<Object>) d.get("inner")).add("from child");
        return;
      }
      case "bump(io.github.multiproc.testing.Counter,int)": {
        Counter c = (Counter) Codecs.OBJECT.decode(arguments);
        int n = arguments.readInt();
        arguments.requireFullyRead();
        for (int k = 0; k < n; k++) {
          c.increment(1);
        }
        return;
      }
      case "callAfterDeath(java.util.Map,java.lang.String)": {
        // Waits until the test has killed the manager, then times one call.
        Map<Object, Object> d = (Map<Object, Object>) Codecs.OBJECT.decode(arguments);
        Path flag = Path.of(Codecs.STRING.decode(arguments));
        arguments.requireFullyRead();
        d.put("alive" + ProcessHandle.current().pid(), true);
        while (!Files.exists(flag)) {
          Thread.sleep(10);
        }
        long start = System.nanoTime();
        String message;
        try {
          d.get("alive");
          message = "no failure";
        } catch (IllegalStateException e) {
          message = e.getMessage();
        }
        Codecs.STRING.encode(result, (System.nanoTime() - start) / 1_000_000 + "ms " + message);
        return;
      }
      case "remote(java.lang.String,int,byte[],java.lang.String,int)": {
        String host = Codecs.STRING.decode(arguments);
        int port = arguments.readInt();
        byte[] key = Codecs.BYTE_ARRAY.decode(arguments);
        String tag = Codecs.STRING.decode(arguments);
        int count = arguments.readInt();
        arguments.requireFullyRead();
        try (Manager m = Manager.connect(new InetSocketAddress(host, port), key)) {
          Map<Object, Object> d = m.dict("shared");
          for (int k = 0; k < count; k++) {
            d.put(tag + k, k);
          }
          Codecs.STRING.encode(result, "ok");
        } catch (io.github.multiproc.AuthenticationException e) {
          Codecs.STRING.encode(result, "refused: " + e.getMessage());
        }
        return;
      }
      case "managerTypes(java.lang.String,java.util.List)": {
        String job = Codecs.STRING.decode(arguments);
        List<Object> handles = (List<Object>) Codecs.OBJECT.decode(arguments);
        arguments.requireFullyRead();
        Codecs.STRING.encode(result, ManagerTypesWorkers.run(job, handles));
        return;
      }
      case "holdLock(java.util.concurrent.locks.Lock,java.util.Map)": {
        // Takes the lock and keeps it until the test kills this process.
        java.util.concurrent.locks.Lock lock =
            (java.util.concurrent.locks.Lock) Codecs.OBJECT.decode(arguments);
        Map<Object, Object> d = (Map<Object, Object>) Codecs.OBJECT.decode(arguments);
        arguments.requireFullyRead();
        lock.lock();
        d.put("holding", true);
        Thread.sleep(Long.MAX_VALUE);
        return;
      }
      case "block(java.util.concurrent.locks.Lock,io.github.multiproc.ManagedEvent,java.util.Map)": {
        // Blocks one thread on the event and one on the lock, untimed, until the test kills it.
        java.util.concurrent.locks.Lock lock =
            (java.util.concurrent.locks.Lock) Codecs.OBJECT.decode(arguments);
        io.github.multiproc.ManagedEvent event =
            (io.github.multiproc.ManagedEvent) Codecs.OBJECT.decode(arguments);
        Map<Object, Object> d = (Map<Object, Object>) Codecs.OBJECT.decode(arguments);
        arguments.requireFullyRead();
        Thread waiter = new Thread(() -> {
          try {
            event.waitFor();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
        waiter.start();
        d.put("blocking", true);
        lock.lock();
        return;
      }
      default:
        throw WorkerDispatcher.unknownEntry(entryKey, ManagerTestLauncher.class);
    }
  }
}
