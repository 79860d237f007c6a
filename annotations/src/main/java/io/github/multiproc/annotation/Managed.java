package io.github.multiproc.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an interface whose objects live in a manager process and are used through proxies from any
 * process: Python's {@code BaseManager.register(typeid, callable)}, checked at compile time.
 *
 * <pre>{@code
 * @Managed(implementation = CounterImpl.class)
 * public interface Counter {
 *   int increment(int by);
 * }
 *
 * public class Bumper {
 *   @Worker
 *   static int bump(Counter counter) { return counter.increment(1); }
 * }
 *
 * try (Manager manager = Manager.start()) {
 *   Counter counter = manager.create(Counter.class);   // Python: manager.Counter()
 *   BumperProcesses.bump(counter).start();             // the proxy crosses to a worker
 * }
 * }</pre>
 *
 * <p>The processor generates the proxy and the server-side dispatcher, with codecs for every
 * parameter and result; a method whose types cannot cross is a compile error.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Managed {
  /**
   * The class the manager process instantiates: it implements the interface and has a public
   * no-argument constructor.
   */
  Class<?> implementation();
}
