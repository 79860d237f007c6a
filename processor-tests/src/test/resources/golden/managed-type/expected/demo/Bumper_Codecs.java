package demo;

import io.github.multiproc.spi.ManagerHandles;
import io.github.multiproc.wire.Codec;
import io.github.multiproc.wire.Codecs;
import io.github.multiproc.wire.Containers;
import io.github.multiproc.wire.NullSafeCodec;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;
import java.util.concurrent.ConcurrentHashMap;
import javax.annotation.processing.Generated;

/**
 * Codecs for the types that {@link Bumper}'s workers and pool tasks send between processes.
 */
@Generated("io.github.multiproc.processor.MultiprocProcessor")
final class Bumper_Codecs {
  static final Codec<BumperTasks.RecordArgs> BUMPER_TASKS_RECORD_ARGS = new BumperTasksRecordArgsCodec();

  private static final Codec<ConcurrentHashMap<String, Long>> CONCURRENT_HASH_MAP_OF_STRING_AND_LONG = Codecs.<String, Long, ConcurrentHashMap<String, Long>>map(Codecs.STRING, Codecs.LONG, Containers.concurrentHashMap());

  static {
    registerTypes();
  }

  private Bumper_Codecs() {
  }

  /**
   * Registers the records, enums and sealed types above so they can travel as {@code Object}:
   * when this holder loads, and when {@code ServiceLoader} finds {@link Bumper_CodecsProvider}
   * in a JVM that never loaded it. Registering twice changes nothing.
   */
  static void registerTypes() {
    Codecs.register(BumperTasks.RecordArgs.class, BUMPER_TASKS_RECORD_ARGS);
  }

  private static final class BumperTasksRecordArgsCodec extends NullSafeCodec<BumperTasks.RecordArgs> {
    @Override
    protected void encodeValue(WireOutput out, BumperTasks.RecordArgs value) {
      ManagerHandles.<Counter>reference().encode(out, value.counter());
      CONCURRENT_HASH_MAP_OF_STRING_AND_LONG.encode(out, value.totals());
    }

    @Override
    protected BumperTasks.RecordArgs decodeValue(WireInput in) {
      Counter counter = ManagerHandles.<Counter>reference().decode(in);
      ConcurrentHashMap<String, Long> totals = CONCURRENT_HASH_MAP_OF_STRING_AND_LONG.decode(in);
      return new BumperTasks.RecordArgs(counter, totals);
    }
  }
}
