package io.github.multiproc.internal.process;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.multiproc.RemoteException;
import io.github.multiproc.testing.Decoding;
import io.github.multiproc.testing.Property;
import io.github.multiproc.testing.RandomValues;
import io.github.multiproc.wire.CorruptDataException;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Issue 23: what a child reads from its parent (the bootstrap on stdin) and what a parent reads
 * from a child (a failure's throwable chain) survive any bytes: a value, or the exception the
 * reader's contract names ({@link IOException} for the bootstrap, {@link CorruptDataException}
 * for a throwable), and nothing else.
 */
class ProcessDecodingPropertiesTest {
  // ---- the bootstrap, on a child's stdin ----

  @Test
  void bootstrapsRoundTrip() {
    Property.forAll(
        random -> {
          Bootstrap sent = bootstrap(random);
          Bootstrap read = Bootstrap.read(stdin(sent.toFrame()));
          assertArrayEquals(sent.sessionKey(), read.sessionKey());
          assertArrayEquals(sent.arguments(), read.arguments());
          assertEquals(
              Arrays.asList(
                  sent.hubPath(),
                  sent.controlFifo(),
                  sent.token(),
                  sent.name(),
                  sent.identity(),
                  sent.daemon(),
                  sent.parentPid(),
                  sent.parentName(),
                  sent.maxFrameBytes(),
                  sent.entryKey(),
                  sent.argumentsUseSockets()),
              Arrays.asList(
                  read.hubPath(),
                  read.controlFifo(),
                  read.token(),
                  read.name(),
                  read.identity(),
                  read.daemon(),
                  read.parentPid(),
                  read.parentName(),
                  read.maxFrameBytes(),
                  read.entryKey(),
                  read.argumentsUseSockets()));
        });
  }

  @Test
  void truncatedBootstrapsAreRefused() {
    Property.forAll(
        random -> {
          byte[] bytes = random.truncated(bootstrap(random).toFrame());
          Decoding.refused(IOException.class, bytes, () -> Bootstrap.read(stdin(bytes)));
        });
  }

  @Test
  void forgedBootstrapsGiveABootstrapOrIOException() {
    Property.forAll(
        random -> {
          byte[] bytes = random.mutated(bootstrap(random).toFrame());
          Decoding.valueOr(IOException.class, bytes, () -> Bootstrap.read(stdin(bytes)));
        });
  }

  /** A length prefix that announces far more than follows must not be allocated up front. */
  @Test
  void aForgedBootstrapLengthAllocatesOnlyWhatArrives() {
    Property.forAll(
        random -> {
          byte[] following = random.bytes(64);
          WireOutput out = new WireOutput(4 + following.length);
          out.writeInt(random.between(9, 60 << 20)); // the announced length
          out.writeBytes(following);
          byte[] bytes = out.toByteArray();
          Decoding.valueOr(IOException.class, bytes, () -> Bootstrap.read(stdin(bytes)));
        });
  }

  @Test
  void arbitraryStdinGivesABootstrapOrIOException() {
    Property.forAll(
        random -> {
          byte[] bytes = random.bytes(128);
          Decoding.valueOr(IOException.class, bytes, () -> Bootstrap.read(stdin(bytes)));
        });
  }

  // ---- a remote throwable, from a child or a pool worker ----

  @Test
  void throwablesFromArbitraryBytesAreBoundedOrCorrupt() {
    Property.forAll(
        random -> {
          byte[] bytes = throwableBytes(random);
          RemoteException decoded =
              Decoding.valueOrCorrupt(bytes, () -> RemoteThrowables.decode(new WireInput(bytes)));
          if (decoded != null) {
            assertTrue(
                depth(decoded) <= RemoteThrowables.MAX_DEPTH, "a chain deeper than any sender's");
            // What a parent does with it: print it where the user sees it.
            decoded.printStackTrace(new PrintWriter(new StringWriter()));
          }
        });
  }

  /** A chain of empty throwables costs 3 bytes each: a frame can forge thousands. */
  @Test
  void aForgedDeepChainIsRefused() {
    Property.forAll(20, random -> aForgedChainOfDepthIsRefused(random.between(17, 30_000)));
  }

  private static void aForgedChainOfDepthIsRefused(int depth) {
    WireOutput out = new WireOutput(3 * depth + 5);
    out.writeSize(depth);
    for (int i = 0; i < depth; i++) {
      out.writeString(""); // class name
      out.writeBoolean(false); // no message
      out.writeSize(0); // no frames
    }
    byte[] bytes = out.toByteArray();
    Decoding.refused(
        CorruptDataException.class,
        bytes,
        () -> printed(RemoteThrowables.decode(new WireInput(bytes))));
  }

  @Test
  void aForgedLongStackIsRefused() {
    Property.forAll(10, random -> aForgedStackOfFramesIsRefused(random.between(1025, 4000)));
  }

  private static void aForgedStackOfFramesIsRefused(int frames) {
    WireOutput out = new WireOutput(12 * frames + 8);
    out.writeSize(1);
    out.writeString("x.Y");
    out.writeBoolean(false);
    out.writeSize(frames);
    for (int i = 0; i < frames; i++) {
      out.writeBoolean(false); // no loader
      out.writeBoolean(false); // no module
      out.writeBoolean(false); // no version
      out.writeString(""); // class
      out.writeString(""); // method
      out.writeBoolean(false); // no file
      out.writeInt(i);
    }
    byte[] bytes = out.toByteArray();
    Decoding.refused(
        CorruptDataException.class, bytes, () -> RemoteThrowables.decode(new WireInput(bytes)));
  }

  private static Bootstrap bootstrap(RandomValues random) {
    String[] s = new String[7];
    Arrays.setAll(s, i -> random.text(12));
    return new Bootstrap(
        random.bytes(40),
        s[0],
        s[1],
        s[2],
        s[3],
        s[4],
        random.bool(),
        random.anyLong(),
        s[5],
        random.anyInt(),
        s[6],
        random.bytes(40),
        random.bool());
  }

  /** Mostly small counts and short strings, so the decoder gets deep into the structure. */
  private static byte[] throwableBytes(RandomValues random) {
    WireOutput out = new WireOutput(64);
    for (int i = random.between(0, 30); i > 0; i--) {
      out.writeBytes(
          random.either(
              () -> new byte[] {(byte) random.between(0, 3)},
              () -> {
                WireOutput string = new WireOutput(8);
                string.writeString(random.text(6));
                return string.toByteArray();
              },
              () -> random.bytes(4)));
    }
    return out.toByteArray();
  }

  private static DataInputStream stdin(byte[] bytes) {
    return new DataInputStream(new ByteArrayInputStream(bytes));
  }

  private static int depth(Throwable t) {
    int depth = 0;
    for (Throwable c = t; c != null; c = c.getCause()) {
      depth++;
    }
    return depth;
  }

  private static String printed(Throwable t) {
    StringWriter text = new StringWriter();
    t.printStackTrace(new PrintWriter(text));
    return text.toString();
  }
}
