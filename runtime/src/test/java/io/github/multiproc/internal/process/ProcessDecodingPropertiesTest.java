package io.github.multiproc.internal.process;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.multiproc.RemoteException;
import io.github.multiproc.spi.CorruptDataException;
import io.github.multiproc.spi.WireInput;
import io.github.multiproc.spi.WireOutput;
import io.github.multiproc.testing.Decoding;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Issue 23: what a child reads from its parent (the bootstrap on stdin) and what a parent reads
 * from a child (a failure's throwable chain) survive any bytes: a value, or the exception the
 * reader's contract names ({@link IOException} for the bootstrap, {@link CorruptDataException}
 * for a throwable), and nothing else.
 */
class ProcessDecodingPropertiesTest {
  // ---- the bootstrap, on a child's stdin ----

  @Property
  void bootstrapsRoundTrip(@ForAll("bootstraps") Bootstrap sent) throws IOException {
    Bootstrap read = Bootstrap.read(stdin(sent.toFrame()));
    assertArrayEquals(sent.sessionKey(), read.sessionKey());
    assertArrayEquals(sent.arguments(), read.arguments());
    assertEquals(Arrays.asList(sent.hubPath(), sent.controlFifo(), sent.token(), sent.name(),
            sent.identity(), sent.daemon(), sent.parentPid(), sent.parentName(),
            sent.maxFrameBytes(), sent.entryKey(), sent.argumentsUseSockets()),
        Arrays.asList(read.hubPath(), read.controlFifo(), read.token(), read.name(),
            read.identity(), read.daemon(), read.parentPid(), read.parentName(),
            read.maxFrameBytes(), read.entryKey(), read.argumentsUseSockets()));
  }

  @Property
  void truncatedBootstrapsAreRefused(@ForAll("bootstraps") Bootstrap sent, @ForAll double cut) {
    byte[] frame = sent.toFrame();
    byte[] bytes = Arrays.copyOf(frame, (int) (Math.abs(cut) % 1 * frame.length));
    Decoding.refused(IOException.class, bytes, () -> Bootstrap.read(stdin(bytes)));
  }

  @Property
  void forgedBootstrapsGiveABootstrapOrIOException(
      @ForAll("bootstraps") Bootstrap sent, @ForAll @IntRange(max = 200) int at,
      @ForAll byte value) {
    byte[] bytes = sent.toFrame();
    bytes[at % bytes.length] = value;
    Decoding.valueOr(IOException.class, bytes, () -> Bootstrap.read(stdin(bytes)));
  }

  /** A length prefix that announces far more than follows must not be allocated up front. */
  @Property
  void aForgedBootstrapLengthAllocatesOnlyWhatArrives(
      @ForAll @IntRange(min = 9, max = 60 << 20) int announced,
      @ForAll @Size(max = 64) byte[] following) {
    WireOutput out = new WireOutput(4 + following.length);
    out.writeInt(announced);
    out.writeBytes(following);
    byte[] bytes = out.toByteArray();
    Decoding.valueOr(IOException.class, bytes, () -> Bootstrap.read(stdin(bytes)));
  }

  @Property
  void arbitraryStdinGivesABootstrapOrIOException(@ForAll @Size(max = 128) byte[] bytes) {
    Decoding.valueOr(IOException.class, bytes, () -> Bootstrap.read(stdin(bytes)));
  }

  // ---- a remote throwable, from a child or a pool worker ----

  @Property
  void throwablesFromArbitraryBytesAreBoundedOrCorrupt(@ForAll("throwableBytes") byte[] bytes) {
    RemoteException decoded =
        Decoding.valueOrCorrupt(bytes, () -> RemoteThrowables.decode(new WireInput(bytes)));
    if (decoded != null) {
      assertTrue(depth(decoded) <= RemoteThrowables.MAX_DEPTH, "a chain deeper than any sender's");
      // What a parent does with it: print it where the user sees it.
      decoded.printStackTrace(new PrintWriter(new StringWriter()));
    }
  }

  /** A chain of empty throwables costs 3 bytes each: a frame can forge thousands. */
  @Property(tries = 20)
  void aForgedDeepChainIsRefused(@ForAll @IntRange(min = 17, max = 30_000) int depth) {
    WireOutput out = new WireOutput(3 * depth + 5);
    out.writeSize(depth);
    for (int i = 0; i < depth; i++) {
      out.writeString(""); // class name
      out.writeBoolean(false); // no message
      out.writeSize(0); // no frames
    }
    byte[] bytes = out.toByteArray();
    Decoding.refused(CorruptDataException.class, bytes,
        () -> printed(RemoteThrowables.decode(new WireInput(bytes))));
  }

  @Property(tries = 10)
  void aForgedLongStackIsRefused(@ForAll @IntRange(min = 1025, max = 4000) int frames) {
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
    Decoding.refused(CorruptDataException.class, bytes,
        () -> RemoteThrowables.decode(new WireInput(bytes)));
  }

  @Provide
  Arbitrary<Bootstrap> bootstraps() {
    Arbitrary<String> text = Arbitraries.strings().all().ofMaxLength(12);
    Arbitrary<byte[]> bytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(40);
    Arbitrary<Object[]> strings = text.array(String[].class).ofSize(7).map(a -> (Object[]) a);
    return Combinators.combine(bytes, strings, Arbitraries.of(true, false), Arbitraries.longs(),
            Arbitraries.integers(), bytes, Arbitraries.of(true, false))
        .as((key, s, daemon, pid, max, arguments, sockets) -> new Bootstrap(key, (String) s[0],
            (String) s[1], (String) s[2], (String) s[3], (String) s[4], daemon, pid,
            (String) s[5], max, (String) s[6], arguments, sockets));
  }

  /** Mostly small counts and short strings, so the decoder gets deep into the structure. */
  @Provide
  Arbitrary<byte[]> throwableBytes() {
    Arbitrary<byte[]> piece = Arbitraries.oneOf(
        Arbitraries.integers().between(0, 3).map(i -> new byte[] {(byte) (int) i}),
        Arbitraries.strings().ofMaxLength(6).map(s -> {
          WireOutput out = new WireOutput(8);
          out.writeString(s);
          return out.toByteArray();
        }),
        Arbitraries.bytes().array(byte[].class).ofMaxSize(4));
    return piece.list().ofMaxSize(30).map(pieces -> {
      WireOutput out = new WireOutput(64);
      pieces.forEach(out::writeBytes);
      return out.toByteArray();
    });
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
