package io.github.multiproc.internal.pipe;

import io.github.multiproc.internal.hub.BlockingLink;
import io.github.multiproc.internal.hub.ConnectionKind;
import io.github.multiproc.internal.hub.Hub;
import io.github.multiproc.internal.hub.ProtocolException;
import io.github.multiproc.internal.process.ProcessContext;
import io.github.multiproc.wire.WireInput;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The pipes this JVM created, by id, and the hub service through which other processes attach to
 * their ends and read them ({@link ConnectionKind#PIPE}). The hub is started only when an end first
 * leaves this JVM.
 */
public final class PipeRegistry {
  private static final Map<Long, PipeCore> PIPES = new ConcurrentHashMap<>();
  private static final AtomicLong IDS = new AtomicLong();
  private static volatile String hubPath;

  private PipeRegistry() {}

  static PipeCore newPipe() {
    long id = IDS.incrementAndGet();
    PipeCore core = new PipeCore(id, () -> PIPES.remove(id));
    PIPES.put(id, core);
    return core;
  }

  /** The hub socket other processes reach this JVM's pipes through; starts the hub on first use. */
  static String exportHub() {
    String path = hubPath;
    if (path == null) {
      synchronized (PipeRegistry.class) {
        if (hubPath == null) {
          Hub hub = Hub.get(ProcessContext.sessionKey());
          hub.register(ConnectionKind.PIPE, PipeRegistry::serve);
          hubPath = hub.socketPath().toString();
        }
        path = hubPath;
      }
    }
    return path;
  }

  /** The pipe this JVM created, if {@code reference} names one of ours; else null. */
  static PipeCore local(PipeReference reference) {
    if (!reference.hubPath().equals(hubPath)) {
      return null;
    }
    PipeCore core = PIPES.get(reference.pipeId());
    if (core == null) {
      throw new IllegalStateException("pipe " + reference.pipeId() + " no longer exists here");
    }
    return core;
  }

  /** The pipe {@code id} this JVM created, or null; for tests of its routes. */
  static PipeCore core(long id) {
    return PIPES.get(id);
  }

  private static void serve(BlockingLink channel, WireInput opening) throws IOException {
    long id = opening.readLong();
    int index = opening.readUnsignedByte();
    byte mode = opening.readByte();
    long ticketOrHolder = opening.readLong();
    opening.requireFullyRead();
    if (index > 1) {
      throw new ProtocolException("pipe end index " + index + " is not 0 or 1");
    }
    PipeCore core = PIPES.get(id);
    if (core == null) {
      PipeProtocol.refuse(channel, "pipe " + id + " no longer exists (both its ends were closed)");
      return;
    }
    if (mode == PipeProtocol.ATTACH) {
      Holder holder = core.attach(index, ticketOrHolder, channel);
      if (holder != null) {
        core.pump(holder);
      }
    } else if (mode == PipeProtocol.READ) {
      core.serveReads(index, ticketOrHolder, channel);
    } else {
      throw new ProtocolException("unknown pipe connection mode " + mode);
    }
  }
}
