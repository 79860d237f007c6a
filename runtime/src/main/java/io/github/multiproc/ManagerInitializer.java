package io.github.multiproc;

import java.util.List;

/**
 * Code the manager's server process runs once when it starts, before it serves anyone: Python's
 * {@code BaseManager.start(initializer, initargs)}. Give it to {@link Manager#start(Class,
 * Object...)}.
 *
 * <p>The server is another JVM, so the initializer crosses by name, never as code or bytes that
 * choose a class: an implementation must be a public class with a public no-argument constructor,
 * registered for {@link java.util.ServiceLoader} in
 * {@code META-INF/services/io.github.multiproc.ManagerInitializer} (or a {@code provides} clause of
 * a module), on the class path of the process that starts the manager (which the server shares).
 * The server runs only a registered provider whose class has the name asked for.
 */
public interface ManagerInitializer {
  /**
   * Runs in the manager's server process before it accepts connections: Python's
   * {@code initializer(*initargs)}. A failure stops the server, and {@code Manager.start} throws.
   *
   * @param args the {@code initargs} given to {@code Manager.start}, decoded in the server
   */
  void initialize(List<Object> args) throws Exception;
}
