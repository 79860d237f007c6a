package demo;

import io.github.multiproc.PoolTask;
import io.github.multiproc.wire.Codecs;
import javax.annotation.processing.Generated;

/**
 * Pool tasks for the {@code @Pooled} methods of {@link Prices}: pass them to a {@code Pool} or a
 * {@code ThreadPool}.
 */
@Generated("io.github.multiproc.processor.MultiprocProcessor")
public final class PricesTasks {
  /**
   * The pool task running {@link Prices#total(Prices.Item, int)}.
   */
  public static final PoolTask<TotalArgs, Long> total = PoolTask.of("demo.Prices#total(demo.Prices.Item,int)",
      Prices_Codecs.PRICES_TASKS_TOTAL_ARGS, Codecs.LONG,
      args -> Prices.total(args.item(), args.quantity()));

  private PricesTasks() {
  }

  /**
   * The arguments of {@link Prices#total(Prices.Item, int)}, for {@code starmap} and the other pool operations.
   */
  public record TotalArgs(Prices.Item item, int quantity) {
  }
}
