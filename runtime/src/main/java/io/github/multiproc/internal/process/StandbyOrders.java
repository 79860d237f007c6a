package io.github.multiproc.internal.process;

import java.io.DataInputStream;
import java.io.IOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Reads a standby JVM's orders from its stdin on a thread of their own, started by the standby's
 * first instruction, so the end of stdin (the parent died, even by SIGKILL, or no longer needs this
 * JVM) ends the standby at once, also while its main thread is still warming up. It reads exactly
 * the orders up to {@code RUN} and nothing after: the bootstrap and the death pipe that follow
 * belong to the child.
 */
final class StandbyOrders {
  /** A connect-ahead order: the hub's socket path, the token and the session key. */
  record Connect(String hubPath, String token, byte[] key) {}

  private final BlockingQueue<Object> orders = new LinkedBlockingQueue<>();

  private StandbyOrders() {}

  /** Starts reading {@code stdin}, which must not buffer. */
  static StandbyOrders readFrom(DataInputStream stdin) {
    StandbyOrders reader = new StandbyOrders();
    Thread thread = new Thread(() -> reader.read(stdin), "multiproc-standby-orders");
    thread.setDaemon(true);
    thread.start();
    return reader;
  }

  /**
   * The next order, in the order sent: a {@code PRELOAD}-prefixed launcher name, a
   * {@link Connect}, or the launcher to run (last).
   */
  Object next() throws InterruptedException {
    return orders.take();
  }

  private void read(DataInputStream stdin) {
    try {
      while (true) {
        String message = stdin.readUTF();
        if (message.startsWith(StandbyMain.CONNECT)) {
          String token = stdin.readUTF();
          byte[] key = new byte[stdin.readUnsignedShort()];
          stdin.readFully(key);
          orders.add(new Connect(message.substring(StandbyMain.CONNECT.length()), token, key));
        } else if (message.startsWith(StandbyMain.PRELOAD)) {
          orders.add(message);
        } else {
          orders.add(
              message.startsWith(StandbyMain.RUN)
                  ? message.substring(StandbyMain.RUN.length())
                  : message);
          return; // what follows is the child's: its bootstrap, then the death pipe
        }
      }
    } catch (IOException e) {
      Runtime.getRuntime().halt(0); // parent gone or standby ended: nobody is waiting for us
    }
  }
}
