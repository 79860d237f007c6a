package demo;

import io.github.multiproc.wire.Codec;
import io.github.multiproc.wire.Codecs;
import io.github.multiproc.wire.NullSafeCodec;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;
import javax.annotation.processing.Generated;

/**
 * Codecs for the types that {@link Mixed}'s workers and pool tasks send between processes.
 */
@Generated("io.github.multiproc.processor.MultiprocProcessor")
final class Mixed_Codecs {
  static final Codec<Mixed.Mode> MIXED_MODE = Codecs.enumOf(Mixed.Mode.values());

  static final Codec<MixedTasks.RunArgs> MIXED_TASKS_RUN_ARGS = new MixedTasksRunArgsCodec();

  static {
    registerTypes();
  }

  private Mixed_Codecs() {
  }

  /**
   * Registers the records, enums and sealed types above so they can travel as {@code Object}:
   * when this holder loads, and when {@code ServiceLoader} finds {@link Mixed_CodecsProvider}
   * in a JVM that never loaded it. Registering twice changes nothing.
   */
  static void registerTypes() {
    Codecs.register(Mixed.Mode.class, MIXED_MODE);
    Codecs.register(MixedTasks.RunArgs.class, MIXED_TASKS_RUN_ARGS);
  }

  private static final class MixedTasksRunArgsCodec extends NullSafeCodec<MixedTasks.RunArgs> {
    @Override
    protected void encodeValue(WireOutput out, MixedTasks.RunArgs value) {
      MIXED_MODE.encode(out, value.mode());
      Codecs.STRING.encode(out, value.text());
    }

    @Override
    protected MixedTasks.RunArgs decodeValue(WireInput in) {
      Mixed.Mode mode = MIXED_MODE.decode(in);
      String text = Codecs.STRING.decode(in);
      return new MixedTasks.RunArgs(mode, text);
    }
  }
}
