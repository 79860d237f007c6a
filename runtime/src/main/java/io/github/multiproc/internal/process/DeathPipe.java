package io.github.multiproc.internal.process;

import java.io.FileInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * The child's half of the death pipe: after the bootstrap the parent keeps the child's stdin open
 * and never writes to it again, so end-of-file means the parent has died, even by SIGKILL. The
 * child then halts at once (no shutdown hooks, which could block), so nothing is orphaned: the
 * answer to CPython issue 80180. A child whose own code closes file descriptor 0 halts too (it
 * would have no death pipe left), after saying so on stderr.
 *
 * <p>It reads through a {@link FileChannel} and a shutdown hook closes that channel, because
 * closing an NIO channel wakes its blocked reader. A thread left blocked in a native read would
 * make every exit of the child JVM about 300 ms slower: HotSpot waits that long for threads in
 * native code before it exits.
 */
final class DeathPipe extends Thread {
  /** Exit code of a child whose parent died; nobody is left to read it. */
  private static final int PARENT_DIED = 1;

  private final FileChannel stdin;
  private volatile boolean disarmed;

  private DeathPipe(FileChannel stdin) {
    super("multiproc-death-pipe");
    this.stdin = stdin;
    setDaemon(true);
  }

  /** Starts watching {@code stdin}, whose bootstrap has been read. */
  static void watch(FileInputStream stdin) {
    DeathPipe pipe = new DeathPipe(stdin.getChannel());
    pipe.start();
    Runtime.getRuntime().addShutdownHook(new Disarm(pipe));
  }

  @Override
  public void run() {
    ByteBuffer sink = ByteBuffer.allocate(64);
    try {
      while (stdin.read(sink) >= 0) {
        sink.clear(); // the parent never writes after the bootstrap; ignore stray bytes
      }
    } catch (IOException e) {
      // a broken pipe means the same as end-of-file, unless we closed it ourselves at exit
    }
    if (disarmed) {
      return;
    }
    if (!stdin.isOpen()) {
      // Not the parent's death: code in this child closed the stream on file descriptor 0. Without
      // the death pipe it would outlive a killed parent, so it halts, and says why.
      System.err.println(
          "multiproc: this child (pid "
              + ProcessHandle.current().pid()
              + ") closed its own stdin (file descriptor 0), which multiproc reads to notice its"
              + " parent's death; it halts now with exit code "
              + PARENT_DIED
              + ". Do not close"
              + " FileDescriptor.in in a child (System.in there is an empty stream).");
      System.err.flush();
    }
    Runtime.getRuntime().halt(PARENT_DIED);
  }

  /** At exit: stop watching, so the reader leaves native code and the JVM exits at once. */
  private static final class Disarm extends Thread {
    private final DeathPipe pipe;

    Disarm(DeathPipe pipe) {
      super("multiproc-death-pipe-disarm");
      this.pipe = pipe;
    }

    @Override
    public void run() {
      pipe.disarmed = true;
      try {
        pipe.stdin.close();
        pipe.join(100);
      } catch (IOException | InterruptedException e) {
        // exiting anyway
      }
    }
  }
}
