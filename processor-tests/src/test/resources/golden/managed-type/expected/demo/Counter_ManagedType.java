package demo;

import io.github.multiproc.spi.ManagedInvoker;
import io.github.multiproc.spi.ManagedType;
import io.github.multiproc.wire.Codecs;
import io.github.multiproc.wire.ProxyReference;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;
import java.io.IOException;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Serves {@link Counter} from a manager and proxies it elsewhere; found through the generated
 * {@code ManagedTypeProvider}.
 */
@Generated("io.github.multiproc.processor.MultiprocProcessor")
public final class Counter_ManagedType implements ManagedType<Counter> {
  /**
   * Called by the generated provider.
   */
  public Counter_ManagedType() {
  }

  @Override
  public Class<Counter> type() {
    return Counter.class;
  }

  @Override
  public Counter newInstance() {
    return new CounterImpl();
  }

  @Override
  public void dispatch(Counter target, String methodKey, WireInput arguments, WireOutput result)
      throws Throwable {
    switch (methodKey) {
      case "increment(int)": {
        int by = arguments.readInt();
        arguments.requireFullyRead();
        Codecs.INTEGER.encode(result, target.increment(by));
        return;
      }
      case "name()": {
        arguments.requireFullyRead();
        Codecs.STRING.encode(result, target.name());
        return;
      }
      case "reset()": {
        arguments.requireFullyRead();
        target.reset();
        return;
      }
      case "tally(java.lang.String,java.util.List)": {
        String label = Codecs.STRING.decode(arguments);
        List<Integer> extra = Codecs.list(Codecs.INTEGER).decode(arguments);
        arguments.requireFullyRead();
        Counter_ManagedCodecs.COUNTER_TALLY.encode(result, target.tally(label, extra));
        return;
      }
      default:
        throw new IllegalArgumentException("unknown method " + methodKey + " of managed type demo.Counter");
    }
  }

  @Override
  public Counter newProxy(ManagedInvoker invoker) {
    return new Proxy(invoker);
  }

  /**
   * A proxy of {@link Counter}: each call runs in the manager.
   */
  private static final class Proxy implements Counter, ProxyReference {
    private final ManagedInvoker invoker;

    Proxy(ManagedInvoker invoker) {
      this.invoker = invoker;
    }

    @Override
    public int increment(int by) {
      WireOutput out = new WireOutput();
      out.writeInt(by);
      WireInput in = this.invoker.invoke("increment(int)", out.toByteArray());
      Integer value = Codecs.INTEGER.decode(in);
      in.requireFullyRead();
      return value;
    }

    @Override
    public String name() {
      WireOutput out = new WireOutput();
      WireInput in = this.invoker.invoke("name()", out.toByteArray());
      String value = Codecs.STRING.decode(in);
      in.requireFullyRead();
      return value;
    }

    @Override
    public void reset() {
      WireOutput out = new WireOutput();
      WireInput in = this.invoker.invoke("reset()", out.toByteArray());
      in.requireFullyRead();
    }

    @Override
    public Counter.Tally tally(String label, List<Integer> extra) throws IOException {
      WireOutput out = new WireOutput();
      Codecs.STRING.encode(out, label);
      Codecs.list(Codecs.INTEGER).encode(out, extra);
      WireInput in = this.invoker.invoke("tally(java.lang.String,java.util.List)", out.toByteArray());
      Counter.Tally value = Counter_ManagedCodecs.COUNTER_TALLY.decode(in);
      in.requireFullyRead();
      return value;
    }

    @Override
    public void writeReference(WireOutput out) {
      if (!(this.invoker instanceof ProxyReference)) {
        throw new IllegalStateException("this proxy's invoker is not a ProxyReference, so the proxy cannot cross to another process");
      }
      ((ProxyReference) this.invoker).writeReference(out);
    }
  }
}
