package demo;

import io.github.multiproc.ChildProcess;
import io.github.multiproc.spi.WorkerCall;
import io.github.multiproc.wire.Codecs;
import javax.annotation.processing.Generated;

/**
 * Factories for the worker processes of {@link Shop}.
 */
@Generated("io.github.multiproc.processor.MultiprocProcessor")
public final class ShopProcesses {
  private ShopProcesses() {
  }

  /**
   * An unstarted child process running {@link Shop#echo(Shop.Order, int, char)}.
   */
  public static ChildProcess<Shop.Order> echo(Shop.Order order, int copies, char mark) {
    return WorkerCall.to(Shop_Launcher.class, "echo(demo.Shop.Order,int,char)", Shop_Codecs.SHOP_ORDER)
        .arguments(out -> {
          Shop_Codecs.SHOP_ORDER.encode(out, order);
          out.writeInt(copies);
          out.writeChar(mark);
        })
        .newProcess();
  }

  /**
   * An unstarted child process running {@link Shop#total(Shop.Order, long[])}.
   */
  static ChildProcess<Integer> total(Shop.Order order, long[] weights) {
    return WorkerCall.to(Shop_Launcher.class, "total(demo.Shop.Order,long[])", Codecs.INTEGER)
        .name("buyer")
        .jvmArgs("-Xmx64m")
        .arguments(out -> {
          Shop_Codecs.SHOP_ORDER.encode(out, order);
          Codecs.LONG_ARRAY.encode(out, weights);
        })
        .newProcess();
  }

  /**
   * An unstarted daemon process running {@link Shop#watch(String)}.
   */
  public static ChildProcess<Void> watch(String path) {
    return WorkerCall.to(Shop_Launcher.class, "watch(java.lang.String)", Codecs.VOID)
        .daemon(true)
        .arguments(out -> Codecs.STRING.encode(out, path))
        .newProcess();
  }
}
