package io.github.multiproc.internal.process;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.nio.channels.SocketChannel;

/**
 * Opens and closes a Unix-domain socket on a daemon thread of a spawned child whose arguments make
 * it use one ({@link SocketArguments}), while its main thread says HELLO and decodes them (no
 * Python counterpart). The JDK sets Unix-domain sockets up on first use: the NIO socket classes,
 * the first lambda's {@code java.lang.invoke} set-up, and in {@code sun.nio.ch.UnixDomainSockets}'
 * static initialiser a {@code SecureRandom} with its security providers. That took a spawned queue
 * consumer ~25 ms on a 2-core machine, all of it in front of its first {@code take()}. A standby
 * JVM did it in its warm-up already.
 */
public final class SocketSetUp implements Runnable {
  private static volatile boolean done;

  private SocketSetUp() {}

  /** Whether this JVM has opened a Unix-domain socket through here or {@link ChildWarmUp}. */
  public static boolean done() {
    return done;
  }

  /** Called by {@link ChildWarmUp} once it has used a socket: nothing is left to set up. */
  static void markDone() {
    done = true;
  }

  /** Starts the set-up on a daemon thread, unless this JVM has done it. */
  static void startInBackground() {
    if (done) {
      return;
    }
    Thread thread = new Thread(new SocketSetUp(), "multiproc-socket-set-up");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public void run() {
    try (SocketChannel unused = SocketChannel.open(StandardProtocolFamily.UNIX)) {
      done = true;
    } catch (IOException | RuntimeException e) {
      // only speed is lost: the first real connection reports what is wrong
    }
  }
}
