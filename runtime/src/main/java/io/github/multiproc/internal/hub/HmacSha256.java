package io.github.multiproc.internal.hub;

import java.util.Arrays;

/**
 * HMAC-SHA256 (RFC 2104 over FIPS 180-4 SHA-256) in plain Java, for the hub handshake.
 *
 * <p>Why not {@code javax.crypto.Mac}: the first {@code Mac.getInstance} in a JVM initialises the
 * JCA provider framework, which is slow, and every child JVM does one handshake at start. This
 * class loads at once. Tests check it against {@code Mac} on random
 * inputs. It is only used to prove knowledge of a random 32-byte session key, never for storage.
 */
final class HmacSha256 {
  private static final int BLOCK = 64;
  private static final int[] K = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
  };

  private HmacSha256() {}

  /** HMAC-SHA256 of the concatenation of {@code parts} under {@code key}. */
  static byte[] mac(byte[] key, byte[]... parts) {
    byte[] block = key.length > BLOCK ? sha256(key) : key;
    byte[] inner = new byte[BLOCK];
    byte[] outer = new byte[BLOCK];
    for (int i = 0; i < BLOCK; i++) {
      byte k = i < block.length ? block[i] : 0;
      inner[i] = (byte) (k ^ 0x36);
      outer[i] = (byte) (k ^ 0x5c);
    }
    int length = BLOCK;
    for (byte[] part : parts) {
      length += part.length;
    }
    byte[] message = Arrays.copyOf(inner, length);
    int at = BLOCK;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, message, at, part.length);
      at += part.length;
    }
    byte[] innerHash = sha256(message);
    byte[] second = Arrays.copyOf(outer, BLOCK + innerHash.length);
    System.arraycopy(innerHash, 0, second, BLOCK, innerHash.length);
    return sha256(second);
  }

  /** SHA-256 of {@code data}. */
  static byte[] sha256(byte[] data) {
    int[] h = {
      0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19
    };
    int padded = ((data.length + 8) / BLOCK + 1) * BLOCK;
    byte[] message = Arrays.copyOf(data, padded);
    message[data.length] = (byte) 0x80;
    long bits = (long) data.length * 8;
    for (int i = 0; i < 8; i++) {
      message[padded - 1 - i] = (byte) (bits >>> (8 * i));
    }
    int[] w = new int[64];
    for (int offset = 0; offset < padded; offset += BLOCK) {
      for (int t = 0; t < 16; t++) {
        int i = offset + 4 * t;
        w[t] =
            ((message[i] & 0xff) << 24)
                | ((message[i + 1] & 0xff) << 16)
                | ((message[i + 2] & 0xff) << 8)
                | (message[i + 3] & 0xff);
      }
      for (int t = 16; t < 64; t++) {
        int s0 =
            Integer.rotateRight(w[t - 15], 7)
                ^ Integer.rotateRight(w[t - 15], 18)
                ^ (w[t - 15] >>> 3);
        int s1 =
            Integer.rotateRight(w[t - 2], 17)
                ^ Integer.rotateRight(w[t - 2], 19)
                ^ (w[t - 2] >>> 10);
        w[t] = w[t - 16] + s0 + w[t - 7] + s1;
      }
      int a = h[0];
      int b = h[1];
      int c = h[2];
      int d = h[3];
      int e = h[4];
      int f = h[5];
      int g = h[6];
      int hh = h[7];
      for (int t = 0; t < 64; t++) {
        int s1 =
            Integer.rotateRight(e, 6) ^ Integer.rotateRight(e, 11) ^ Integer.rotateRight(e, 25);
        int ch = (e & f) ^ (~e & g);
        int temp1 = hh + s1 + ch + K[t] + w[t];
        int s0 =
            Integer.rotateRight(a, 2) ^ Integer.rotateRight(a, 13) ^ Integer.rotateRight(a, 22);
        int maj = (a & b) ^ (a & c) ^ (b & c);
        int temp2 = s0 + maj;
        hh = g;
        g = f;
        f = e;
        e = d + temp1;
        d = c;
        c = b;
        b = a;
        a = temp1 + temp2;
      }
      h[0] += a;
      h[1] += b;
      h[2] += c;
      h[3] += d;
      h[4] += e;
      h[5] += f;
      h[6] += g;
      h[7] += hh;
    }
    byte[] digest = new byte[32];
    for (int i = 0; i < 8; i++) {
      digest[4 * i] = (byte) (h[i] >>> 24);
      digest[4 * i + 1] = (byte) (h[i] >>> 16);
      digest[4 * i + 2] = (byte) (h[i] >>> 8);
      digest[4 * i + 3] = (byte) h[i];
    }
    return digest;
  }

  /** Constant-time comparison, as {@code MessageDigest.isEqual}. */
  static boolean equal(byte[] a, byte[] b) {
    if (a.length != b.length) {
      return false;
    }
    int diff = 0;
    for (int i = 0; i < a.length; i++) {
      diff |= a[i] ^ b[i];
    }
    return diff == 0;
  }
}
