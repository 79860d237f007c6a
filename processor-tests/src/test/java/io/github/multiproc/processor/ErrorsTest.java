package io.github.multiproc.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Every {@link Message} has a test here: the error, its text, and the element it points at. */
class ErrorsTest {
  private static JavaFileObject source(String body, String... imports) {
    StringBuilder text =
        new StringBuilder("package demo;\n\n")
            .append("import io.github.multiproc.annotation.Daemon;\n")
            .append("import io.github.multiproc.annotation.Pooled;\n")
            .append("import io.github.multiproc.annotation.Worker;\n");
    for (String i : imports) {
      text.append("import ").append(i).append(";\n");
    }
    text.append("\npublic class Bad {\n").append(body).append("\n}\n");
    return JavaFileObjects.forSourceString("demo.Bad", text.toString());
  }

  private static Compilation compile(JavaFileObject... files) {
    return javac().withProcessors(new MultiprocProcessor()).compile(files);
  }

  /** Compiles {@code body} in class Bad and expects exactly one error, on the given line. */
  private static void assertError(String body, String message, String line, String... imports) {
    JavaFileObject file = source(body, imports);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(message).inFile(file).onLineContaining(line);
  }

  @Test
  void bothWorkerAndDaemon() {
    assertError(
        "  @Worker @Daemon\n  static void both() {}",
        "both may not be annotated with both @Worker and @Daemon; keep @Daemon",
        "void both()");
  }

  @Test
  void privateMethod() {
    assertError(
        "  @Worker\n  private static void hidden() {}",
        "@Worker method hidden may not be private; make it package-private or public",
        "void hidden()");
  }

  @Test
  void methodInPrivateClass() {
    assertError(
        "  private static class Secret {\n    @Worker\n    static void run() {}\n  }",
        "@Worker method run may not be inside the private class Secret, which the generated"
            + " launcher cannot reach",
        "void run()");
  }

  @Test
  void instanceMethod() {
    assertError(
        "  @Daemon\n  void work() {}",
        "@Daemon method work may not be abstract or an instance method; make it static, or put"
            + " @Daemon on a class implementing Runnable or Callable",
        "void work()");
  }

  @Test
  void abstractMethod() {
    JavaFileObject file =
        JavaFileObjects.forSourceString(
            "demo.Bad",
            "package demo;\nimport io.github.multiproc.annotation.Worker;\n"
                + "public abstract class Bad {\n  @Worker\n  abstract int work();\n}\n");
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining("@Worker method work may not be abstract or an" + " instance method")
        .inFile(file)
        .onLineContaining("int work()");
  }

  @Test
  void genericMethod() {
    assertError(
        "  @Worker\n  static <T> void each(String s) {}",
        "@Worker method each may not be generic; replace its type parameters with concrete types",
        "void each(");
  }

  @Test
  void lambdaParameter() {
    assertError(
        "  @Worker\n  static void call(Supplier<String> task) {}",
        "parameter task may not cross a process boundary: java.util.function.Supplier<java.lang"
            + ".String> is a functional interface",
        "Supplier<String> task",
        "java.util.function.Supplier");
  }

  @Test
  void functionalInterfaceWithoutAnnotation() {
    assertError(
        "  interface Callback { void done(String s); }\n"
            + "  @Worker\n  static void call(Callback callback) {}",
        "parameter callback may not cross a process boundary: demo.Bad.Callback is a functional"
            + " interface",
        "Callback callback");
  }

  @Test
  void threadParameter() {
    assertError(
        "  @Worker\n  static void call(Thread thread) {}",
        "parameter thread may not cross a process boundary: java.lang.Thread is a Thread, which"
            + " exists in one JVM only; pass nothing and start the thread inside the worker, or"
            + " start another @Worker process instead of a thread",
        "Thread thread");
  }

  @Test
  void executorParameter() {
    assertError(
        "  @Worker\n  static void call(ExecutorService executor) {}",
        "parameter executor may not cross a process boundary:"
            + " java.util.concurrent.ExecutorService is an executor, whose threads exist in one"
            + " JVM only; pass nothing and create the executor (or a ThreadPool) inside the"
            + " worker, or submit @Pooled tasks to a Pool in this process",
        "ExecutorService executor",
        "java.util.concurrent.ExecutorService");
    assertError(
        "  @Worker\n  static void call(java.util.concurrent.ForkJoinPool pool) {}",
        "java.util.concurrent.ForkJoinPool is an executor",
        "ForkJoinPool pool");
  }

  @Test
  void poolAndManagerParameters() {
    assertError(
        "  @Worker\n  static void call(io.github.multiproc.Pool pool) {}",
        "parameter pool may not cross a process boundary: io.github.multiproc.Pool is a pool, whose"
            + " workers belong to the process that made it (Python cannot pickle a Pool either);"
            + " pass nothing and make a pool inside the worker, or submit the work to the pool"
            + " from this process",
        "Pool pool");
    assertError(
        "  @Worker\n  static void call(io.github.multiproc.ThreadPool pool) {}",
        "io.github.multiproc.ThreadPool is a pool",
        "ThreadPool pool");
    assertError(
        "  @Worker\n  static void call(io.github.multiproc.Manager manager) {}",
        "parameter manager may not cross a process boundary: io.github.multiproc.Manager is a"
            + " manager handle, which belongs to the process that started or connected it; pass"
            + " the proxies it made (manager.dict(), manager.list(), manager.namespace(),"
            + " manager.create(...)) instead",
        "Manager manager");
  }

  @Test
  void jvmLockParameters() {
    assertError(
        "  @Worker\n  static void call(ReentrantLock lock) {}",
        "parameter lock may not cross a process boundary:"
            + " java.util.concurrent.locks.ReentrantLock locks the threads of one JVM only; pass"
            + " a ProcessLock (Python's Lock) or a ReentrantProcessLock (Python's RLock) instead,"
            + " declared as that type or as Lock",
        "ReentrantLock lock",
        "java.util.concurrent.locks.ReentrantLock");
    assertError(
        "  @Worker\n  static void call(java.util.concurrent.locks.ReadWriteLock lock) {}",
        "java.util.concurrent.locks.ReadWriteLock locks the threads of one JVM only; pass a"
            + " ProcessLock",
        "ReadWriteLock lock");
    assertError(
        "  @Worker\n"
            + "  static void call(java.util.concurrent.locks.ReentrantReadWriteLock lock) {}",
        "java.util.concurrent.locks.ReentrantReadWriteLock locks the threads of one JVM only",
        "ReentrantReadWriteLock lock");
  }

  @Test
  void jvmSynchronizerParameters() {
    assertError(
        "  @Worker\n  static void call(java.util.concurrent.Semaphore permits) {}",
        "parameter permits may not cross a process boundary: java.util.concurrent.Semaphore"
            + " synchronizes the threads of one JVM only; pass a ProcessSemaphore (Python's"
            + " Semaphore) instead, which every process it is passed to shares",
        "Semaphore permits");
    assertError(
        "  @Worker\n  static void call(java.util.concurrent.CyclicBarrier barrier) {}",
        "pass a ProcessBarrier (Python's Barrier) instead",
        "CyclicBarrier barrier");
    assertError(
        "  @Worker\n  static void call(java.util.concurrent.CountDownLatch done) {}",
        "pass a ProcessEvent (Python's Event)",
        "CountDownLatch done");
  }

  @Test
  void jvmQueueParameters() {
    assertError(
        "  @Worker\n  static void call(LinkedBlockingQueue<String> q) {}",
        "parameter q may not cross a process boundary:"
            + " java.util.concurrent.LinkedBlockingQueue<java.lang.String> is a queue of one JVM,"
            + " which a child would get as a copy; pass a ProcessQueue (Python's Queue) instead,"
            + " declared as ProcessQueue<E> or BlockingQueue<E>",
        "LinkedBlockingQueue<String> q",
        "java.util.concurrent.LinkedBlockingQueue");
    assertError(
        "  @Worker\n" + "  static void call(java.util.concurrent.ArrayBlockingQueue<Integer> q) {}",
        "is a queue of one JVM, which a child would get as a copy; pass a ProcessQueue",
        "ArrayBlockingQueue<Integer> q");
    assertError(
        "  @Worker\n"
            + "  static void call(java.util.concurrent.ConcurrentLinkedQueue<Integer> q) {}",
        "is a queue of one JVM, which a child would get as a copy; pass a ProcessQueue",
        "ConcurrentLinkedQueue<Integer> q");
  }

  @Test
  void atomicParameters() {
    assertError(
        "  @Worker\n  static void call(AtomicInteger count) {}",
        "parameter count may not cross a process boundary:"
            + " java.util.concurrent.atomic.AtomicInteger is shared by the threads of one JVM"
            + " only, and a child would get a copy; pass a SharedInt (Python's Value('i'))"
            + " instead, which every process it is passed to shares",
        "AtomicInteger count",
        "java.util.concurrent.atomic.AtomicInteger");
    assertError(
        "  @Worker\n  static void call(java.util.concurrent.atomic.AtomicLong total) {}",
        "pass a SharedLong (Python's Value('q')) instead",
        "AtomicLong total");
    assertError(
        "  @Worker\n" + "  static void call(java.util.concurrent.atomic.AtomicBoolean flag) {}",
        "pass a SharedByte holding 0 or 1 (Python's Value('b')), or a ProcessEvent",
        "AtomicBoolean flag");
    assertError(
        "  @Worker\n" + "  static void call(java.util.concurrent.atomic.AtomicLongArray totals) {}",
        "pass a SharedLongArray (Python's Array('q', n)) instead",
        "AtomicLongArray totals");
    assertError(
        "  @Worker\n  static void call(java.util.concurrent.atomic.DoubleAdder sum) {}",
        "pass a SharedDouble (Python's Value('d')) instead",
        "DoubleAdder sum");
    assertError(
        "  @Worker\n"
            + "  static void call(java.util.concurrent.atomic.AtomicReference<String> r) {}",
        "pass a Namespace from Manager.namespace() (Python's manager.Namespace())",
        "AtomicReference<String> r");
  }

  @Test
  void jvmLockInsideRecord() {
    assertError(
        "  record Job(String name, ReentrantLock guard) {}\n"
            + "  @Worker\n  static void call(Job job) {}",
        "parameter job (through Job.guard) may not cross a process boundary:"
            + " java.util.concurrent.locks.ReentrantLock locks the threads of one JVM only; pass"
            + " a ProcessLock",
        "Job job",
        "java.util.concurrent.locks.ReentrantLock");
  }

  @Test
  void legacyDates() {
    assertError(
        "  @Worker\n  static void call(java.util.Date when) {}",
        "parameter when may not cross a process boundary: java.util.Date is a mutable legacy"
            + " date class, which has no codec; pass an Instant instead (date.toInstant(), and"
            + " Date.from(instant) where a Date is needed)",
        "Date when");
    assertError(
        "  @Worker\n  static java.util.Date call() { return null; }",
        "the result of call may not cross a process boundary: java.util.Date is a mutable legacy"
            + " date class",
        "Date call()");
    assertError(
        "  @Worker\n  static void call(java.util.GregorianCalendar when) {}",
        "java.util.GregorianCalendar is a mutable legacy calendar class, which has no codec; pass"
            + " a ZonedDateTime instead",
        "GregorianCalendar when");
  }

  @Test
  void streamParameters() {
    assertError(
        "  @Worker\n  static void call(java.util.stream.IntStream numbers) {}",
        "parameter numbers may not cross a process boundary: java.util.stream.IntStream is a"
            + " stream",
        "IntStream numbers");
    assertError(
        "  @Worker\n  static void call(java.io.FileInputStream in) {}",
        "java.io.FileInputStream is a stream",
        "FileInputStream in");
    assertError(
        "  @Worker\n  static java.io.Writer call() { return null; }",
        "the result of call may not cross a process boundary: java.io.Writer is a stream",
        "Writer call()");
  }

  @Test
  void socketParameters() {
    assertError(
        "  @Worker\n  static void call(java.net.Socket socket) {}",
        "parameter socket may not cross a process boundary: java.net.Socket is a socket or"
            + " channel, which belongs to this process; pass its address",
        "Socket socket");
    assertError(
        "  @Worker\n  static void call(java.nio.channels.SocketChannel channel) {}",
        "java.nio.channels.SocketChannel is a socket or channel",
        "SocketChannel channel");
  }

  @Test
  void innerClassParameter() {
    assertError(
        "  class Inner {}\n  @Worker\n  static void call(Inner inner) {}",
        "parameter inner may not cross a process boundary: demo.Bad.Inner is a non-static inner"
            + " class",
        "Inner inner");
  }

  @Test
  void rawAndWildcardTypes() {
    assertError(
        "  @Worker\n  static void call(List names) {}",
        "parameter names may not cross a process boundary: java.util.List is a type variable, a"
            + " wildcard or a raw type",
        "List names",
        "java.util.List");
    assertError(
        "  @Worker\n  static void call(List<? extends Number> names) {}",
        "? extends java.lang.Number is a type variable, a wildcard or a raw type",
        "List<? extends Number> names",
        "java.util.List");
  }

  @Test
  void plainClass() {
    assertError(
        "  static class Plain {}\n  @Worker\n  static void call(Plain plain) {}",
        "parameter plain may not cross a process boundary: demo.Bad.Plain is a class that is"
            + " neither a record, an enum, a sealed hierarchy of records nor a built-in type; make"
            + " it a record, an enum or a sealed interface of records",
        "Plain plain");
    assertError(
        "  static class Plain {}\n  @Worker\n  static Plain call() { return null; }",
        "the result of call may not cross a process boundary: demo.Bad.Plain is a class that is"
            + " neither",
        "Plain call()");
  }

  @Test
  void recordComponentThatCannotCross() {
    assertError(
        "  record Job(String name, Runnable action) {}\n"
            + "  @Worker\n  static void call(Job job) {}",
        "parameter job (through Job.action) may not cross a process boundary: java.lang.Runnable"
            + " is a functional interface",
        "Job job");
  }

  @Test
  void genericArray() {
    assertError(
        "  @Worker\n  static void call(List<String>[] lists) {}",
        "java.util.List<java.lang.String>[] is an array of a generic type; use a List instead",
        "lists",
        "java.util.List");
  }

  @Test
  void sealedWithPlainSubtype() {
    assertError(
        "  sealed interface Shape permits Dot {}\n"
            + "  static final class Dot implements Shape {}\n"
            + "  @Worker\n  static void call(Shape shape) {}",
        "parameter shape may not cross a process boundary: sealed demo.Bad.Shape permits"
            + " demo.Bad.Dot, which is neither a record, an enum nor a sealed interface",
        "Shape shape");
  }

  @Test
  void genericSealed() {
    assertError(
        "  sealed interface Box<T> permits Full {}\n"
            + "  record Full(String v) implements Box<String> {}\n"
            + "  @Worker\n  static void call(Box<String> box) {}",
        "demo.Bad.Box<java.lang.String> is a generic sealed type; make it non-generic",
        "Box<String> box");
  }

  @Test
  void genericRecordWithOtherTypeArguments() {
    assertError(
        "  record Node<T>(T value, List<Node<List<T>>> deeper) {}\n"
            + "  @Worker\n  static void call(Node<String> node) {}",
        "generic record demo.Bad.Node refers to itself with other type arguments than its own",
        "Node<String> node",
        "java.util.List");
  }

  @Test
  void inaccessibleRecord() {
    JavaFileObject other =
        JavaFileObjects.forSourceString(
            "other.Holder",
            "package other;\npublic class Holder {\n  record Hidden(String s) {}\n"
                + "  public static Object make() { return null; }\n}\n");
    JavaFileObject file =
        JavaFileObjects.forSourceString(
            "demo.Bad",
            "package demo;\nimport io.github.multiproc.annotation.Worker;\n"
                + "public class Bad {\n  private record Secret(int x) {}\n"
                + "  @Worker\n  static void call(Secret secret) {}\n}\n");
    Compilation compilation = compile(file, other);
    assertThat(compilation)
        .hadErrorContaining(
            "parameter secret may not cross a process"
                + " boundary: demo.Bad.Secret is not accessible from package demo, where its generated"
                + " codec lives; make it public")
        .inFile(file)
        .onLineContaining("Secret secret");
  }

  @Test
  void classWorkerNeitherRunnableNorCallable() {
    assertError(
        "  @Worker\n  public static class Task {}",
        "@Worker class Task may not be a class that implements neither Runnable nor Callable,"
            + " since the child would not know what to run; implement Runnable (run()) or"
            + " Callable<R> (call())",
        "class Task");
  }

  @Test
  void classWorkerBothRunnableAndCallable() {
    assertError(
        "  @Worker\n  public static class Task implements Runnable,"
            + " java.util.concurrent.Callable<String> {\n"
            + "    public void run() {}\n    public String call() { return \"\"; }\n  }",
        "@Worker class Task may not be both Runnable and Callable",
        "class Task");
  }

  @Test
  void abstractClassWorker() {
    assertError(
        "  @Worker\n  public abstract static class Task implements Runnable {}",
        "@Worker class Task may not be abstract or an interface; make it a concrete class",
        "class Task");
  }

  @Test
  void innerClassWorker() {
    assertError(
        "  @Worker\n  public class Task implements Runnable { public void run() {} }",
        "@Worker class Task may not be a non-static inner class; make it static",
        "class Task");
  }

  @Test
  void privateClassWorker() {
    assertError(
        "  @Daemon\n  private static class Task implements Runnable {" + " public void run() {} }",
        "@Daemon class Task may not be private; make it package-private or public",
        "class Task");
  }

  @Test
  void genericClassWorker() {
    assertError(
        "  @Worker\n  public static class Task<T> implements Runnable {"
            + " public void run() {} }",
        "@Worker class Task may not be generic; give it concrete types",
        "class Task");
  }

  @Test
  void objectCrossesEverywhereAsRunTimeTypedValue() {
    JavaFileObject file =
        source(
            "  @Worker\n  public static class Task implements"
                + " java.util.concurrent.Callable<Object> {\n"
                + "    public Task(Object seed, List<Object> more, Object[] all) {}\n"
                + "    public Object call() { return null; }\n  }",
            "java.util.List");
    Compilation compilation = compile(file);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("demo.Bad_TaskProcesses")
        .contentsAsUtf8String()
        .contains("Codecs.OBJECT.encode(out, seed);");
    assertThat(compilation)
        .generatedSourceFile("demo.Bad_TaskProcesses")
        .contentsAsUtf8String()
        .contains("Codecs.list(Codecs.OBJECT).encode(out, more);");
    assertThat(compilation)
        .generatedSourceFile("demo.Bad_Task_Launcher")
        .contentsAsUtf8String()
        .contains("Codecs.OBJECT.encode(result, new Bad.Task(seed, more, all).call());");
  }

  @Test
  void channelOfThread() {
    assertError(
        "  @Worker\n  static void call(ProcessQueue<Thread> q) {}",
        "the elements of parameter q may not cross a process boundary: java.lang.Thread is a"
            + " Thread, which exists in one JVM only; pass nothing and start the thread inside the"
            + " worker",
        "ProcessQueue<Thread> q",
        "io.github.multiproc.ProcessQueue");
  }

  @Test
  void channelOfJvmOnlyTypes() {
    assertError(
        "  @Worker\n  static void call(ProcessQueue<AtomicInteger> q) {}",
        "the elements of parameter q may not cross a process boundary:"
            + " java.util.concurrent.atomic.AtomicInteger works within one JVM only, and its"
            + " multiproc counterpart, a SharedInt (Python's Value('i')), travels only as a worker"
            + " parameter (or inside one), never as a channel item; pass that to the worker"
            + " directly",
        "ProcessQueue<AtomicInteger> q",
        "io.github.multiproc.ProcessQueue",
        "java.util.concurrent.atomic.AtomicInteger");
    assertError(
        "  @Worker\n  static void call(ProcessQueue<ReentrantLock> q) {}",
        "java.util.concurrent.locks.ReentrantLock works within one JVM only, and its multiproc"
            + " counterpart, a ProcessLock, travels only as a worker parameter",
        "ProcessQueue<ReentrantLock> q",
        "io.github.multiproc.ProcessQueue",
        "java.util.concurrent.locks.ReentrantLock");
    assertError(
        "  @Worker\n  static void call(ProcessQueue<java.util.Date> q) {}",
        "the elements of parameter q may not cross a process boundary: java.util.Date is a"
            + " mutable legacy date class, which has no codec; pass an Instant instead",
        "ProcessQueue<java.util.Date> q",
        "io.github.multiproc.ProcessQueue");
  }

  @Test
  void channelOfRecordWithBadComponent() {
    assertError(
        "  record Job(String name, Runnable action) {}\n"
            + "  @Worker\n  static void call(Connection<Job> jobs) {}",
        "the elements of parameter jobs (through Job.action) may not cross a process boundary:"
            + " java.lang.Runnable is a functional interface",
        "Connection<Job> jobs",
        "io.github.multiproc.Connection");
  }

  @Test
  void channelOfWildcardOrRaw() {
    assertError(
        "  @Worker\n  static void call(BlockingQueue<?> q) {}",
        "the elements of parameter q may not cross a process boundary: ? is a type variable, a"
            + " wildcard or a raw type",
        "BlockingQueue<?> q",
        "java.util.concurrent.BlockingQueue");
    assertError(
        "  @Worker\n  static void call(SimpleProcessQueue q) {}",
        "parameter q may not cross a process boundary: io.github.multiproc.SimpleProcessQueue is a"
            + " type variable, a wildcard or a raw type",
        "SimpleProcessQueue q",
        "io.github.multiproc.SimpleProcessQueue");
  }

  @Test
  void channelOfTypeObjectCannotCarry() {
    assertError(
        "  @Worker\n  static void call(ProcessQueue<TreeSet<String>> q) {}",
        "the elements of parameter q may not cross a process boundary:"
            + " java.util.TreeSet<java.lang.String> cannot travel inside a channel, which sends each"
            + " item as a run-time-typed value (Codecs.OBJECT); use a record, an enum, a sealed"
            + " interface of records, a boxed primitive, String, List, Set, Map, Optional, byte[],"
            + " int[], long[], double[], Object[], BigInteger, BigDecimal, UUID, Instant, Duration,"
            + " LocalDate, LocalTime, LocalDateTime or ZonedDateTime, or wrap the value in a record",
        "q) {}",
        "io.github.multiproc.ProcessQueue",
        "java.util.TreeSet");
    assertError(
        "  @Worker\n  static void call(Connection<List<String[]>> c) {}",
        "the elements of parameter c may not cross a process boundary: java.lang.String[] cannot"
            + " travel inside a channel",
        "c) {}",
        "io.github.multiproc.Connection",
        "java.util.List");
    assertError(
        "  record Pair<A>(A a) {}\n  @Worker\n  static void call(Connection<Pair<String>> c)"
            + " {}",
        "demo.Bad.Pair<java.lang.String> cannot travel inside a channel",
        "c) {}",
        "io.github.multiproc.Connection");
  }

  @Test
  void channelOfHandles() {
    assertError(
        "  @Worker\n  static void call(ProcessQueue<ProcessLock> q) {}",
        "the elements of parameter q may not cross a process boundary:"
            + " io.github.multiproc.ProcessLock is a queue, lock or shared object, which travels"
            + " only as a worker parameter (or inside one), never as a channel item (of the handles"
            + " only a pipe end, a Connection, may be one); pass it to the worker directly",
        "q) {}",
        "io.github.multiproc.ProcessQueue",
        "io.github.multiproc.ProcessLock");
  }

  @Test
  void channelOfPipeEndsCompilesButTheirMessagesMustCross() {
    // A pipe end is the one handle that travels as an item: Python's resource sharer.
    Compilation compilation =
        compile(
            source(
                "  @Worker\n  static void call("
                    + "ProcessQueue<Connection<String>> q, Connection<List<Connection<Long>>> c) {}",
                "io.github.multiproc.ProcessQueue",
                "io.github.multiproc.Connection",
                "java.util.List"));
    assertThat(compilation).succeeded();
    assertError(
        "  @Worker\n  static void call(ProcessQueue<Connection<Thread>> q) {}",
        "the elements of parameter q may not cross a process boundary: java.lang.Thread",
        "q) {}",
        "io.github.multiproc.ProcessQueue",
        "io.github.multiproc.Connection");
  }

  @Test
  void channelOfManagerProxies() {
    // A manager's own proxy types are handles like a @Managed interface: parameters, not items.
    assertError(
        "  @Worker\n  static void call(ProcessQueue<ManagedEvent> q) {}",
        "the elements of parameter q may not cross a process boundary:"
            + " io.github.multiproc.ManagedEvent is a queue, lock or shared object",
        "q) {}",
        "io.github.multiproc.ProcessQueue",
        "io.github.multiproc.ManagedEvent");
    assertError(
        "  @Worker\n  static void call(ProcessQueue<ManagedValue<String>> q) {}",
        "io.github.multiproc.ManagedValue<java.lang.String> is a queue, lock or shared" + " object",
        "q) {}",
        "io.github.multiproc.ProcessQueue",
        "io.github.multiproc.ManagedValue");
  }

  @Test
  void portableClass() {
    JavaFileObject file =
        JavaFileObjects.forSourceString(
            "demo.Plain",
            "package demo;\nimport io.github.multiproc.annotation.Portable;\n"
                + "@Portable\npublic class Plain {}\n");
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "@Portable type demo.Plain may not be a class that"
                + " is not sealed; make it a record, an enum or a sealed interface whose permitted"
                + " subtypes are records or enums, so that a codec can be generated for it")
        .inFile(file)
        .onLineContaining("class Plain");
  }

  @Test
  void portableInterface() {
    JavaFileObject file =
        JavaFileObjects.forSourceString(
            "demo.Shape",
            "package demo;\nimport io.github.multiproc.annotation.Portable;\n"
                + "@Portable\npublic interface Shape {}\n");
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "@Portable type demo.Shape may not be an interface" + " that is not sealed")
        .inFile(file)
        .onLineContaining("interface Shape");
  }

  @Test
  void portableGenericRecord() {
    JavaFileObject file =
        JavaFileObjects.forSourceString(
            "demo.Box",
            "package demo;\nimport io.github.multiproc.annotation.Portable;\n"
                + "@Portable\npublic record Box<T>(T value) {}\n");
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "@Portable record demo.Box may not be generic,"
                + " because a value sent as an Object carries no type arguments; give its components"
                + " concrete types")
        .inFile(file)
        .onLineContaining("record Box");
  }

  @Test
  void portableRecordWithBadComponent() {
    JavaFileObject file =
        JavaFileObjects.forSourceString(
            "demo.Job",
            "package demo;\nimport io.github.multiproc.annotation.Portable;\n"
                + "@Portable\npublic record Job(String name, Thread thread) {}\n");
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "@Portable type demo.Job (through Job.thread) may"
                + " not cross a process boundary: java.lang.Thread is a Thread")
        .inFile(file)
        .onLineContaining("record Job");
  }

  @Test
  void severalInjectConstructors() {
    assertError(
        "  @Worker\n  public static class Task implements Runnable {\n"
            + "    @Inject public Task(int a) {}\n    @Inject public Task(long a) {}\n"
            + "    public void run() {}\n  }",
        "@Worker class Task may not have more than one @Inject constructor",
        "class Task",
        "jakarta.inject.Inject");
  }

  @Test
  void privateInjectConstructor() {
    assertError(
        "  @Worker\n  public static class Task implements Runnable {\n"
            + "    @Inject private Task(int a) {}\n    public void run() {}\n  }",
        "@Inject constructor of Task may not be private; make it package-private or public",
        "private Task(int a)",
        "jakarta.inject.Inject");
  }

  @Test
  void javaxInjectIsAcceptedByName() {
    JavaFileObject inject =
        JavaFileObjects.forSourceString(
            "javax.inject.Inject", "package javax.inject;\npublic @interface Inject {}\n");
    JavaFileObject file =
        source(
            "  @Worker\n  public static class Task implements Runnable {\n"
                + "    @javax.inject.Inject Task(int a) {}\n    public Task() {}\n"
                + "    public Task(long b) {}\n    public void run() {}\n  }");
    Compilation compilation = compile(file, inject);
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .generatedSourceFile("demo.Bad_TaskProcesses")
        .contentsAsUtf8String()
        .contains("static ChildProcess<Void> create(int a)");
  }

  @Test
  void ambiguousPublicConstructors() {
    assertError(
        "  @Worker\n  public static class Task implements Runnable {\n"
            + "    public Task(int a) {}\n    public Task(long a) {}\n"
            + "    public void run() {}\n  }",
        "@Worker class Task may not have several public constructors and none annotated @Inject;"
            + " annotate the one the launcher should call with @Inject",
        "class Task");
  }

  @Test
  void noUsableConstructor() {
    assertError(
        "  @Worker\n  public static class Task implements Runnable {\n"
            + "    private Task() {}\n    Task(int a) {}\n    public void run() {}\n  }",
        "@Worker class Task may not have only constructors the launcher cannot choose (none is"
            + " public or annotated @Inject, and there is not exactly one non-private one); add a"
            + " public constructor or annotate one with @Inject",
        "class Task");
  }

  @Test
  void factoryClash() {
    assertError(
        "  @Worker\n  public static class Task implements Runnable {\n"
            + "    public Task(int a) {}\n    public void run() {}\n"
            + "    @Worker static void create(int b) {}\n  }",
        "may not have the same factory signature create(int) as another member of Task",
        "class Task");
  }

  @Test
  void unresolvedTypeIsReportedOnce() {
    JavaFileObject file = source("  @Worker\n  static void call(Missing missing) {}");
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "parameter missing may not refer to a type that" + " does not exist (Missing)")
        .inFile(file)
        .onLineContaining("Missing missing");
  }

  @Test
  void oneCompileShowsEveryError() {
    JavaFileObject file =
        source(
            "  @Worker\n  private static void one(Thread t) {}\n" + "  @Worker\n  void two() {}");
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(3);
    assertThat(compilation)
        .hadErrorContaining("method one may not be private")
        .inFile(file)
        .onLineContaining("void one(");
    assertThat(compilation)
        .hadErrorContaining("parameter t may not cross")
        .inFile(file)
        .onLineContaining("void one(");
    assertThat(compilation)
        .hadErrorContaining("method two may not be abstract")
        .inFile(file)
        .onLineContaining("void two(");
  }

  // @Pooled methods: the worker rules, plus what a PoolTask constant and its body need.

  @Test
  void privatePooledMethod() {
    assertError(
        "  @Pooled\n  private static int hidden(int i) { return i; }",
        "@Pooled method hidden may not be private; make it package-private or public so the"
            + " generated pool task can call it",
        "int hidden(");
  }

  @Test
  void pooledMethodInPrivateClass() {
    assertError(
        "  private static class Secret {\n    @Pooled\n    static void run() {}\n  }",
        "@Pooled method run may not be inside the private class Secret, which the generated pool"
            + " task cannot reach; move it to a top-level or static nested class",
        "void run()");
  }

  @Test
  void pooledInstanceMethod() {
    assertError(
        "  @Pooled\n  int work(int i) { return i; }",
        "@Pooled method work may not be abstract or an instance method, because a pool worker has"
            + " no instance to call it on; make it static and pass what it needs as parameters",
        "int work(");
  }

  @Test
  void pooledAbstractMethod() {
    JavaFileObject file =
        JavaFileObjects.forSourceString(
            "demo.Bad",
            "package demo;\nimport io.github.multiproc.annotation.Pooled;\n"
                + "public abstract class Bad {\n  @Pooled\n  abstract int work();\n}\n");
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("@Pooled method work may not be abstract or an" + " instance method")
        .inFile(file)
        .onLineContaining("int work()");
  }

  @Test
  void pooledGenericMethod() {
    assertError(
        "  @Pooled\n  static <T> String each(String s) { return s; }",
        "@Pooled method each may not be generic; replace its type parameters with concrete types",
        "String each(");
  }

  @Test
  void pooledTypesThatCannotCross() {
    assertError(
        "  @Pooled\n  static int call(Supplier<String> task, int times) { return 0; }",
        "parameter task may not cross a process boundary: java.util.function.Supplier<java.lang"
            + ".String> is a functional interface",
        "Supplier<String> task",
        "java.util.function.Supplier");
    assertError(
        "  @Pooled\n  static Thread start(String name) { return null; }",
        "the result of start may not cross a process boundary: java.lang.Thread is a Thread",
        "Thread start(");
    assertError(
        "  static class Plain {}\n  @Pooled\n  static void use(Plain plain) {}",
        "parameter plain may not cross a process boundary: demo.Bad.Plain is a class that is"
            + " neither a record",
        "Plain plain");
  }

  @Test
  void twoPooledMethodsWithOneName() {
    assertError(
        "  @Pooled\n  static int add(int a, int b) { return a + b; }\n"
            + "  @Pooled\n  static long add(long a, long b) { return a + b; }",
        "@Pooled method add may not share its name with another @Pooled method of Bad, because"
            + " each becomes the constant BadTasks.add; rename one of them",
        "long add(long a");
  }

  @Test
  void overloadWithoutPooledIsFine() {
    Compilation compilation =
        compile(
            source(
                "  @Pooled\n  static int add(int a) { return a; }\n"
                    + "  static long add(Object a) { return 0; }"));
    assertThat(compilation).succeeded();
    // A method reference from the boxed Integer would pick add(Object): the body unboxes first.
    assertThat(compilation)
        .generatedSourceFile("demo.BadTasks")
        .contentsAsUtf8String()
        .contains("argument -> Bad.add((int) argument)");
  }

  @Test
  void pooledThrowingThrowable() {
    assertError(
        "  @Pooled\n  static void risky() throws Throwable {}",
        "@Pooled method risky may not declare throws java.lang.Throwable, which is neither an"
            + " Exception nor an Error and so cannot be rethrown by a pool task; declare Exception"
            + " (or a subclass) instead",
        "void risky()");
  }

  @Test
  void workerAndPooledOnOneMethodReportOnce() {
    assertError(
        "  @Worker\n  @Pooled\n  private static void both() {}",
        "@Worker method both may not be private",
        "void both()");
  }

  @Test
  void workerAndPooledOnOneMethodIsFine() {
    Compilation compilation =
        compile(source("  @Worker\n  @Pooled\n  static int both(int i) {" + " return i; }"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("demo.BadProcesses");
    assertThat(compilation).generatedSourceFile("demo.BadTasks");
  }

  @Test
  void pooledParameterNamedLikeAnObjectMethod() {
    assertError(
        "  @Pooled\n  static int mix(int hashCode, int b) { return b; }",
        "@Pooled method mix may not have a parameter named hashCode, because it becomes a"
            + " component of the argument record BadTasks.MixArgs, and a record component may not"
            + " be named like a method of Object; rename the parameter",
        "int hashCode");
  }
}
