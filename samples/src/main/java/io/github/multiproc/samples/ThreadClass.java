package io.github.multiproc.samples;

/**
 * Seed 003 "多线程类调用" (a thread as a class): a {@link Thread} subclass overrides {@code run}.
 *
 * <pre>{@code
 * import threading
 *
 * class MyThread(threading.Thread):
 *     def __init__(self, n):
 *         super().__init__() # 重构run函数必须要写 (required when overriding run)
 *         self.n = n
 *
 *     def run(self):
 *         print("current task：", self.n)
 *
 * if __name__ == "__main__":
 *     t1 = MyThread("thread 1")
 *     t2 = MyThread("thread 2")
 *
 *     t1.start()
 *     t2.start()
 *     # 将 t1 和 t2 加入到主线程中 (join t1 and t2 to the main thread)
 *     t1.join()
 *     t2.join()
 * }</pre>
 *
 * <p>The Java class reads line for line like the Python one: {@code super()} in the constructor,
 * a field for {@code n}, and {@code run()} overridden. Java code today usually passes a
 * {@link Runnable} instead of subclassing {@code Thread} (see the {@code threads} sample); the
 * process counterpart of this class is the {@code @Worker} class of the {@code clock} sample. The
 * two lines come out in either order.
 */
public final class ThreadClass {
  private ThreadClass() {}

  /** Python's {@code MyThread(threading.Thread)}. */
  static final class MyThread extends Thread {
    private final String n;

    MyThread(String n) {
      super(); // super().__init__()
      this.n = n;
    }

    @Override
    public void run() {
      System.out.println("current task: " + n);
    }
  }

  /** Starts two {@code MyThread}s and joins them. */
  public static void main(String[] args) throws InterruptedException {
    MyThread t1 = new MyThread("thread 1");
    MyThread t2 = new MyThread("thread 2");

    t1.start();
    t2.start();
    t1.join();
    t2.join();
  }
}
