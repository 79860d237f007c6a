package io.github.multiproc.cluster.manager;

import io.github.multiproc.wire.Codecs;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The bytes one cluster object stores for a value, in any process that uses the object: the value
 * as {@link Codecs#OBJECT} encodes it, followed by an HMAC-SHA256 of the object's name and those
 * bytes under the cluster's authkey. Hazelcast stores and compares these bytes without reading
 * them; a process that reads a value checks its HMAC before decoding, so bytes written by anyone
 * without the authkey, or moved from another object, are refused instead of decoded.
 *
 * <p>The encoding is deterministic, so equal values seal to equal bytes: Hazelcast's own
 * comparisons ({@code IMap} keys, {@code IList.indexOf}, {@code remove(key, value)}) compare
 * values as their encodings.
 */
final class PayloadSeal {
  private static final String ALGORITHM = "HmacSHA256";
  private static final int TAG_LENGTH = 32;

  private final SecretKeySpec key;
  private final byte[] objectName;
  private final String shownName;

  PayloadSeal(byte[] authkey, String objectName) {
    this.key = new SecretKeySpec(authkey, ALGORITHM);
    this.objectName = objectName.getBytes(StandardCharsets.UTF_8);
    this.shownName = objectName;
  }

  /** The stored form of {@code value}. */
  byte[] seal(Object value) {
    WireOutput out = new WireOutput(64);
    Codecs.OBJECT.encode(out, value);
    byte[] sealed = Arrays.copyOf(out.array(), out.size() + TAG_LENGTH);
    System.arraycopy(tag(sealed, out.size()), 0, sealed, out.size(), TAG_LENGTH);
    return sealed;
  }

  /**
   * The value {@code sealed} holds.
   *
   * @throws SecurityException if its HMAC is not this object's under this authkey
   */
  Object open(byte[] sealed) {
    int length = sealed.length - TAG_LENGTH;
    if (length < 1
        || !MessageDigest.isEqual(
            tag(sealed, length), Arrays.copyOfRange(sealed, length, sealed.length))) {
      throw new SecurityException(
          "a value stored in the cluster object '"
              + shownName
              + "' does not carry its HMAC under"
              + " this process's authkey: it was written by a process with another authkey, or"
              + " by something other than multiproc; give every process the cluster's authkey"
              + " and keep the cluster's network trusted");
    }
    WireInput in = new WireInput(sealed, 0, length);
    Object value = Codecs.OBJECT.decode(in);
    in.requireFullyRead();
    return value;
  }

  private byte[] tag(byte[] payload, int length) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      // The name's length first, so no name/payload split of the same bytes forges another.
      mac.update(intBytes(objectName.length));
      mac.update(objectName);
      mac.update(payload, 0, length);
      return mac.doFinal();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this JDK has no " + ALGORITHM, e);
    }
  }

  private static byte[] intBytes(int value) {
    return new byte[] {
      (byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value
    };
  }
}
