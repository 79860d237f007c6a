package io.github.multiproc.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.multiproc.PoolTask;
import io.github.multiproc.spi.TaskProvider;
import io.github.multiproc.wire.Codecs;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs generated pool tasks as a pool worker would: compiles {@code @Pooled} methods, writes the
 * class files and services file to a directory, finds the tasks with {@code ServiceLoader}, and
 * calls them directly and through their codecs (argument encoded, decoded, task called, result
 * encoded, decoded).
 */
class PooledTaskTest {
  private static final String CALC =
      String.join(
          "\n",
          "package demo;",
          "import io.github.multiproc.annotation.Pooled;",
          "import java.util.List;",
          "public class Calc {",
          "  public static int ticks;",
          "  public record Point(int x, int y, List<String> tags) {}",
          "  @Pooled",
          "  static int foo(int i) { return i + 100; }",
          "  @Pooled",
          "  public static Point move(Point p, int dx, String tag) {",
          "    List<String> tags = new java.util.ArrayList<>(p.tags());",
          "    tags.add(tag);",
          "    return new Point(p.x() + dx, p.y(), tags);",
          "  }",
          "  @Pooled",
          "  static void tick() { ticks++; }",
          "  @Pooled",
          "  static String fail(String why) throws java.io.IOException {",
          "    throw new java.io.IOException(why);",
          "  }",
          "  @Pooled",
          "  static long pick(long v) { return v * 2; }",
          "  static long pick(Object v) { return -1; }",
          "}");
  private static final String OTHER =
      String.join(
          "\n",
          "package demo.other;",
          "public class Outer {",
          "  public static class Inner {",
          "    @io.github.multiproc.annotation.Pooled",
          "    public static String shout(String s) { return s.toUpperCase(); }",
          "  }",
          "}");

  @TempDir static Path classes;
  private static URLClassLoader loader;
  private static Map<String, PoolTask<?, ?>> tasks;

  @BeforeAll
  static void compileAndLoad() throws IOException {
    Compilation compilation =
        javac()
            .withOptions("-Xlint:all,-processing", "-Werror")
            .withProcessors(new MultiprocProcessor())
            .compile(
                JavaFileObjects.forSourceString("demo.Calc", CALC),
                JavaFileObjects.forSourceString("demo.other.Outer", OTHER));
    assertThat(compilation).succeededWithoutWarnings();
    for (JavaFileObject file : compilation.generatedFiles()) {
      String path = file.toUri().getPath();
      if (path.contains("/CLASS_OUTPUT/")) {
        Path target = classes.resolve(path.replaceFirst("^.*/CLASS_OUTPUT/", ""));
        Files.createDirectories(target.getParent());
        try (InputStream in = file.openInputStream()) {
          Files.write(target, in.readAllBytes());
        }
      }
    }
    loader =
        new URLClassLoader(
            new URL[] {classes.toUri().toURL()}, PooledTaskTest.class.getClassLoader());
    tasks = new TreeMap<>();
    for (TaskProvider provider : ServiceLoader.load(TaskProvider.class, loader)) {
      for (PoolTask<?, ?> task : provider.tasks()) {
        tasks.put(task.id(), task);
      }
    }
  }

  @AfterAll
  static void close() throws IOException {
    loader.close();
  }

  @SuppressWarnings("unchecked")
  private static PoolTask<Object, Object> task(String id) {
    PoolTask<?, ?> task = tasks.get(id);
    if (task == null) {
      throw new AssertionError("no task " + id + " among " + tasks.keySet());
    }
    return (PoolTask<Object, Object>) task;
  }

  /** What a pool does with a task: argument over the wire, call, result back over the wire. */
  private static Object viaCodecs(PoolTask<Object, Object> task, Object argument) throws Exception {
    WireOutput out = new WireOutput();
    task.argumentCodec().encode(out, argument);
    WireInput in = new WireInput(out.toByteArray());
    Object decoded = task.argumentCodec().decode(in);
    in.requireFullyRead();
    Object result = task.call(decoded);
    WireOutput resultOut = new WireOutput();
    task.resultCodec().encode(resultOut, result);
    WireInput resultIn = new WireInput(resultOut.toByteArray());
    Object back = task.resultCodec().decode(resultIn);
    resultIn.requireFullyRead();
    return back;
  }

  @Test
  void serviceLoaderFindsEveryTaskById() {
    assertEquals(
        java.util.Set.of(
            "demo.Calc#fail(java.lang.String)",
            "demo.Calc#foo(int)",
            "demo.Calc#move(demo.Calc.Point,int,java.lang.String)",
            "demo.Calc#pick(long)",
            "demo.Calc#tick()",
            "demo.other.Outer$Inner#shout(java.lang.String)"),
        tasks.keySet());
  }

  @Test
  void singleParameterTaskRunsDirectlyAndThroughItsCodecs() throws Exception {
    PoolTask<Object, Object> foo = task("demo.Calc#foo(int)");
    assertEquals(103, foo.call(3));
    assertEquals(109, viaCodecs(foo, 9));
    PoolTask<Object, Object> shout = task("demo.other.Outer$Inner#shout(java.lang.String)");
    assertEquals("HEY", viaCodecs(shout, "hey"));
  }

  @Test
  void severalParametersTravelAsTheGeneratedRecord() throws Exception {
    Class<?> point = loader.loadClass("demo.Calc$Point");
    Object start =
        point
            .getConstructor(int.class, int.class, java.util.List.class)
            .newInstance(1, 2, java.util.List.of("a"));
    Class<?> argsType = loader.loadClass("demo.CalcTasks$MoveArgs");
    Object args =
        argsType.getConstructor(point, int.class, String.class).newInstance(start, 10, "b");
    Object expected =
        point
            .getConstructor(int.class, int.class, java.util.List.class)
            .newInstance(11, 2, java.util.List.of("a", "b"));
    PoolTask<Object, Object> move = task("demo.Calc#move(demo.Calc.Point,int,java.lang.String)");
    assertEquals(expected, move.call(args));
    assertEquals(expected, viaCodecs(move, args));
    // Registered like every generated record: it also travels as a run-time-typed Object.
    WireOutput out = new WireOutput();
    Codecs.OBJECT.encode(out, args);
    assertEquals(args, Codecs.OBJECT.decode(new WireInput(out.toByteArray())));
  }

  @Test
  void voidTaskWithoutParametersTakesAndReturnsNothing() throws Exception {
    PoolTask<Object, Object> tick = task("demo.Calc#tick()");
    java.lang.reflect.Field ticks = loader.loadClass("demo.Calc").getField("ticks");
    int before = ticks.getInt(null);
    assertNull(tick.call(null));
    assertNull(viaCodecs(tick, null));
    assertEquals(before + 2, ticks.getInt(null));
    WireOutput out = new WireOutput();
    tick.argumentCodec().encode(out, null);
    assertEquals(0, out.size());
  }

  @Test
  void checkedExceptionReachesTheCaller() {
    IOException thrown =
        assertThrows(
            IOException.class, () -> task("demo.Calc#fail(java.lang.String)").call("disk full"));
    assertEquals("disk full", thrown.getMessage());
  }

  @Test
  void overloadedPrimitiveTaskCallsTheAnnotatedMethod() throws Exception {
    assertEquals(14L, viaCodecs(task("demo.Calc#pick(long)"), 7L));
  }
}
