package io.github.multiproc.internal.hub;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.MessageDigest;
import java.util.Random;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The hand-written HMAC-SHA256 agrees with the JDK's on every length around block edges. */
class HmacSha256Test {
  @Test
  void matchesTheJdk() throws Exception {
    Random random = new Random(7);
    for (int length = 0; length < 300; length++) {
      byte[] data = new byte[length];
      random.nextBytes(data);
      byte[] key = new byte[1 + random.nextInt(100)];
      random.nextBytes(key);
      assertArrayEquals(
          MessageDigest.getInstance("SHA-256").digest(data),
          HmacSha256.sha256(data),
          "sha256 of " + length + " bytes");
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] label = {1, 2, 3};
      mac.update(label);
      assertArrayEquals(
          mac.doFinal(data),
          HmacSha256.mac(key, label, data),
          "hmac of " + length + " bytes, key " + key.length);
    }
  }

  @Test
  void comparesInFull() {
    assertTrue(HmacSha256.equal(new byte[] {1, 2}, new byte[] {1, 2}));
    assertFalse(HmacSha256.equal(new byte[] {1, 2}, new byte[] {1, 3}));
    assertFalse(HmacSha256.equal(new byte[] {1}, new byte[] {1, 2}));
  }
}
