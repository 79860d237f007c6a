package io.github.multiproc.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Where the cluster's authkey comes from (Python's {@code authkey} of a manager): the shared secret
 * every payload between the user's JVM and the members is signed with ({@link PayloadMac}). Read
 * from the environment or a file rather than the command line, where {@code ps} would show it.
 */
public final class Authkey {
  /** The environment variable (or system property {@code multiproc.authkey}) holding the key. */
  public static final String ENV = "MULTIPROC_AUTHKEY";

  /** The environment variable (or system property {@code multiproc.authkey.file}) naming a file. */
  public static final String FILE_ENV = "MULTIPROC_AUTHKEY_FILE";

  /** Shorter keys are refused: an HMAC key is only as strong as it is long. */
  public static final int MIN_BYTES = 16;

  private Authkey() {}

  /**
   * The authkey from {@code MULTIPROC_AUTHKEY} (its UTF-8 bytes) or the file named by
   * {@code MULTIPROC_AUTHKEY_FILE} (its bytes without a trailing newline); the system properties
   * {@code multiproc.authkey} and {@code multiproc.authkey.file} take precedence.
   */
  public static byte[] fromEnvironment() {
    String key = setting("multiproc.authkey", ENV);
    if (key != null) {
      return check(key.getBytes(StandardCharsets.UTF_8), ENV);
    }
    String file = setting("multiproc.authkey.file", FILE_ENV);
    if (file != null) {
      return fromFile(Path.of(file));
    }
    throw new IllegalStateException(
        "no cluster authkey: set "
            + ENV
            + " to a secret of at least "
            + MIN_BYTES
            + " bytes, or "
            + FILE_ENV
            + " to a file holding one, the same on every member"
            + " and in the user's JVM");
  }

  /** The bytes of {@code file}, without a trailing newline. */
  public static byte[] fromFile(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the cluster authkey file " + file + ": " + e, e);
    }
    int end = bytes.length;
    while (end > 0 && (bytes[end - 1] == '\n' || bytes[end - 1] == '\r')) {
      end--;
    }
    return check(Arrays.copyOf(bytes, end), "the file " + file);
  }

  /** {@code key}, unless it is too short to be a secret. */
  public static byte[] check(byte[] key, String source) {
    if (key.length < MIN_BYTES) {
      throw new IllegalArgumentException(
          "the cluster authkey from "
              + source
              + " has "
              + key.length
              + " bytes; use at least "
              + MIN_BYTES
              + " random bytes (e.g. the output of"
              + " `openssl rand -hex 32`)");
    }
    return key.clone();
  }

  static String setting(String property, String env) {
    String value = System.getProperty(property);
    if (value == null || value.isEmpty()) {
      value = System.getenv(env);
    }
    return value == null || value.isEmpty() ? null : value;
  }
}
