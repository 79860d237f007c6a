package io.github.multiproc.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.multiproc.spi.ManagedInvoker;
import io.github.multiproc.spi.ManagedType;
import io.github.multiproc.spi.ManagedTypeProvider;
import io.github.multiproc.spi.ManagerHandles;
import io.github.multiproc.wire.ProxyReference;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs a generated {@code ManagedType} end to end without a manager: proxy → an in-memory invoker
 * (which stands in for the connection) → {@code dispatch} on an instance from
 * {@code newInstance()}.
 */
class ManagedTypeTest {
  private static final String COUNTER =
      String.join(
          "\n",
          "package demo;",
          "import io.github.multiproc.annotation.Managed;",
          "import java.util.List;",
          "@Managed(implementation = CounterImpl.class)",
          "public interface Counter {",
          "  record Tally(String label, long total) {}",
          "  enum Mode { UP, DOWN }",
          "  int increment(int by);",
          "  long increment(long by, Mode mode);",
          "  void reset();",
          "  Tally tally(String label, List<Integer> extra);",
          "  void fail(String message);",
          "  default int twice() { return increment(1) + increment(1); }",
          "}");
  private static final String IMPL =
      String.join(
          "\n",
          "package demo;",
          "import java.util.List;",
          "public class CounterImpl implements Counter {",
          "  private long value;",
          "  public int increment(int by) { value += by; return (int) value; }",
          "  public long increment(long by, Mode mode) {",
          "    value += mode == Mode.UP ? by : -by; return value;",
          "  }",
          "  public void reset() { value = 0; }",
          "  public Tally tally(String label, List<Integer> extra) {",
          "    return new Tally(label, value + extra.stream().mapToLong(i -> i).sum());",
          "  }",
          "  public void fail(String message) { throw new IllegalStateException(message); }",
          "}");

  private static ClassLoader loader;
  private static Class<?> counter;

  @BeforeAll
  static void compile() {
    Compilation compilation =
        javac()
            .withProcessors(new MultiprocProcessor())
            .compile(
                JavaFileObjects.forSourceString("demo.Counter", COUNTER),
                JavaFileObjects.forSourceString("demo.CounterImpl", IMPL));
    assertThat(compilation).succeededWithoutWarnings();
    loader = new MemoryClassLoader(compilation, ManagedTypeTest.class.getClassLoader());
    try {
      counter = loader.loadClass("demo.Counter");
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static ManagedType<Object> managedType() throws Exception {
    ManagedTypeProvider provider =
        (ManagedTypeProvider)
            loader.loadClass("demo.Counter_ManagedTypes").getConstructor().newInstance();
    assertEquals(1, provider.managedTypes().size());
    ManagedType<Object> type = (ManagedType<Object>) provider.managedTypes().get(0);
    assertSame(counter, type.type());
    return type;
  }

  /** The connection to a manager, in memory: records the keys and runs dispatch at once. */
  private static class LocalInvoker implements ManagedInvoker {
    final List<String> keys = new ArrayList<>();
    final ManagedType<Object> type;
    final Object target;

    LocalInvoker(ManagedType<Object> type, Object target) {
      this.type = type;
      this.target = target;
    }

    @Override
    public WireInput invoke(String methodKey, byte[] arguments) {
      keys.add(methodKey);
      WireOutput result = new WireOutput();
      try {
        type.dispatch(target, methodKey, new WireInput(arguments), result);
      } catch (RuntimeException e) {
        throw e;
      } catch (Throwable e) {
        throw new IllegalStateException(e);
      }
      return new WireInput(result.toByteArray());
    }
  }

  /** An invoker that, like the runtime's, is also the reference its proxies cross as. */
  private static final class ReferencedInvoker extends LocalInvoker implements ProxyReference {
    ReferencedInvoker(ManagedType<Object> type, Object target) {
      super(type, target);
    }

    @Override
    public void writeReference(WireOutput out) {
      out.writeString("manager-1/object-7");
    }
  }

  private static Object call(Object proxy, String name, Class<?>[] types, Object... arguments)
      throws Throwable {
    Method method = counter.getMethod(name, types);
    try {
      return method.invoke(proxy, arguments);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Test
  void proxyCallsRunOnTheInstance() throws Throwable {
    ManagedType<Object> type = managedType();
    Object instance = type.newInstance();
    assertEquals("demo.CounterImpl", instance.getClass().getName());
    LocalInvoker invoker = new LocalInvoker(type, instance);
    Object proxy = type.newProxy(invoker);
    assertTrue(counter.isInstance(proxy));

    assertEquals(5, call(proxy, "increment", new Class<?>[] {int.class}, 5));
    assertEquals(7, call(proxy, "increment", new Class<?>[] {int.class}, 2));
    Class<?> mode = loader.loadClass("demo.Counter$Mode");
    Object down = mode.getEnumConstants()[1];
    assertEquals(4L, call(proxy, "increment", new Class<?>[] {long.class, mode}, 3L, down));
    Object tally =
        call(proxy, "tally", new Class<?>[] {String.class, List.class}, "t", List.of(10, 20));
    assertEquals("Tally[label=t, total=34]", tally.toString());
    assertEquals(11, call(proxy, "twice", new Class<?>[0]));
    assertEquals(null, call(proxy, "reset", new Class<?>[0]));
    // The state is the instance's: a direct call sees what the proxy did.
    assertEquals(1, counter.getMethod("increment", int.class).invoke(instance, 1));
    assertEquals(
        List.of(
            "increment(int)",
            "increment(int)",
            "increment(long,demo.Counter.Mode)",
            "tally(java.lang.String,java.util.List)",
            "increment(int)",
            "increment(int)",
            "reset()"),
        invoker.keys);

    // Object's methods stay local to the proxy.
    assertTrue(proxy.equals(proxy));
    proxy.hashCode();
    proxy.toString();
    assertEquals(7, invoker.keys.size());
  }

  @Test
  void exceptionsAndUnknownKeysReachTheCaller() throws Throwable {
    ManagedType<Object> type = managedType();
    Object instance = type.newInstance();
    Object proxy = type.newProxy(new LocalInvoker(type, instance));
    IllegalStateException thrown =
        assertThrows(
            IllegalStateException.class,
            () -> call(proxy, "fail", new Class<?>[] {String.class}, "boom"));
    assertEquals("boom", thrown.getMessage());
    IllegalArgumentException unknown =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                type.dispatch(instance, "explode()", new WireInput(new byte[0]), new WireOutput()));
    assertEquals("unknown method explode() of managed type demo.Counter", unknown.getMessage());
  }

  @Test
  void aProxyCrossesAsItsInvokersReference() throws Throwable {
    ManagedType<Object> type = managedType();
    Object proxy = type.newProxy(new ReferencedInvoker(type, type.newInstance()));
    WireOutput out = new WireOutput();
    ManagerHandles.reference().encode(out, proxy);
    WireOutput expected = new WireOutput();
    expected.writeByte((byte) 2); // NullSafeCodec's marker of a manager proxy
    expected.writeString("manager-1/object-7");
    assertArrayEquals(expected.toByteArray(), out.toByteArray());

    // A plain implementation object is refused: copying it would stop sharing it.
    assertThrows(
        IllegalArgumentException.class,
        () -> ManagerHandles.reference().encode(new WireOutput(), type.newInstance()));
    // A proxy whose invoker has no reference cannot cross either.
    Object local = type.newProxy(new LocalInvoker(type, type.newInstance()));
    IllegalStateException refused =
        assertThrows(
            IllegalStateException.class,
            () -> ManagerHandles.reference().encode(new WireOutput(), local));
    assertInstanceOf(ProxyReference.class, local);
    assertTrue(refused.getMessage().contains("not a ProxyReference"));
  }
}
