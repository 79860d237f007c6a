package io.github.multiproc.samples;

import io.github.multiproc.ChildProcess;
import io.github.multiproc.annotation.Worker;

/**
 * Seed 003 "多进程" (multiprocessing): one process says hello to john.
 *
 * <pre>{@code
 * from multiprocessing import Process
 * def f(name):
 *     print(f'hello {name}')
 * p = Process(target=f, args=('john',))
 * p.start()
 * p.join()
 * }</pre>
 *
 * <p>The note explains {@code target} (what to call) and {@code args} (its positional arguments).
 * In Java both are one call: {@code HelloProcesses.f("john")}, generated from the {@code @Worker}
 * method, names the target and takes its arguments, checked by the compiler (a wrong argument type
 * or count does not compile, where Python fails in the child at run time).
 */
public final class Hello {
  private Hello() {}

  @Worker
  static void f(String name) {
    System.out.println("hello " + name);
  }

  /** Runs {@code f("john")} in a child and waits for it. */
  public static void main(String[] args) throws InterruptedException {
    ChildProcess<Void> p = HelloProcesses.f("john"); // Process(target=f, args=('john',))
    p.start();
    p.join();
  }
}
