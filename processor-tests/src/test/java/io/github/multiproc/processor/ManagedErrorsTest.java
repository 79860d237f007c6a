package io.github.multiproc.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Every {@code @Managed} message: the error, its text, and the line it points at. */
class ManagedErrorsTest {
  private static final String IMPL =
      String.join(
          "\n",
          "package demo;",
          "public class CounterImpl implements Counter {",
          "  public int increment(int by) { return by; }",
          "}");

  private static JavaFileObject file(String name, String... lines) {
    return JavaFileObjects.forSourceString(
        "demo." + name,
        "package demo;\nimport io.github.multiproc.annotation.Managed;\n"
            + String.join("\n", lines)
            + "\n");
  }

  /** Compiles and expects exactly one error with {@code message}, in {@code where} on {@code line}. */
  private static void assertError(
      JavaFileObject where, String message, String line, JavaFileObject... others) {
    JavaFileObject[] files = new JavaFileObject[others.length + 1];
    files[0] = where;
    System.arraycopy(others, 0, files, 1, others.length);
    Compilation compilation = javac().withProcessors(new MultiprocProcessor()).compile(files);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(message).inFile(where).onLineContaining(line);
  }

  private static JavaFileObject counter(String implementation, String... body) {
    return file(
        "Counter",
        "@Managed(implementation = " + implementation + ".class)",
        "public interface Counter {",
        String.join("\n", body),
        "}");
  }

  @Test
  void sharedClass() {
    JavaFileObject file =
        file("Counter", "@Managed(implementation = Counter.class)", "public class Counter {}");
    assertError(
        file,
        "@Managed type demo.Counter may not be a class; put @Managed on an interface",
        "public class Counter");
  }

  @Test
  void genericInterface() {
    JavaFileObject file =
        file(
            "Box",
            "@Managed(implementation = BoxImpl.class)",
            "public interface Box<T> { int size(); }");
    JavaFileObject impl =
        JavaFileObjects.forSourceString(
            "demo.BoxImpl",
            "package demo;\npublic class BoxImpl<T> implements Box<T> { public int size() { return 0; }"
                + " }");
    assertError(
        file,
        "@Managed interface demo.Box may not be generic, because the manager serves"
            + " one implementation",
        "interface Box",
        impl);
  }

  @Test
  void hiddenInterface() {
    JavaFileObject file =
        file(
            "Counter",
            "@Managed(implementation = CounterImpl.class)",
            "interface Counter { int increment(int by); }");
    assertError(
        file,
        "@Managed interface demo.Counter may not be hidden from other packages; make"
            + " it public",
        "interface Counter",
        JavaFileObjects.forSourceString("demo.CounterImpl", IMPL));
  }

  @Test
  void abstractImplementation() {
    JavaFileObject impl =
        JavaFileObjects.forSourceString(
            "demo.CounterImpl",
            "package demo;\npublic abstract class CounterImpl implements Counter {}");
    assertError(
        counter("CounterImpl", "int increment(int by);"),
        "@Managed interface demo.Counter may not name demo.CounterImpl as its implementation,"
            + " which is an abstract class; name a public concrete class",
        "@Managed(",
        impl);
  }

  @Test
  void interfaceImplementation() {
    assertError(
        counter("Counter", "int increment(int by);"),
        "may not name demo.Counter as its implementation, which is an interface",
        "@Managed(");
  }

  @Test
  void implementationNotImplementing() {
    JavaFileObject impl =
        JavaFileObjects.forSourceString(
            "demo.CounterImpl", "package demo;\npublic class CounterImpl {}");
    assertError(
        counter("CounterImpl", "int increment(int by);"),
        "may not name demo.CounterImpl as its implementation, which does not implement Counter;"
            + " add implements Counter to it",
        "@Managed(",
        impl);
  }

  @Test
  void hiddenImplementation() {
    JavaFileObject impl =
        JavaFileObjects.forSourceString(
            "demo.CounterImpl",
            "package demo;\nclass CounterImpl implements Counter {\n"
                + "  public int increment(int by) { return by; }\n}");
    assertError(
        counter("CounterImpl", "int increment(int by);"),
        "may not name demo.CounterImpl as its implementation, which is not public (or is inside a"
            + " class that is not); make it public so that the generated Counter_ManagedType can"
            + " create it",
        "@Managed(",
        impl);
  }

  @Test
  void implementationWithoutNoArgumentConstructor() {
    JavaFileObject impl =
        JavaFileObjects.forSourceString(
            "demo.CounterImpl",
            "package demo;\npublic class CounterImpl implements Counter {\n"
                + "  public CounterImpl(int start) {}\n"
                + "  public int increment(int by) { return by; }\n}");
    assertError(
        counter("CounterImpl", "int increment(int by);"),
        "may not name demo.CounterImpl as its implementation, which has no public no-argument"
            + " constructor; add one",
        "@Managed(",
        impl);
  }

  @Test
  void genericMethod() {
    JavaFileObject impl =
        JavaFileObjects.forSourceString(
            "demo.CounterImpl",
            "package demo;\npublic class CounterImpl implements Counter {\n"
                + "  public <T> int each(T item) { return 0; }\n}");
    assertError(
        counter("CounterImpl", "  <T> int each(T item);"),
        "@Managed method each may not be generic; replace its type parameters with concrete types",
        "int each(",
        impl);
  }

  @Test
  void parameterThatCannotCross() {
    JavaFileObject impl =
        JavaFileObjects.forSourceString(
            "demo.CounterImpl",
            "package demo;\npublic class CounterImpl implements Counter {\n"
                + "  public void submit(Runnable task) {}\n}");
    assertError(
        counter("CounterImpl", "  void submit(Runnable task);"),
        "parameter task of submit may not cross a process boundary: java.lang.Runnable is a"
            + " functional interface",
        "void submit(",
        impl);
  }

  @Test
  void resultThatCannotCross() {
    JavaFileObject impl =
        JavaFileObjects.forSourceString(
            "demo.CounterImpl",
            "package demo;\npublic class CounterImpl implements Counter {\n"
                + "  public Thread worker() { return null; }\n}");
    assertError(
        counter("CounterImpl", "  Thread worker();"),
        "the result of worker may not cross a process boundary: java.lang.Thread is a Thread",
        "Thread worker()",
        impl);
  }

  @Test
  void sharedObjectInsideAChannel() {
    JavaFileObject worker =
        JavaFileObjects.forSourceString(
            "demo.Feeder",
            String.join(
                "\n",
                "package demo;",
                "import io.github.multiproc.ProcessQueue;",
                "import io.github.multiproc.annotation.Worker;",
                "public class Feeder {",
                "  @Worker",
                "  static void feed(ProcessQueue<Counter> counters) {}",
                "}"));
    assertError(
        worker,
        "the elements of parameter counters may not cross a process boundary:"
            + " demo.Counter is a queue, lock or shared object",
        "void feed(",
        counter("CounterImpl", "int increment(int by);"),
        JavaFileObjects.forSourceString("demo.CounterImpl", IMPL));
  }
}
