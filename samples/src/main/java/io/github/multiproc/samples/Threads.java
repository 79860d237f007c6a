package io.github.multiproc.samples;

/**
 * Seed 003 "多线程函数调用" (calling a function on threads): two threads run the same function.
 *
 * <pre>{@code
 * import threading
 *
 * def run(n):
 *     print("current task：", n)
 *
 * if __name__ == "__main__":
 *     t1 = threading.Thread(target=run, args=("thread 1",))
 *     t2 = threading.Thread(target=run, args=("thread 2",))
 *     t1.start()
 *     t2.start()
 * }</pre>
 *
 * <p>Java has threads natively, so this sample uses nothing of multiproc: {@code target} and
 * {@code args} become a lambda that calls {@code run} with its argument, checked by the compiler.
 * Unlike Python's threads, these run truly in parallel (there is no global interpreter lock), which
 * is why a Java program needs processes only for what threads cannot give (see README).
 *
 * <p>The Python script ends without joining and the interpreter waits for its threads at exit, as
 * the JVM does for non-daemon threads. The port joins them because the samples CLI runs the next
 * sample in the same JVM. The two lines come out in either order.
 */
public final class Threads {
  private Threads() {}

  static void run(String n) {
    System.out.println("current task: " + n);
  }

  /** Starts two threads running {@code run} and waits for them. */
  public static void main(String[] args) throws InterruptedException {
    Thread t1 = new Thread(() -> run("thread 1")); // threading.Thread(target=run, args=(...))
    Thread t2 = new Thread(() -> run("thread 2"));
    t1.start();
    t2.start();
    t1.join();
    t2.join();
  }
}
