package io.github.multiproc.samples;

import io.github.multiproc.ChildProcess;
import io.github.multiproc.annotation.Worker;

/**
 * Seed 004 "多进程" (multiprocessing): each process prints who it is and who its parent is.
 *
 * <pre>{@code
 * def info(title):
 *     print(title)
 *     print('module name:', __name__)
 *     print('parent process:', os.getppid())
 *     print('process id:', os.getpid())
 *     print("\n\n")
 *
 * def f(name):
 *     info('\033[31;1mfunction f\033[0m')
 *     print('hello', name)
 *
 * if __name__ == '__main__':
 *     info('\033[32;1mmain process line\033[0m')
 *     p = Process(target=f, args=('bob',))
 *     p.start()
 *     p.join()
 * }</pre>
 *
 * <p>Java has no {@code __name__}: code does not run as a "script module" but always in a named
 * class. The closest analogue, printed here as "module name", is the name of the class the code
 * lives in; unlike Python's ({@code __main__} in the parent, {@code __mp_main__} in a spawned
 * child) it is the same in both processes. {@code os.getppid()} and {@code os.getpid()} are
 * {@link ProcessHandle}'s: in the parent, the parent is whatever started the JVM (the shell, the
 * build tool); in the child, it is the parent JVM. The titles drop the Python's ANSI colour codes
 * so that the output reads cleanly in logs.
 */
public final class Info {
  private Info() {}

  static void info(String title) {
    ProcessHandle self = ProcessHandle.current();
    System.out.println(title);
    System.out.println("module name: " + Info.class.getName()); // __name__
    System.out.println(
        "parent process: " + self.parent().map(p -> Long.toString(p.pid())).orElse("unknown"));
    System.out.println("process id: " + self.pid());
    System.out.println("\n\n");
  }

  @Worker
  static void f(String name) {
    info("function f");
    System.out.println("hello " + name);
  }

  /** Prints the parent's info, then runs {@code f("bob")} in a child and waits for it. */
  public static void main(String[] args) throws InterruptedException {
    info("main process line");
    ChildProcess<Void> p = InfoProcesses.f("bob");
    p.start();
    p.join();
  }
}
