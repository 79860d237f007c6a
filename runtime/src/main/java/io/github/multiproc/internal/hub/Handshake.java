package io.github.multiproc.internal.hub;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The mutual HMAC-SHA256 challenge every hub connection passes before any other frame is read, as
 * Python's {@code Listener}/{@code Client} do with their authkey:
 *
 * <ol>
 *   <li>server → client: a random 32-byte nonce;
 *   <li>client → server: HMAC(key, "client" ‖ server nonce) and its own 32-byte nonce;
 *   <li>server → client: HMAC(key, "server" ‖ client nonce), only if the client proved the key.
 * </ol>
 *
 * The labels keep one side's answer from ever serving as the other side's. Auth frames are read
 * with a tiny size limit, so an unauthenticated peer cannot make us allocate.
 */
public final class Handshake {
  private static final int NONCE_BYTES = 32;
  private static final int TOKEN_BYTES = 16;
  private static final int MAC_BYTES = 32;
  private static final int MAX_AUTH_FRAME = 2 * NONCE_BYTES + MAC_BYTES;
  private static final byte[] CLIENT_LABEL = "multiproc-client".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] SERVER_LABEL = "multiproc-server".getBytes(StandardCharsets.US_ASCII);

  private Handshake() {}

  /** Server side; throws {@link ProtocolException} if the client does not know the key. */
  public static void serve(BlockingLink channel, byte[] key) throws IOException {
    byte[] serverNonce = nonce();
    channel.write(serverNonce);
    byte[] answer = channel.read(MAX_AUTH_FRAME);
    if (answer.length != MAC_BYTES + NONCE_BYTES) {
      throw new ProtocolException(
          "authentication failed: expected a "
              + (MAC_BYTES + NONCE_BYTES)
              + "-byte answer, got "
              + answer.length
              + " bytes");
    }
    byte[] expected = mac(key, CLIENT_LABEL, serverNonce);
    if (!HmacSha256.equal(expected, Arrays.copyOf(answer, MAC_BYTES))) {
      throw new ProtocolException(
          "authentication failed: the client does not know the session key");
    }
    byte[] clientNonce = Arrays.copyOfRange(answer, MAC_BYTES, answer.length);
    channel.write(mac(key, SERVER_LABEL, clientNonce));
  }

  /** Client side; throws {@link ProtocolException} if the server does not know the key. */
  public static void connect(BlockingLink channel, byte[] key) throws IOException {
    byte[] serverNonce = channel.read(MAX_AUTH_FRAME);
    if (serverNonce.length != NONCE_BYTES) {
      throw new ProtocolException("authentication failed: the server sent a malformed challenge");
    }
    byte[] clientNonce = nonce();
    byte[] answer = Arrays.copyOf(mac(key, CLIENT_LABEL, serverNonce), MAC_BYTES + NONCE_BYTES);
    System.arraycopy(clientNonce, 0, answer, MAC_BYTES, NONCE_BYTES);
    channel.write(answer);
    byte[] proof;
    try {
      proof = channel.read(MAX_AUTH_FRAME);
    } catch (java.io.EOFException e) {
      throw new ProtocolException("authentication failed: the server refused our session key");
    }
    if (!HmacSha256.equal(mac(key, SERVER_LABEL, clientNonce), proof)) {
      throw new ProtocolException(
          "authentication failed: the server does not know the session key");
    }
  }

  /** A fresh random session key for a process tree. */
  public static byte[] newKey() {
    return nonce();
  }

  /**
   * A key made from {@code key} for one {@code purpose}: knowing it tells nothing about
   * {@code key}, and every process that has {@code key} makes the same one.
   */
  public static byte[] deriveKey(byte[] key, String purpose) {
    return HmacSha256.mac(key, purpose.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /**
   * A fresh random token, in hex: what a child, standby or pool worker says in its HELLO so that
   * the hub knows which one it is. From /dev/urandom like keys: a {@link SecureRandom} would add
   * its provider set-up to a fresh JVM's first child start.
   */
  public static String newToken() {
    return randomHex(TOKEN_BYTES);
  }

  /**
   * {@code bytes} random bytes (at most {@value #NONCE_BYTES}), in hex, from the same source as
   * {@link #nonce()}: tokens, and the names of private directories ({@link PidDirectories}).
   */
  static String randomHex(int bytes) {
    return HexFormat.of().formatHex(nonce(), 0, bytes);
  }

  /**
   * 32 random bytes, read from {@code /dev/urandom} where it exists: a child makes one nonce at
   * start, and {@link SecureRandom}'s first use sets up the security providers, which is slow.
   */
  static byte[] nonce() {
    try (InputStream urandom = new FileInputStream("/dev/urandom")) {
      byte[] bytes = urandom.readNBytes(NONCE_BYTES);
      if (bytes.length == NONCE_BYTES) {
        return bytes;
      }
    } catch (IOException e) {
      // not Linux or macOS: fall back below
    }
    byte[] bytes = new byte[NONCE_BYTES];
    SecureRandomHolder.RANDOM.nextBytes(bytes);
    return bytes;
  }

  static byte[] mac(byte[] key, byte[] label, byte[] message) {
    return HmacSha256.mac(key, label, message);
  }

  /** Created only where /dev/urandom is missing. */
  private static final class SecureRandomHolder {
    static final SecureRandom RANDOM = new SecureRandom();
  }
}
