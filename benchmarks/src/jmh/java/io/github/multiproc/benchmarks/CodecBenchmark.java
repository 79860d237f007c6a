package io.github.multiproc.benchmarks;

import io.github.multiproc.wire.Codec;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH microbenchmark of a generated codec (what pickle's {@code dumps}/{@code loads} are to
 * Python): encode and decode an {@link Order}, a record with a list of records and a list of
 * lists. Not part of the main benchmark command; built with {@code -Pjmh}, see docs/benchmarks.md.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CodecBenchmark {
  /** Lines in the order; the matrix is lines x lines. */
  @Param({"4", "32"})
  public int size;

  private final Codec<Order> codec = Workloads_Codecs.ORDER;
  private final WireOutput out = new WireOutput(1 << 16);
  private Order order;
  private byte[] encoded;

  /** Builds the order and its bytes once per trial. */
  @Setup
  public void setUp() {
    order = Order.sample(size, size);
    WireOutput o = new WireOutput();
    codec.encode(o, order);
    encoded = o.toByteArray();
    if (!codec.decode(new WireInput(encoded)).equals(order)) {
      throw new IllegalStateException("the codec does not round-trip the sample order");
    }
  }

  /** Python's {@code pickle.dumps(order)}, into a reused buffer. */
  @Benchmark
  public int encode() {
    out.reset();
    codec.encode(out, order);
    return out.size();
  }

  /** Python's {@code pickle.loads(data)}. */
  @Benchmark
  public Order decode() {
    return codec.decode(new WireInput(encoded));
  }
}
