package io.github.multiproc.testing;

import io.github.multiproc.PoolTask;
import io.github.multiproc.wire.Codecs;
import io.github.multiproc.wire.NullSafeCodec;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Hand-written pool tasks in the shape the processor generates for {@code @Pooled} methods. */
public final class PoolTestTasks {
  private PoolTestTasks() {}

  /** The argument record of {@code add(int,int)}. */
  public record AddArgs(int a, int b) {}

  static final NullSafeCodec<AddArgs> ADD_ARGS = new NullSafeCodec<>() {
    @Override
    protected void encodeValue(WireOutput out, AddArgs value) {
      out.writeInt(value.a());
      out.writeInt(value.b());
    }

    @Override
    protected AddArgs decodeValue(WireInput in) {
      return new AddArgs(in.readInt(), in.readInt());
    }
  };

  public static final PoolTask<Integer, Integer> square =
      PoolTask.of("testing.Pool#square(int)", Codecs.INTEGER, Codecs.INTEGER, Bodies::square);
  public static final PoolTask<AddArgs, Integer> add =
      PoolTask.of("testing.Pool#add(int,int)", ADD_ARGS, Codecs.INTEGER,
          args -> Bodies.add(args.a(), args.b()));
  public static final PoolTask<String, Void> fail =
      PoolTask.of("testing.Pool#fail(java.lang.String)", Codecs.STRING, Codecs.VOID, Bodies::fail);
  public static final PoolTask<Integer, Void> exit =
      PoolTask.of("testing.Pool#exit(int)", Codecs.INTEGER, Codecs.VOID, Bodies::exit);
  public static final PoolTask<Integer, Void> halt =
      PoolTask.of("testing.Pool#halt(int)", Codecs.INTEGER, Codecs.VOID, Bodies::halt);
  public static final PoolTask<Void, Void> oom =
      PoolTask.of("testing.Pool#oom()", Codecs.VOID, Codecs.VOID, ignored -> Bodies.oom());
  /** Sleeps the given milliseconds, returns the worker's pid. */
  public static final PoolTask<Long, Long> sleep =
      PoolTask.of("testing.Pool#sleep(long)", Codecs.LONG, Codecs.LONG, Bodies::sleep);
  /** Returns what the initializer stored, or null. */
  public static final PoolTask<Void, String> initialized =
      PoolTask.of("testing.Pool#initialized()", Codecs.VOID, Codecs.STRING,
          ignored -> Bodies.initialized);
  public static final PoolTask<String, Void> init =
      PoolTask.of("testing.Pool#init(java.lang.String)", Codecs.STRING, Codecs.VOID, Bodies::init);
  /** An initializer that throws. */
  public static final PoolTask<String, Void> badInit =
      PoolTask.of("testing.Pool#badInit(java.lang.String)", Codecs.STRING, Codecs.VOID,
          Bodies::fail);
  /**
   * How many calls of {@code square}, {@code add} and itself this JVM has run, this one included:
   * a side effect that shows whether anything but the pool's real tasks called user code.
   */
  public static final PoolTask<Void, Integer> callCount =
      PoolTask.of("testing.Pool#callCount()", Codecs.VOID, Codecs.INTEGER,
          ignored -> Bodies.CALLS.incrementAndGet());

  /** The main class this worker's JVM was started with: a standby JVM's, or the launcher's. */
  public static final PoolTask<Void, String> mainClass =
      PoolTask.of("testing.Pool#mainClass()", Codecs.VOID, Codecs.STRING,
          ignored -> System.getProperty("sun.java.command", "").split(" ")[0]);

  /** The {@link #callCount} of this JVM, without counting a call. */
  public static int userCalls() {
    return Bodies.CALLS.get();
  }

  /** A task no TaskProvider lists: a worker cannot find it. */
  public static final PoolTask<Integer, Integer> unlisted =
      PoolTask.of("testing.Pool#unlisted(int)", Codecs.INTEGER, Codecs.INTEGER, Bodies::square);

  static final class Bodies {
    static volatile String initialized;
    static final AtomicInteger CALLS = new AtomicInteger();

    private Bodies() {}

    static Integer square(Integer x) {
      CALLS.incrementAndGet();
      return x * x;
    }

    static Integer add(int a, int b) {
      CALLS.incrementAndGet();
      return a + b;
    }

    static Void fail(String message) {
      throw new IllegalStateException(message);
    }

    static Void exit(Integer code) {
      System.exit(code);
      return null;
    }

    static Void halt(Integer code) {
      Runtime.getRuntime().halt(code);
      return null;
    }

    static Void oom() {
      List<long[]> hog = new ArrayList<>();
      while (true) {
        hog.add(new long[1 << 20]);
      }
    }

    static Long sleep(Long millis) throws InterruptedException {
      Thread.sleep(millis);
      return ProcessHandle.current().pid();
    }

    static Void init(String value) {
      initialized = value + "@" + ProcessHandle.current().pid();
      return null;
    }
  }
}
