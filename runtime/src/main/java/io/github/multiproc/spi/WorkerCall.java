package io.github.multiproc.spi;

import io.github.multiproc.ChildProcess;
import io.github.multiproc.internal.process.CallSpec;
import io.github.multiproc.wire.Codec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One call of a {@code @Worker} or {@code @Daemon} member, described for the runtime: which
 * generated launcher to start, which entry of it to run, the encoded arguments and how to decode
 * the result. Every generated factory builds one and turns it into a {@link ChildProcess}:
 *
 * <pre>{@code
 * return WorkerCall.to(Basic_Launcher.class, "worker(int)", Codecs.VOID)
 *     .arguments(out -> out.writeInt(num))
 *     .newProcess();
 * }</pre>
 *
 * @param <R> the boxed result type; {@link Void} for {@code void} members
 */
public final class WorkerCall<R> {
  private final Class<?> launcher;
  private final String entryKey;
  private final Codec<R> resultCodec;
  private String name;
  private boolean daemon;
  private final List<String> jvmArgs = new ArrayList<>();
  private ArgumentsEncoder arguments = out -> {};

  private WorkerCall(Class<?> launcher, String entryKey, Codec<R> resultCodec) {
    this.launcher = Objects.requireNonNull(launcher, "launcher");
    this.entryKey = Objects.requireNonNull(entryKey, "entryKey");
    this.resultCodec = Objects.requireNonNull(resultCodec, "resultCodec");
  }

  /**
   * Starts describing a call of entry {@code entryKey} of the generated {@code launcher}, whose
   * result {@code resultCodec} decodes.
   */
  public static <R> WorkerCall<R> to(Class<?> launcher, String entryKey, Codec<R> resultCodec) {
    return new WorkerCall<>(launcher, entryKey, resultCodec);
  }

  /** The process name from the annotation; without it the child is named {@code Process-N}. */
  public WorkerCall<R> name(String name) {
    this.name = name == null || name.isEmpty() ? null : name;
    return this;
  }

  /** Whether the child is a daemon ({@code @Daemon}). */
  public WorkerCall<R> daemon(boolean daemon) {
    this.daemon = daemon;
    return this;
  }

  /** JVM arguments from the annotation, such as {@code -Xmx64m}. */
  public WorkerCall<R> jvmArgs(String... jvmArgs) {
    this.jvmArgs.addAll(Arrays.asList(jvmArgs));
    return this;
  }

  /** How to write the arguments; called once, by {@link #newProcess()}. */
  public WorkerCall<R> arguments(ArgumentsEncoder arguments) {
    this.arguments = Objects.requireNonNull(arguments, "arguments");
    return this;
  }

  /**
   * Encodes the arguments now, as Python pickles them when the process is created, and returns an
   * unstarted process for this call.
   */
  public ChildProcess<R> newProcess() {
    return new ChildProcess<>(
        CallSpec.encode(launcher, entryKey, resultCodec, name, daemon, jvmArgs, arguments::encode));
  }
}
