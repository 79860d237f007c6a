package io.github.multiproc.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.multiproc.AuthenticationException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Addresses, authkeys and MACs: the parts of the cluster connection that need no cluster. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class ClusterAddressTest {
  @Test
  void addressesWithAndWithoutAName() {
    assertEquals(
        new ClusterAddress("multiproc", List.of("10.0.0.5:5701")),
        ClusterAddress.parse("10.0.0.5:5701"));
    assertEquals(
        new ClusterAddress("analytics", List.of("10.0.0.5:5701", "h2:5702")),
        ClusterAddress.parse(" analytics@10.0.0.5:5701, h2:5702 "));
    for (String bad : new String[] {"", "host", "host:", "host:0", "host:70000", "@h:1", "h:x"}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> ClusterAddress.parse(bad), bad);
      assertTrue(e.getMessage().contains("[name@]host:port"), e.getMessage());
    }
  }

  @Test
  void authkeyFromAFileWithoutItsNewlineAndNotTooShort(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("authkey");
    Files.writeString(file, "0123456789abcdef0123\n");
    assertArrayEquals(
        "0123456789abcdef0123".getBytes(StandardCharsets.UTF_8), Authkey.fromFile(file));
    Files.writeString(file, "short\n");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Authkey.fromFile(file));
    assertTrue(e.getMessage().contains("at least 16"), e.getMessage());
  }

  @Test
  void macChecksTheKeyTheKindAndEveryByte() throws Exception {
    PayloadMac mac = new PayloadMac(LoopbackCluster.AUTHKEY);
    byte[] body = {1, 2, 3};
    byte[] signed = mac.sign(PayloadMac.CHUNK_REQUEST, body);
    assertArrayEquals(body, mac.verify(PayloadMac.CHUNK_REQUEST, signed));
    assertThrows(AuthenticationException.class, () -> mac.verify(PayloadMac.CHUNK_RESULT, signed));
    for (int i = 0; i < signed.length; i++) {
      byte[] changed = signed.clone();
      changed[i] ^= 1;
      assertThrows(
          AuthenticationException.class,
          () -> mac.verify(PayloadMac.CHUNK_REQUEST, changed),
          "byte " + i + " changed");
    }
    PayloadMac other =
        new PayloadMac("another-authkey-0123456789".getBytes(StandardCharsets.UTF_8));
    assertThrows(
        AuthenticationException.class, () -> other.verify(PayloadMac.CHUNK_REQUEST, signed));
    assertThrows(
        AuthenticationException.class, () -> mac.verify(PayloadMac.CHUNK_REQUEST, new byte[5]));
  }
}
