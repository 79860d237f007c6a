package io.github.multiproc.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.multiproc.spi.WorkerDispatcher;
import io.github.multiproc.wire.CorruptDataException;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the generated code: compiles a worker class with the processor, loads the class files from
 * memory and sends values through the generated codecs and launcher.
 */
class RoundTripTest {
  private static final String SOURCE =
      String.join(
          "\n",
          "package demo;",
          "import io.github.multiproc.annotation.Worker;",
          "import io.github.multiproc.wire.*;",
          "import java.util.*;",
          "public class Trip {",
          "  public record Pair<A, B>(A first, B second, List<B> more) {}",
          "  public record Tree(String label, List<Tree> children) {}",
          "  public sealed interface Shape permits Circle, Dot {}",
          "  public record Circle(double radius) implements Shape {}",
          "  public enum Dot implements Shape { ONE, TWO }",
          "  public record Bag(Pair<String, Optional<Integer>> pair, Map<String, List<Tree>> forest,",
          "      Optional<Shape> shape, SortedMap<String, Set<Long>> index, int[] raw, Tree nothing) {}",
          "  @Worker",
          "  public static Bag echo(Bag bag, int times) { return bag; }",
          "  public static Object[] sample() {",
          "    Tree leaf = new Tree(\"leaf\", List.of());",
          "    Tree root = new Tree(\"root\", Arrays.asList(leaf, null));",
          "    SortedMap<String, Set<Long>> index = new TreeMap<>();",
          "    index.put(\"a\", new LinkedHashSet<>(List.of(1L, 2L)));",
          "    Map<String, List<Tree>> forest = new LinkedHashMap<>();",
          "    forest.put(\"f\", List.of(root));",
          "    forest.put(\"empty\", null);",
          "    Bag bag = new Bag(new Pair<>(\"p\", Optional.of(7), Arrays.asList(Optional.empty(), null)),",
          "        forest, Optional.of(new Circle(1.5)), index, new int[] {1, 2}, null);",
          "    Bag other = new Bag(new Pair<>(null, null, null), Map.of(), Optional.of(Dot.TWO),",
          "        new TreeMap<>(), null, null);",
          "    return new Object[] {bag, other};",
          "  }",
          "  public static Object roundTrip(Object value) {",
          "    WireOutput out = new WireOutput();",
          "    Trip_Codecs.TRIP_BAG.encode(out, (Bag) value);",
          "    WireInput in = new WireInput(out.toByteArray());",
          "    Bag decoded = Trip_Codecs.TRIP_BAG.decode(in);",
          "    in.requireFullyRead();",
          "    return decoded;",
          "  }",
          "  public static Object viaObject(Object value) {",
          "    WireOutput out = new WireOutput();",
          "    Codecs.OBJECT.encode(out, value);",
          "    WireInput in = new WireInput(out.toByteArray());",
          "    Object decoded = Codecs.OBJECT.decode(in);",
          "    in.requireFullyRead();",
          "    return decoded;",
          "  }",
          "  public static Object decodeShape(byte[] bytes) {",
          "    return Trip_Codecs.TRIP_SHAPE.decode(new WireInput(bytes));",
          "  }",
          "}");

  private static ClassLoader loader;

  @BeforeAll
  static void compile() {
    Compilation compilation =
        javac()
            .withProcessors(new MultiprocProcessor())
            .compile(JavaFileObjects.forSourceString("demo.Trip", SOURCE));
    assertThat(compilation).succeeded();
    loader = new MemoryClassLoader(compilation, RoundTripTest.class.getClassLoader());
  }

  private static Object call(String method, Class<?> type, Object argument) throws Exception {
    Method m = loader.loadClass("demo.Trip").getMethod(method, type);
    try {
      return m.invoke(null, argument);
    } catch (InvocationTargetException e) {
      throw (Exception) e.getCause();
    }
  }

  @Test
  void nestedGenericRecordsWithNullsRoundTrip() throws Exception {
    Object[] samples = (Object[]) loader.loadClass("demo.Trip").getMethod("sample").invoke(null);
    for (Object sample : samples) {
      Object decoded = call("roundTrip", Object.class, sample);
      assertNotNull(decoded);
      // Records compare arrays by identity: compare the int[] apart, the rest with equals.
      Method raw = sample.getClass().getMethod("raw");
      assertArrayEquals((int[]) raw.invoke(sample), (int[]) raw.invoke(decoded));
      for (String component : new String[] {"pair", "forest", "shape", "index", "nothing"}) {
        Method accessor = sample.getClass().getMethod(component);
        assertEquals(accessor.invoke(sample), accessor.invoke(decoded), component);
      }
    }
  }

  @Test
  void unknownSealedTagIsCorruptData() {
    // presence byte 1, then tag 9: no such permitted subtype.
    assertThrows(
        CorruptDataException.class, () -> call("decodeShape", byte[].class, new byte[] {1, 9}));
  }

  @Test
  void launcherDecodesArgumentsCallsTheMethodAndEncodesTheResult() throws Exception {
    Object bag = ((Object[]) loader.loadClass("demo.Trip").getMethod("sample").invoke(null))[0];
    Class<?> codecs = loader.loadClass("demo.Trip_Codecs");
    java.lang.reflect.Field field = codecs.getDeclaredField("TRIP_BAG");
    field.setAccessible(true);
    @SuppressWarnings("unchecked")
    io.github.multiproc.wire.Codec<Object> codec =
        (io.github.multiproc.wire.Codec<Object>) field.get(null);
    WireOutput arguments = new WireOutput();
    codec.encode(arguments, bag);
    arguments.writeInt(3);

    Constructor<?> constructor = loader.loadClass("demo.Trip_Launcher").getDeclaredConstructor();
    constructor.setAccessible(true);
    WorkerDispatcher launcher = (WorkerDispatcher) constructor.newInstance();
    WireOutput result = new WireOutput();
    try {
      launcher.dispatch("echo(demo.Trip.Bag,int)", new WireInput(arguments.toByteArray()), result);
    } catch (Throwable t) {
      throw new AssertionError(t);
    }
    Object decoded = codec.decode(new WireInput(result.toByteArray()));
    assertEquals(
        bag.getClass().getMethod("forest").invoke(bag),
        decoded.getClass().getMethod("forest").invoke(decoded));
    assertThrows(
        IllegalArgumentException.class,
        () -> launcher.dispatch("nope()", new WireInput(new byte[0]), new WireOutput()));
  }

  @Test
  void holderRegistersItsTypesSoTheyTravelAsObject() throws Exception {
    Class.forName("demo.Trip_Codecs", true, loader);
    Object[] samples = (Object[]) loader.loadClass("demo.Trip").getMethod("sample").invoke(null);
    Object forest = samples[0].getClass().getMethod("forest").invoke(samples[0]);
    Object decoded = call("viaObject", Object.class, forest);
    assertEquals(forest, decoded);
    Object shape = samples[1].getClass().getMethod("shape").invoke(samples[1]);
    assertEquals(shape, call("viaObject", Object.class, shape));
  }

  @Test
  void portableProviderRegistersItsTypes() throws Exception {
    Compilation compilation =
        javac()
            .withProcessors(new MultiprocProcessor())
            .compile(
                JavaFileObjects.forSourceString(
                    "demo.Wallet",
                    String.join(
                        "\n",
                        "package demo;",
                        "@io.github.multiproc.annotation.Portable",
                        "public record Wallet(String owner, java.util.List<Coin> coins) {",
                        "  public enum Coin { CENT, EURO }",
                        "  public static Wallet sample() {",
                        "    return new Wallet(\"ann\", java.util.List.of(Coin.EURO, Coin.CENT));",
                        "  }",
                        "}")));
    assertThat(compilation).succeededWithoutWarnings();
    ClassLoader portable = new MemoryClassLoader(compilation, RoundTripTest.class.getClassLoader());
    Object provider =
        portable.loadClass("demo.Wallet_CodecProvider").getConstructor().newInstance();
    ((io.github.multiproc.wire.CodecProvider) provider).registerCodecs();
    Object wallet = portable.loadClass("demo.Wallet").getMethod("sample").invoke(null);
    WireOutput out = new WireOutput();
    io.github.multiproc.wire.Codecs.OBJECT.encode(out, wallet);
    Object decoded =
        io.github.multiproc.wire.Codecs.OBJECT.decode(new WireInput(out.toByteArray()));
    assertEquals(wallet, decoded);
  }
}
