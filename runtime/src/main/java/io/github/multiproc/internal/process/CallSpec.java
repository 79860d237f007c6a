package io.github.multiproc.internal.process;

import io.github.multiproc.wire.Codec;
import io.github.multiproc.wire.WireOutput;
import java.util.List;
import java.util.function.Consumer;

/**
 * One call of a {@code @Worker} or {@code @Daemon} member, as {@code spi.WorkerCall} (the builder
 * generated factories use) makes it, {@code ChildProcess} holds it and {@link Spawner} launches
 * it: which launcher and entry, the encoded arguments, how to decode the result. Immutable; lives
 * in the parent.
 *
 * @param launcher the generated launcher class whose {@code main} runs in the child
 * @param entryKey the entry the launcher dispatches on
 * @param resultCodec decodes the value the child returns
 * @param name the process name, or {@code null} for Python's default {@code Process-N}
 * @param daemon whether the child is a daemon
 * @param jvmArgs JVM arguments from the annotation
 * @param encodedArguments the arguments as encoded by the generated code
 * @param argumentsUseSockets whether they make the child use a Unix-domain socket (a queue, a
 *     pipe end, a manager proxy): the child then sets up its socket classes early
 */
public record CallSpec<R>(
    Class<?> launcher,
    String entryKey,
    Codec<R> resultCodec,
    String name,
    boolean daemon,
    List<String> jvmArgs,
    byte[] encodedArguments,
    boolean argumentsUseSockets) {
  /**
   * Encodes the arguments now, as Python pickles them when the process is created, and describes
   * the call; {@code arguments} may {@linkplain SocketArguments#mark() mark} that they use a socket.
   */
  public static <R> CallSpec<R> encode(
      Class<?> launcher,
      String entryKey,
      Codec<R> resultCodec,
      String name,
      boolean daemon,
      List<String> jvmArgs,
      Consumer<WireOutput> arguments) {
    WireOutput out = new WireOutput();
    boolean argumentsUseSockets = SocketArguments.encode(arguments, out);
    return new CallSpec<>(
        launcher,
        entryKey,
        resultCodec,
        name,
        daemon,
        List.copyOf(jvmArgs),
        out.toByteArray(),
        argumentsUseSockets);
  }
}
