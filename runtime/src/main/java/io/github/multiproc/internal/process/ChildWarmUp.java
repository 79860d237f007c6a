package io.github.multiproc.internal.process;

import io.github.multiproc.internal.hub.BlockingLink;
import io.github.multiproc.internal.hub.Handshake;
import io.github.multiproc.internal.hub.PidDirectories;
import io.github.multiproc.internal.shm.Segment;
import io.github.multiproc.wire.Codecs;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;
import java.io.DataInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The code paths a child runs first (the wire format, the bootstrap, reflection, the death pipe,
 * the codecs of lock, shared-value and channel arguments, shared-memory mapping, a hub connection's
 * socket and handshake), run ahead of any
 * child by two kinds of JVM (no Python counterpart):
 *
 * <ul>
 *   <li>a standby JVM ({@link StandbyMain}), so the child it becomes finds them loaded, linked and
 *       partly compiled;
 *   <li>the class-data training JVM, so the archive every spawned child maps holds their classes,
 *       lambda proxies included, and a child passed a lock does not load them from the jar.
 * </ul>
 */
public final class ChildWarmUp {
  private ChildWarmUp() {}

  /**
   * Runs the code paths children run first; a failure only costs speed, so callers ignore it.
   *
   * @throws Exception if a step fails (the caller goes on without the rest)
   */
  public static void run() throws Exception {
    byte[] key = Handshake.newKey(); // the SecureRandom behind every handshake nonce
    Bootstrap sample =
        new Bootstrap(
            key,
            "/tmp/hub",
            "",
            "token",
            "Process-1",
            "1",
            false,
            1L,
            "MainProcess",
            BlockingLink.maxFrameBytes(),
            "entry(java.lang.String)",
            new byte[4],
            true);
    byte[] frame = sample.toFrame();
    Bootstrap.read(new DataInputStream(new java.io.ByteArrayInputStream(frame)));
    WireOutput out = new WireOutput();
    Codecs.STRING.encode(out, "warm-up");
    Codecs.INTEGER.encode(out, 42);
    WireInput in = new WireInput(out.toByteArray());
    Codecs.STRING.decode(in);
    Codecs.INTEGER.decode(in);
    RemoteThrowables.encode(new WireOutput(256), new IllegalStateException("warm-up"));
    ChildWarmUp.class
        .getMethod("reflectionWarmUp", String[].class)
        .invoke(null, (Object) new String[0]);
    // What a child loads between its launcher and its HELLO (seen with -Xlog:class+load).
    ClassLoader loader = ChildWarmUp.class.getClassLoader();
    for (String name :
        new String[] {
          "io.github.multiproc.spi.ChildMain",
          "io.github.multiproc.internal.process.ChildRuntime",
          "io.github.multiproc.internal.process.DeathPipe",
          "io.github.multiproc.internal.process.DeathPipe$Disarm",
          "io.github.multiproc.internal.process.ProcessContext",
          "io.github.multiproc.internal.process.ParentLink",
          "io.github.multiproc.internal.hub.HubClient",
          "io.github.multiproc.ProcessInfo",
          "java.nio.channels.ClosedChannelException",
          "java.nio.channels.AsynchronousCloseException",
          // What a worker argument of a channel or lock type initialises as the child decodes it.
          "io.github.multiproc.spi.SyncHandles",
          "io.github.multiproc.spi.SharedMemoryHandles",
          "io.github.multiproc.spi.QueueHandles",
          "io.github.multiproc.spi.PipeHandles",
          "io.github.multiproc.spi.ManagerHandles",
          "java.nio.channels.FileChannel$MapMode"
        }) {
      Class.forName(name, true, loader);
    }
    Codecs.list(Codecs.INTEGER); // the codec holder of a launcher with a list parameter builds one
    // What a queue, pipe or manager argument loads as the child decodes it and first uses it (seen
    // with -Xlog:class+load in a spawned queue consumer): loaded only, since initialising some of
    // them has effects a standby must not have yet (RemoteBackend installs a shutdown hook).
    for (String name :
        new String[] {
          "io.github.multiproc.wire.TypeRegistry",
          "io.github.multiproc.internal.queue.QueueCodec",
          "io.github.multiproc.internal.queue.QueueRef",
          "io.github.multiproc.internal.queue.QueueBridge",
          "io.github.multiproc.ProcessQueue",
          "io.github.multiproc.QueueAccess",
          "io.github.multiproc.internal.queue.QueueRegistry",
          "io.github.multiproc.internal.queue.RemoteBackend",
          "io.github.multiproc.internal.queue.RemoteBackend$ExitHook",
          "io.github.multiproc.internal.queue.RemoteBackend$Connection",
          "io.github.multiproc.internal.queue.Prefetch",
          "io.github.multiproc.internal.queue.Prefetch$Batch",
          "io.github.multiproc.internal.queue.Items",
          "io.github.multiproc.internal.pipe.PipeEnds",
          "io.github.multiproc.internal.pipe.PipeEnds$EndCodec",
          "io.github.multiproc.internal.pipe.PipeReference",
          "io.github.multiproc.internal.pipe.PipeRegistry",
          "io.github.multiproc.internal.pipe.RemoteEnd",
          "io.github.multiproc.internal.pipe.PipeProtocol",
          "io.github.multiproc.internal.pipe.LinkConnection",
          "io.github.multiproc.internal.pipe.SocketLink",
          "io.github.multiproc.Connection",
          "io.github.multiproc.internal.manager.ObjectHandle",
          "io.github.multiproc.internal.manager.ProxyReferences"
        }) {
      Class.forName(name, false, loader);
    }
    Segment.warmUp(); // locks, events and shared values: their VarHandle access modes
    Path scratch = PidDirectories.create(PidDirectories.socketBase(), "multiproc-warm-up-");
    try {
      mapScratchFile(scratch); // what attaching to a shared segment maps
      handshakeLocally(scratch, key); // what a queue, pipe or manager argument first connects with
      SocketSetUp.markDone();
    } finally {
      PidDirectories.deleteQuietly(scratch);
    }
    try (FileInputStream devNull = new FileInputStream("/dev/null")) {
      devNull.getChannel().read(ByteBuffer.allocate(1)); // the death pipe's FileChannel
    }
    Thread idle = new Thread(ChildWarmUp::nothing, "multiproc-warm-up");
    Runtime.getRuntime().addShutdownHook(idle); // ApplicationShutdownHooks, as the death pipe's
    Runtime.getRuntime().removeShutdownHook(idle);
    idle.start(); // a thread start, as the death pipe's
    idle.join();
    // The first lambda and string concatenation link java.lang.invoke (several ms): user code in
    // the child should not pay for that.
    Runnable lambda = () -> nothing();
    lambda.run();
    String joined = "pid " + ProcessHandle.current().pid() + " " + frame.length + " " + lambda;
    if (joined.isEmpty()) {
      throw new AssertionError(joined);
    }
  }

  /**
   * Connects a Unix-domain socket to one of its own and runs the hub's handshake over it: the
   * socket classes and their static set-up (a {@code SecureRandom}), which a child whose argument
   * is a queue, pipe or manager proxy meets on its first use, while spawned children say HELLO
   * on a FIFO and would otherwise find none of it in the archive.
   */
  private static void handshakeLocally(Path directory, byte[] key) throws Exception {
    Path address = directory.resolve("s");
    try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      server.bind(UnixDomainSocketAddress.of(address));
      try (SocketChannel client = SocketChannel.open(StandardProtocolFamily.UNIX)) {
        client.connect(UnixDomainSocketAddress.of(address));
        try (SocketChannel accepted = server.accept()) {
          Thread serverSide =
              new Thread(
                  new ServeHandshake(new BlockingLink(accepted), key),
                  "multiproc-warm-up-handshake");
          serverSide.setDaemon(true);
          serverSide.start();
          Handshake.connect(new BlockingLink(client), key);
          serverSide.join(2000);
        }
      }
    }
  }

  /** The hub's side of {@link #handshakeLocally}. */
  private static final class ServeHandshake implements Runnable {
    private final BlockingLink channel;
    private final byte[] key;

    ServeHandshake(BlockingLink channel, byte[] key) {
      this.channel = channel;
      this.key = key;
    }

    @Override
    public void run() {
      try {
        Handshake.serve(channel, key);
      } catch (IOException e) {
        // the client side fails too and reports it
      }
    }
  }

  /** Maps a small new file in {@code directory} read-write, as attaching to a segment does. */
  private static void mapScratchFile(Path directory) throws IOException {
    try (FileChannel channel =
        FileChannel.open(
            directory.resolve("map"),
            StandardOpenOption.CREATE_NEW,
            StandardOpenOption.READ,
            StandardOpenOption.WRITE)) {
      channel.map(FileChannel.MapMode.READ_WRITE, 0, 16).putInt(0, 1);
    }
  }

  private static void nothing() {
    // a body for the warm-up's thread and lambda
  }

  /** A public static target so the warm-up exercises the same reflective call as a launch. */
  public static void reflectionWarmUp(String[] args) {
    // nothing: the call itself is the warm-up
  }
}
