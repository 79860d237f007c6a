package io.github.multiproc.samples;

import io.github.multiproc.Pool;
import io.github.multiproc.annotation.Pooled;

/**
 * Seed 004 "进程池" (process pool): ten tasks on a pool of five, each result handed to a callback
 * that runs in the parent.
 *
 * <pre>{@code
 * from  multiprocessing import Process,Pool
 * import time
 *
 * def Foo(i):
 *     time.sleep(2)
 *     return i+100
 * def Bar(arg):
 *     print('-->exec done:',arg)
 *
 * pool = Pool(5)  #允许进程池同时放入5个进程 (five processes at a time)
 * for i in range(10):
 *     pool.apply_async(func=Foo, args=(i,),callback=Bar)  # callback 是由父进程来执行了
 *     #pool.apply(func=Foo, args=(i,))                    # (the callback runs in the parent)
 * print('end')
 * pool.close()
 * pool.join() #主进程等待所有子进程执行完毕。必须在close()或terminate()之后。
 * }</pre>
 *
 * <p>{@code Foo} sleeps 0.2 s instead of the Python's 2 s to keep the run short. {@code end}
 * prints at once, since {@code applyAsync} only queues the task; the ten
 * {@code -->exec done: 100} ... {@code 109} lines follow as results come back, five at a time, in
 * whatever order the workers finish. {@code bar} runs in the parent process, as the note stresses.
 *
 * <p>The note's commented-out line is the synchronous form, {@code apply}, which waits for its
 * result ("同步执行（串行）", serial): the port calls it once after {@code end}, so it queues
 * behind the ten asynchronous tasks and its line shows among the last callbacks.
 */
public final class PoolCallback {
  private PoolCallback() {}

  @Pooled
  static int foo(int i) throws InterruptedException {
    Thread.sleep(200);
    return i + 100;
  }

  static void bar(int arg) {
    System.out.println("-->exec done: " + arg);
  }

  /** Queues ten {@code foo}s with {@code bar} as their callback, then one {@code apply}. */
  public static void main(String[] args) throws Exception {
    Pool pool = Pool.create(5);
    for (int i = 0; i < 10; i++) {
      pool.applyAsync(PoolCallbackTasks.foo, i, PoolCallback::bar); // callback=Bar
    }
    System.out.println("end");
    System.out.println("-->apply: " + pool.apply(PoolCallbackTasks.foo, 10)); // waits for it
    pool.close();
    pool.join();
  }
}
