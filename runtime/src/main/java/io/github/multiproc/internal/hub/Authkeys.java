package io.github.multiproc.internal.hub;

import java.util.Objects;

/**
 * The rule every authkey given to a public API obeys ({@code Listener}, {@code Client},
 * {@code Manager.serve}/{@code connect}): at least {@value #MIN_BYTES} bytes, since a short key is
 * guessed by a peer that can try keys; and the one place a new key comes from.
 */
public final class Authkeys {
  /** The shortest authkey accepted: 128 bits. */
  public static final int MIN_BYTES = 16;

  private Authkeys() {}

  /**
   * Returns {@code key} if it is long enough.
   *
   * @throws IllegalArgumentException if it has fewer than {@value #MIN_BYTES} bytes, saying how to
   *     make a good one
   */
  public static byte[] checked(byte[] key) {
    Objects.requireNonNull(key, "authkey");
    if (key.length < MIN_BYTES) {
      throw new IllegalArgumentException(
          "an authkey must have at least "
              + MIN_BYTES
              + " bytes, but this one has "
              + key.length
              + ": make one with Multiproc.randomAuthkey()"
              + " (32 random bytes) and hand it to the peers out of band, e.g. in a file only they"
              + " can read");
    }
    return key;
  }

  /** A new random key of 32 bytes. */
  public static byte[] random() {
    return Handshake.newKey();
  }
}
