package io.github.multiproc.internal.hub;

import io.github.multiproc.wire.WireInput;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The parties waiting for a hub connection that will name them by a one-time token: a started
 * child's control link, a pool worker's link. The token travels in the bootstrap the parent writes
 * on the child's stdin, so only a process this JVM started can claim its party.
 *
 * @param <T> what waits for the connection
 */
public final class ExpectedConnections<T> {
  private final Map<String, T> waiting = new ConcurrentHashMap<>();
  private final String who;

  /** {@code who} opens the error for an unknown token, e.g. "a child said HELLO". */
  public ExpectedConnections(String who) {
    this.who = who;
  }

  /** Makes {@code party} the one a connection opening with {@code token} is handed to. */
  public void expect(String token, T party) {
    waiting.put(token, party);
  }

  /** Stops waiting for {@code token} (the child ended or never started). */
  public void forget(String token) {
    waiting.remove(token);
  }

  /**
   * Reads the token that opens a connection and removes its party.
   *
   * @throws ProtocolException for a token nobody expects: the hub closes that connection
   */
  public T claim(WireInput opening) throws ProtocolException {
    String token = opening.readString();
    opening.requireFullyRead();
    T party = waiting.remove(token);
    if (party == null) {
      throw new ProtocolException(who + " with a token nobody expects");
    }
    return party;
  }
}
