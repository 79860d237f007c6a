package io.github.multiproc.internal.process;

import io.github.multiproc.internal.hub.BlockingLink;
import io.github.multiproc.internal.hub.Closeables;
import io.github.multiproc.internal.hub.PidDirectories;
import io.github.multiproc.internal.hub.ProtocolException;
import io.github.multiproc.internal.log.LazyLogger;
import io.github.multiproc.wire.CorruptDataException;
import io.github.multiproc.wire.WireInput;
import java.io.EOFException;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The parent's end of a spawned child's control link over a FIFO: the same frames as
 * {@link ChildControl} serves over the hub (HELLO with the token, then one RESULT or FAILURE), read
 * by one thread per child.
 *
 * <p>No ACK is needed: the parent holds the FIFO open for writing too, so its reader never sees
 * end-of-file while the child runs; once the child has exited, {@link ChildLink#closeAfterExit}
 * closes that write end, the reader takes whatever the child wrote and then sees end-of-file. The
 * report is therefore stored before the exit can be observed, as over the hub.
 */
final class ControlFifo implements Runnable {
  private static final LazyLogger LOG = new LazyLogger("io.github.multiproc.process");

  private final Path path;
  private final String token;
  private final ChildLink link;
  private final FileChannel readEnd;

  private ControlFifo(Path path, String token, ChildLink link, FileChannel readEnd) {
    this.path = path;
    this.token = token;
    this.link = link;
    this.readEnd = readEnd;
  }

  /**
   * Opens a FIFO for the child named by {@code token} and starts reading it, or returns
   * {@code null} when the child should connect to the hub instead.
   */
  static ControlFifo open(String token, ChildLink link) {
    Path path = ControlFifos.take();
    if (path == null) {
      return null;
    }
    FileChannel writeEnd = null;
    try {
      // Read-write first: opening a FIFO for reading alone would block until a writer comes.
      writeEnd = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileChannel readEnd = FileChannel.open(path, StandardOpenOption.READ);
      link.own(writeEnd);
      ControlFifo fifo = new ControlFifo(path, token, link, readEnd);
      Thread reader = new Thread(fifo, "multiproc-control-fifo");
      reader.setDaemon(true);
      reader.start();
      return fifo;
    } catch (IOException e) {
      Closeables.closeQuietly(writeEnd);
      PidDirectories.deleteFileQuietly(path);
      return null;
    }
  }

  /** Where the child opens its end; goes in the bootstrap. */
  String path() {
    return path.toString();
  }

  @Override
  public void run() {
    BlockingLink frames = new BlockingLink(readEnd);
    try {
      WireInput hello = new WireInput(frames.read(256));
      if (!token.equals(hello.readString())) {
        throw new ProtocolException("a child said HELLO on a control FIFO with a wrong token");
      }
      PidDirectories.deleteFileQuietly(path); // the child has it open: nobody else needs the name
      link.hello();
      byte[] frame = frames.read(BlockingLink.maxFrameBytes());
      link.report(frame);
      frames.read(1);
      throw new ProtocolException("the child sent more after its report");
    } catch (EOFException e) {
      // the normal end: the child has exited and its write end is closed (or it never wrote)
    } catch (IOException | CorruptDataException e) {
      if (readEnd.isOpen()) {
        LOG.get().log(Level.WARNING, "multiproc: closed a child's control FIFO: " + e.getMessage());
      }
    } finally {
      Closeables.closeQuietly(readEnd);
      PidDirectories.deleteFileQuietly(path);
      link.serviceEnded();
    }
  }
}
