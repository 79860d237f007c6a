package io.github.multiproc.samples;

import io.github.multiproc.Pool;
import io.github.multiproc.annotation.Pooled;
import java.io.Console;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A console progress bar driven by {@code imap}, as Python programs do with
 * {@code tqdm(pool.imap(f, items), total=n)}; the issue asks for one beside seed 003's pool.
 *
 * <pre>{@code
 * with Pool() as pool:
 *     done = 0
 *     for result in pool.imap(work, range(100), chunksize=4):
 *         done += 1
 *         print('\r[%-10s] %d/100' % ('#' * (done // 10), done), end='')
 * }</pre>
 *
 * <p>{@code imap} hands back each result as soon as it and those before it are done, so the loop
 * can count them as they come, where {@code map} would give all of them at the end. On a terminal
 * the bar is redrawn in place ({@code \r}); when the output is a file or a pipe, where a
 * {@code \r} would only leave noise, it prints a new line at every tenth result instead. The pool
 * has the default size, the CPU count; each task waits 20 ms, so the bar takes a second or two.
 */
public final class Progress {
  static final int TOTAL = 100;
  private static final int WIDTH = 10;

  private Progress() {}

  @Pooled
  static int work(int i) throws InterruptedException {
    Thread.sleep(20);
    return i * i;
  }

  /** Maps {@code work} over 0..99 and draws the bar as results arrive. */
  public static void main(String[] args) throws Exception {
    boolean terminal = isTerminal();
    List<Integer> items = IntStream.range(0, TOTAL).boxed().collect(Collectors.toList());
    long sum = 0;
    try (Pool pool = Pool.create()) {
      int done = 0;
      for (int result : pool.imap(ProgressTasks.work, items, 4)) {
        sum += result;
        done++;
        if (terminal) {
          System.out.print("\r" + bar(done));
          System.out.flush();
        } else if (done % (TOTAL / WIDTH) == 0) {
          System.out.println(bar(done));
        }
      }
      if (terminal) {
        System.out.println();
      }
    }
    System.out.println("sum of squares 0..99: " + sum);
  }

  /** {@code [#####.....] 50/100}. */
  static String bar(int done) {
    int filled = done * WIDTH / TOTAL;
    return "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/" + TOTAL;
  }

  /**
   * Whether stdout is a terminal. {@code System.console()} is null when it is not, except on JDK
   * 22 to 24, where it is always there and {@code Console.isTerminal()} (JDK 22+) tells.
   */
  private static boolean isTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (NoSuchMethodException e) {
      return true;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Console.isTerminal failed", e);
    }
  }
}
