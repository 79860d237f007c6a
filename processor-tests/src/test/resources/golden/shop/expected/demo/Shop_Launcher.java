package demo;

import io.github.multiproc.spi.ChildMain;
import io.github.multiproc.spi.WorkerDispatcher;
import io.github.multiproc.wire.Codecs;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;
import javax.annotation.processing.Generated;

/**
 * Runs the worker members of {@link Shop} in a child JVM.
 */
@Generated("io.github.multiproc.processor.MultiprocProcessor")
public final class Shop_Launcher implements WorkerDispatcher {
  private Shop_Launcher() {
  }

  /**
   * The child JVM's entry point; the runtime passes the call on stdin.
   */
  public static void main(String[] args) {
    ChildMain.run(new Shop_Launcher(), args);
  }

  /**
   * Run by an idle standby JVM: verifies {@link Shop} without initializing it, so the child
   * the standby becomes does not do it on its first call.
   */
  public static void standbyWarmUp() {
    ChildMain.linkAhead(Shop.class);
  }

  @Override
  public void dispatch(String entryKey, WireInput arguments, WireOutput result) throws Throwable {
    switch (entryKey) {
      case "echo(demo.Shop.Order,int,char)": {
        Shop.Order order = Shop_Codecs.SHOP_ORDER.decode(arguments);
        int copies = arguments.readInt();
        char mark = arguments.readChar();
        arguments.requireFullyRead();
        Shop_Codecs.SHOP_ORDER.encode(result, Shop.echo(order, copies, mark));
        return;
      }
      case "total(demo.Shop.Order,long[])": {
        Shop.Order order = Shop_Codecs.SHOP_ORDER.decode(arguments);
        long[] weights = Codecs.LONG_ARRAY.decode(arguments);
        arguments.requireFullyRead();
        Codecs.INTEGER.encode(result, Shop.total(order, weights));
        return;
      }
      case "watch(java.lang.String)": {
        String path = Codecs.STRING.decode(arguments);
        arguments.requireFullyRead();
        Shop.watch(path);
        return;
      }
      default:
        throw WorkerDispatcher.unknownEntry(entryKey, Shop_Launcher.class);
    }
  }
}
