package io.github.multiproc.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks code that runs in a child JVM: Python's {@code multiprocessing.Process(target=f, args=...)}.
 *
 * <p>On a static method, the processor generates {@code <Class>Processes.<method>(...)}, a factory
 * with the same parameters that returns an unstarted {@code ChildProcess}; the arguments are
 * marshalled by generated codecs, never by Java serialization.
 *
 * <pre>{@code
 * public class Basic {
 *   @Worker
 *   static void worker(int num) { System.out.println("Worker: " + num); }
 * }
 *
 * BasicProcesses.worker(3).start();   // Python: Process(target=worker, args=(3,)).start()
 * }</pre>
 *
 * <p>On a class implementing {@link Runnable} or {@link java.util.concurrent.Callable}, Python's
 * {@code class ClockProcess(Process): def run(self)}: the processor generates
 * {@code <Class>Processes.create(...)} taking the parameters of the class's {@code @Inject}
 * constructor (or of its only public constructor); the child builds the object with them and calls
 * {@code run()} or {@code call()}.
 *
 * <p>A worker is not a daemon: the parent JVM waits for it before exiting, as Python joins
 * non-daemonic children at exit. See {@link Daemon} for the other kind.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Worker {
  /**
   * The process name, Python's {@code Process(name=...)}; empty means Python's default,
   * {@code Process-N}. The handle's {@code name(...)} overrides it before start.
   */
  String name() default "";

  /**
   * Extra JVM arguments for the child, such as {@code "-Xmx64m"}: each worker may have its own
   * heap, GC and system properties. The handle's {@code jvmArgs(...)} adds to them before start.
   */
  String[] jvmArgs() default {};
}
