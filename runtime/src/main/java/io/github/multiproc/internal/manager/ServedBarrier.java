package io.github.multiproc.internal.manager;

import java.util.List;

/**
 * A managed barrier (Python's {@code manager.Barrier(parties, timeout=t)}), each party waiting on
 * its own connection's thread. Not a {@code CyclicBarrier}: that has no {@code abort()} that
 * leaves it broken. A wait answers with the arrival index, or {@link #BROKEN} / {@link #TIMED_OUT},
 * which the proxy turns back into the checked exceptions a failure frame cannot carry.
 */
final class ServedBarrier extends BuiltinServed {
  static final int BROKEN = -1;
  static final int TIMED_OUT = -2;

  private final int parties;

  /** The default timeout of an untimed wait, in milliseconds; negative for none. */
  private final long defaultTimeout;

  /** This round; a new object per round, so a waiter can tell its round ended. */
  private Round round = new Round();

  private int arrived;

  /** One round of the barrier. */
  private static final class Round {
    boolean broken;
  }

  ServedBarrier(Object initial) {
    List<?> settings = (List<?>) initial;
    this.parties = (Integer) settings.get(0);
    if (parties <= 0) {
      throw new IllegalArgumentException("a barrier needs at least one party, not " + parties);
    }
    this.defaultTimeout = millis(settings.get(1));
  }

  @Override
  synchronized Object call(String method, Object[] a) throws InterruptedException {
    switch (method) {
      case "await":
        return await(a.length == 0 ? defaultTimeout : millis(a[0]));
      case "abort":
        breakRound();
        return null;
      case "reset":
        breakRound();
        nextRound();
        return null;
      case "parties":
        return parties;
      case "numberWaiting":
        return arrived;
      case "isBroken":
        return round.broken;
      default:
        throw unknown(method, "barrier");
    }
  }

  private int await(long timeoutMillis) throws InterruptedException {
    Round mine = round;
    if (mine.broken) {
      return BROKEN;
    }
    int index = parties - 1 - arrived;
    if (index == 0) {
      nextRound();
      return 0;
    }
    arrived++;
    if (!waitFor(timeoutMillis, () -> mine.broken || mine != round)) {
      breakRound();
      return TIMED_OUT;
    }
    return mine.broken ? BROKEN : index;
  }

  private void nextRound() {
    round = new Round();
    arrived = 0;
    notifyAll();
  }

  private void breakRound() {
    round.broken = true;
    arrived = 0;
    notifyAll();
  }
}
