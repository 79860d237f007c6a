package io.github.multiproc.internal.shm;

import java.nio.file.Files;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Segments removed together, whichever process made them: a {@code SharedMemoryManager}'s. The
 * group is an ordinary segment of its owner, the marker ({@code multiproc-<owner pid>-<hex>});
 * members are named {@code <marker>-<hex>}, owned by no process. So a member outlives the process
 * that made it, goes when the owner removes the group or exits, and carries the owner's pid, which
 * lets the sweep remove it once the owner is killed.
 */
public final class SegmentGroup {
  /** The marker's content, so a handle naming another segment fails clearly. */
  private static final long MAGIC = 0x4d50534d47524f50L; // "MPSMGROP"

  private final Segment marker;

  private SegmentGroup(Segment marker) {
    this.marker = marker;
  }

  /** A new group owned by this process: removed by {@link #remove} or at this JVM's exit. */
  public static SegmentGroup create() {
    Segment marker = Segment.create(null, Long.BYTES);
    marker.setLongVolatile(0, MAGIC);
    Segments.ownedGroup(memberPrefix(marker.name()));
    return new SegmentGroup(marker);
  }

  /**
   * The group named {@code name}, made by another process (or this one).
   *
   * @throws IllegalStateException when there is no such segment, or it is not a group's marker
   */
  public static SegmentGroup attach(String name) {
    Segment marker = Segment.attach(name);
    if (marker.size() != Long.BYTES || marker.getLongVolatile(0) != MAGIC) {
      throw new IllegalStateException(
          "shared segment '" + name + "' is not a shared memory" + " manager's");
    }
    return new SegmentGroup(marker);
  }

  private static String memberPrefix(String name) {
    return name + "-";
  }

  /** The marker's name: what a handle carries to another process. */
  public String name() {
    return marker.name();
  }

  /** Whether this process created the group (and so removes it). */
  public boolean owner() {
    return marker.owner();
  }

  /**
   * A new zero-filled member of {@code size} bytes.
   *
   * @throws IllegalStateException when the group is removed already
   */
  public Segment newMember(int size) {
    if (!Files.exists(Segments.directory().resolve(marker.name()))) {
      throw new IllegalStateException(
          "the shared memory manager '"
              + marker.name()
              + "' has shut down: it makes no more segments");
    }
    String member =
        memberPrefix(marker.name()) + Long.toHexString(ThreadLocalRandom.current().nextLong());
    return Segment.createUnowned(member, size);
  }

  /**
   * Removes the marker, so no member can be added, then every member; returns how many members
   * went. A member added by a process that checked the marker just before stays until the owner's
   * exit.
   */
  public int remove() {
    marker.unlink();
    return Segments.removeGroup(memberPrefix(marker.name()));
  }
}
