package io.github.multiproc.testing;

import io.github.multiproc.wire.ProxyReference;
import io.github.multiproc.spi.SharedInvoker;
import io.github.multiproc.spi.SharedType;
import io.github.multiproc.spi.SharedTypeProvider;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;
import java.util.List;

/** Hand-written in the shape the processor generates for {@code @Shared Counter}. */
public final class ManagerTestTypes implements SharedTypeProvider {
  @Override
  public List<SharedType<?>> sharedTypes() {
    return List.of(new CounterType());
  }

  static final class CounterType implements SharedType<Counter> {
    @Override
    public Class<Counter> type() {
      return Counter.class;
    }

    @Override
    public Counter newInstance() {
      return new CounterImpl();
    }

    @Override
    public void dispatch(Counter target, String methodKey, WireInput arguments, WireOutput result) {
      switch (methodKey) {
        case "increment(int)": {
          int by = arguments.readInt();
          arguments.requireFullyRead();
          result.writeInt(target.increment(by));
          return;
        }
        case "value()":
          arguments.requireFullyRead();
          result.writeInt(target.value());
          return;
        default:
          throw new IllegalArgumentException("unknown method " + methodKey);
      }
    }

    @Override
    public Counter newProxy(SharedInvoker invoker) {
      return new CounterProxy(invoker);
    }
  }

  static final class CounterProxy implements Counter, ProxyReference {
    private final SharedInvoker invoker;

    CounterProxy(SharedInvoker invoker) {
      this.invoker = invoker;
    }

    @Override
    public int increment(int by) {
      WireOutput out = new WireOutput();
      out.writeInt(by);
      return invoker.invoke("increment(int)", out.toByteArray()).readInt();
    }

    @Override
    public int value() {
      return invoker.invoke("value()", new byte[0]).readInt();
    }

    @Override
    public void writeReference(WireOutput out) {
      ((ProxyReference) invoker).writeReference(out);
    }
  }
}
