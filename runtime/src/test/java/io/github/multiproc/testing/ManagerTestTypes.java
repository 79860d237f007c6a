package io.github.multiproc.testing;

import io.github.multiproc.spi.ManagedInvoker;
import io.github.multiproc.spi.ManagedType;
import io.github.multiproc.spi.ManagedTypeProvider;
import io.github.multiproc.spi.ProxyReference;
import io.github.multiproc.spi.WireInput;
import io.github.multiproc.spi.WireOutput;
import java.util.List;

/** Hand-written in the shape the processor generates for {@code @Managed Counter}. */
public final class ManagerTestTypes implements ManagedTypeProvider {
  @Override
  public List<ManagedType<?>> managedTypes() {
    return List.of(new CounterType());
  }

  static final class CounterType implements ManagedType<Counter> {
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
    public Counter newProxy(ManagedInvoker invoker) {
      return new CounterProxy(invoker);
    }
  }

  static final class CounterProxy implements Counter, ProxyReference {
    private final ManagedInvoker invoker;

    CounterProxy(ManagedInvoker invoker) {
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
