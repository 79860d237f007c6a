package io.github.multiproc.cluster;

import io.github.multiproc.AuthenticationException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks every payload between the user's JVM and the members with an HMAC-SHA256 of the
 * cluster's authkey (the free Hazelcast edition has no authentication of its own). A payload is
 * {@code [kind][body][32-byte MAC over kind and body]}; the kind keeps a signed result from being
 * accepted as a request. Thread-safe.
 *
 * <p>What it protects: nobody without the authkey can make a member run a task, nor pass a result
 * off as a member's. What it does not: the bytes travel in clear (anyone on the network can read
 * arguments and results), a captured payload can be sent again (the task runs again), and
 * Hazelcast's own protocol is not authenticated: run the cluster on a trusted network only.
 */
public final class PayloadMac {
  /** A chunk for a member to run. */
  public static final byte CHUNK_REQUEST = 1;

  /** A member's answer to a chunk. */
  public static final byte CHUNK_RESULT = 2;

  static final int MAC_BYTES = 32;
  private static final String ALGORITHM = "HmacSHA256";

  private final SecretKeySpec key;
  private final ThreadLocal<Mac> macs;

  /** Signs with {@code authkey} (copied). */
  public PayloadMac(byte[] authkey) {
    this.key = new SecretKeySpec(Authkey.check(authkey, "the caller"), ALGORITHM);
    this.macs = ThreadLocal.withInitial(this::newMac);
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this JVM has no " + ALGORITHM, e);
    }
  }

  /** {@code [kind][body][mac]}. */
  public byte[] sign(byte kind, byte[] body) {
    byte[] signed = new byte[1 + body.length + MAC_BYTES];
    signed[0] = kind;
    System.arraycopy(body, 0, signed, 1, body.length);
    Mac mac = macs.get();
    mac.update(signed, 0, 1 + body.length);
    try {
      mac.doFinal(signed, 1 + body.length);
    } catch (javax.crypto.ShortBufferException e) {
      throw new IllegalStateException(e);
    }
    return signed;
  }

  /**
   * The body of {@code signed} if it is a payload of {@code kind} signed with this authkey; throws
   * otherwise, without looking at the body.
   */
  public byte[] verify(byte kind, byte[] signed) throws AuthenticationException {
    if (signed == null || signed.length < 1 + MAC_BYTES) {
      throw new AuthenticationException(
          "a cluster payload too short to carry a MAC: dropped", null);
    }
    int bodyEnd = signed.length - MAC_BYTES;
    Mac mac = macs.get();
    mac.update(signed, 0, bodyEnd);
    byte[] expected = mac.doFinal();
    if (!MessageDigest.isEqual(expected, Arrays.copyOfRange(signed, bodyEnd, signed.length))) {
      throw new AuthenticationException(
          "a cluster payload whose MAC does not match this authkey:"
              + " dropped (is the sender's "
              + Authkey.ENV
              + " the same as this JVM's?)",
          null);
    }
    if (signed[0] != kind) {
      throw new AuthenticationException(
          "a cluster payload of kind " + signed[0] + " where " + kind + " was expected: dropped",
          null);
    }
    return Arrays.copyOfRange(signed, 1, bodyEnd);
  }
}
