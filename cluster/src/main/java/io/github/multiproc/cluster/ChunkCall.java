package io.github.multiproc.cluster;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceAware;
import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import com.hazelcast.nio.serialization.StreamSerializer;
import java.io.IOException;
import java.util.concurrent.Callable;

/**
 * One chunk on its way to a member's executor: a signed payload ({@link PayloadMac}) and nothing
 * else. It travels through its own {@link Serializer} as a byte array, so the member's side of
 * Hazelcast creates this class and no other; the member checks the MAC before it reads the body.
 * Runs in a member; created in the user's JVM.
 */
final class ChunkCall implements Callable<byte[]>, HazelcastInstanceAware {
  private final byte[] signed;
  private transient HazelcastInstance member;

  ChunkCall(byte[] signed) {
    this.signed = signed;
  }

  byte[] signed() {
    return signed;
  }

  @Override
  public void setHazelcastInstance(HazelcastInstance instance) {
    this.member = instance;
  }

  /** In the member: the signed answer of {@link MemberChunks} (results, a failure or a refusal). */
  @Override
  public byte[] call() {
    MemberChunks chunks =
        member == null
            ? null
            : (MemberChunks) member.getUserContext().get(MemberChunks.CONTEXT_KEY);
    if (chunks == null) {
      throw new IllegalStateException(
          "this Hazelcast member runs no multiproc pool chunks: start"
              + " members with io.github.multiproc.cluster.Member");
    }
    return chunks.run(signed);
  }

  /** The one Hazelcast serializer of the cluster back end: a chunk call is its signed bytes. */
  static final class Serializer implements StreamSerializer<ChunkCall> {
    /** Hazelcast's id for this serializer (positive ids are the user's). */
    static final int TYPE_ID = 0x6d70_0001;

    @Override
    public int getTypeId() {
      return TYPE_ID;
    }

    @Override
    public void write(ObjectDataOutput out, ChunkCall call) throws IOException {
      out.writeByteArray(call.signed);
    }

    @Override
    public ChunkCall read(ObjectDataInput in) throws IOException {
      byte[] signed = in.readByteArray();
      if (signed == null) {
        throw new IOException("a chunk call without bytes");
      }
      return new ChunkCall(signed);
    }
  }
}
