package io.github.multiproc.cluster;

import io.github.multiproc.AuthenticationException;
import io.github.multiproc.WorkerDiedException;
import io.github.multiproc.internal.pool.ChunkFailures;
import io.github.multiproc.spi.pool.ChunkRunner;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A member's side of the chunks it is sent: checks the MAC, runs the chunk on the member's local
 * pool (worker JVMs or threads) and signs the answer. Runs in a member, on a thread of its
 * Hazelcast executor. A payload that is not signed with the authkey is dropped before its body is
 * read: nothing of it is decoded, and no task runs.
 *
 * <p>A request's body is {@code [task id][size][arguments]}; an answer's is {@code [0][results]} or
 * {@code [1][failure]} ({@link ChunkFailures}).
 */
final class MemberChunks {
  /** Where {@link ChunkCall} finds this in the member's Hazelcast user context. */
  static final String CONTEXT_KEY = "io.github.multiproc.cluster.MemberChunks";

  static final byte RESULTS = 0;
  static final byte FAILED = 1;

  private static final System.Logger LOG = System.getLogger(MemberChunks.class.getName());

  private final PayloadMac mac;
  private final ChunkRunner local;
  private final String memberName;
  private final AtomicLong dropped = new AtomicLong();

  MemberChunks(PayloadMac mac, ChunkRunner local, String memberName) {
    this.mac = mac;
    this.local = local;
    this.memberName = memberName;
  }

  /** The request body for a chunk of {@code taskId}. */
  static byte[] request(String taskId, byte[] arguments) {
    WireOutput out = new WireOutput(arguments.length + taskId.length() + 16);
    out.writeString(taskId);
    out.writeSize(arguments.length);
    out.writeBytes(arguments);
    return out.toByteArray();
  }

  /** Runs the chunk in {@code signed}; the signed answer. Throws if the payload is not ours. */
  byte[] run(byte[] signed) {
    byte[] body;
    try {
      body = mac.verify(PayloadMac.CHUNK_REQUEST, signed);
    } catch (AuthenticationException e) {
      dropped.incrementAndGet();
      LOG.log(System.Logger.Level.WARNING, "member " + memberName + ": " + e.getMessage());
      throw new SecurityException("member " + memberName + " dropped a chunk: " + e.getMessage());
    }
    WireInput in = new WireInput(body);
    String taskId = in.readString();
    byte[] arguments = in.readBytes(in.readCount(1));
    in.requireFullyRead();
    WireOutput out = new WireOutput(256);
    try {
      byte[] results = local.run(taskId, arguments).get();
      out.writeByte(RESULTS);
      out.writeBytes(results);
    } catch (ExecutionException e) {
      out.writeByte(FAILED);
      out.writeBytes(ChunkFailures.encode(e.getCause()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // the member is shutting down
      out.writeByte(FAILED);
      out.writeBytes(
          ChunkFailures.encode(
              new WorkerDiedException("member " + memberName, "shut down", taskId)));
    }
    return mac.sign(PayloadMac.CHUNK_RESULT, out.toByteArray());
  }

  /** How many payloads this member dropped for a bad MAC. */
  long dropped() {
    return dropped.get();
  }
}
