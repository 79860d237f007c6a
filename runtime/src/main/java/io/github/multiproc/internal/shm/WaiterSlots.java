package io.github.multiproc.internal.shm;

/**
 * The threads waiting on a condition, kept in shared memory so that a signal from any process wakes
 * exactly the waiters it names: a table of slots, each a ticket (the order the waiter arrived in, 0
 * when the slot is free), the waiter's owner number ({@link Owners}) and a signalled flag. A
 * signal marks the oldest waiters' flags; each waiter watches only its own flag. A waiter that
 * stops waiting frees its slot, so a timed-out waiter takes no signal meant for another, and a
 * waiter whose process provably died is skipped (its slot freed) when a signal reaches it, so it
 * does not swallow that signal.
 *
 * <p>Every method but {@link #isSignalled} runs while the calling thread holds the condition's
 * lock: the lock orders the table's updates, and only the flag is read without it.
 */
public final class WaiterSlots {
  private static final int NEXT_TICKET = 0;
  private static final int SLOTS_IN_USE = 8;
  private static final int FIRST_SLOT = 16;
  private static final int SLOT_BYTES = 16;
  private static final int TICKET = 0;
  private static final int OWNER = 8;
  private static final int SIGNALLED = 12;

  private final Segment segment;
  private final int offset;
  private final int capacity;

  /** The table at {@code offset} (8-byte aligned) of {@code segment}, {@link #bytes} long. */
  public WaiterSlots(Segment segment, int offset, int capacity) {
    this.segment = segment;
    this.offset = offset;
    this.capacity = capacity;
  }

  /** Bytes a table of {@code capacity} slots takes; zero-filled, it holds no waiter. */
  public static int bytes(int capacity) {
    return FIRST_SLOT + capacity * SLOT_BYTES;
  }

  /**
   * Enters the calling thread as the newest waiter and returns its slot.
   *
   * @throws IllegalStateException when {@code capacity} threads wait already
   */
  public int enter(String conditionName) {
    int slot = freeSlot();
    if (slot < 0) {
      freeSlotsOfDeadProcesses();
      slot = freeSlot();
    }
    if (slot < 0) {
      throw new IllegalStateException(
          "condition '"
              + conditionName
              + "' already has "
              + capacity
              + " threads waiting, the most it can hold; wake some before more wait");
    }
    long ticket = segment.getLong(offset + NEXT_TICKET) + 1;
    segment.setLong(offset + NEXT_TICKET, ticket);
    segment.setInt(at(slot) + OWNER, Owners.SELF);
    segment.setIntVolatile(at(slot) + SIGNALLED, 0);
    segment.setLong(at(slot) + TICKET, ticket);
    return slot;
  }

  /** Whether a signal has reached the waiter in {@code slot}; the one read without the lock. */
  public boolean isSignalled(int slot) {
    return segment.getIntVolatile(at(slot) + SIGNALLED) != 0;
  }

  /**
   * Frees {@code slot} when its waiter stops waiting, signalled or not, and returns whether a
   * signal reached it (a signal that came after its deadline, before it took the lock back, counts:
   * it was meant for this waiter and must not be lost).
   */
  public boolean leave(int slot) {
    boolean signalled = isSignalled(slot);
    segment.setLong(at(slot) + TICKET, 0);
    return signalled;
  }

  /** Signals up to {@code count} of the oldest waiters not yet signalled; returns how many. */
  public int signal(int count) {
    int signalled = 0;
    while (signalled < count) {
      int oldest = oldestUnsignalled();
      if (oldest < 0) {
        break;
      }
      if (Owners.provablyDead(segment.getInt(at(oldest) + OWNER))) {
        segment.setLong(at(oldest) + TICKET, 0);
        continue;
      }
      segment.setIntVolatile(at(oldest) + SIGNALLED, 1);
      signalled++;
    }
    return signalled;
  }

  private int oldestUnsignalled() {
    int oldest = -1;
    long oldestTicket = Long.MAX_VALUE;
    int inUse = segment.getInt(offset + SLOTS_IN_USE);
    for (int slot = 0; slot < inUse; slot++) {
      long ticket = segment.getLong(at(slot) + TICKET);
      if (ticket != 0 && ticket < oldestTicket && !isSignalled(slot)) {
        oldest = slot;
        oldestTicket = ticket;
      }
    }
    return oldest;
  }

  /** A free slot, or -1; slots are handed out low first, so scans stop at the highest used. */
  private int freeSlot() {
    int inUse = segment.getInt(offset + SLOTS_IN_USE);
    for (int slot = 0; slot < inUse; slot++) {
      if (segment.getLong(at(slot) + TICKET) == 0) {
        return slot;
      }
    }
    if (inUse < capacity) {
      segment.setInt(offset + SLOTS_IN_USE, inUse + 1);
      return inUse;
    }
    return -1;
  }

  private void freeSlotsOfDeadProcesses() {
    int inUse = segment.getInt(offset + SLOTS_IN_USE);
    for (int slot = 0; slot < inUse; slot++) {
      if (Owners.provablyDead(segment.getInt(at(slot) + OWNER))) {
        segment.setLong(at(slot) + TICKET, 0);
      }
    }
  }

  private int at(int slot) {
    return offset + FIRST_SLOT + slot * SLOT_BYTES;
  }
}
