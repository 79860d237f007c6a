package io.github.multiproc.samples;

import io.github.multiproc.ThreadPool;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Seed 001 "dummy": the pool API on threads, Python's {@code multiprocessing.dummy}.
 *
 * <p>The note's section is empty (a heading with nothing under it), so the port shows what the
 * heading names: {@code multiprocessing.dummy} replicates the {@code multiprocessing} API on
 * threads, and its {@code Pool} is a thread pool that takes any function.
 *
 * <pre>{@code
 * from multiprocessing.dummy import Pool as ThreadPool
 *
 * def square(x):
 *     return x * x
 *
 * pool = ThreadPool(4)
 * print(pool.map(square, range(10)))
 * print(pool.map(lambda word: word.upper(), ['spam', 'eggs', 'ham']))
 * pool.close()
 * pool.join()
 * }</pre>
 *
 * <p>{@link ThreadPool} has the {@code Pool} API and, like {@code multiprocessing.dummy}, takes
 * plain Java functions: a method reference or a lambda, capturing whatever it likes, since
 * nothing leaves the process. A process {@code Pool} takes only {@code @Pooled} methods, whose
 * arguments and results must cross a process boundary. The last line shows that every task ran
 * in this process.
 */
public final class Dummy {
  private Dummy() {}

  static int square(int x) {
    return x * x;
  }

  /** Maps two functions over a thread pool of four. */
  public static void main(String[] args) throws Exception {
    ThreadPool pool = ThreadPool.create(4);
    List<Integer> range = IntStream.range(0, 10).boxed().collect(Collectors.toList());
    System.out.println(pool.map(Dummy::square, range));
    System.out.println(pool.map(word -> word.toUpperCase(), List.of("spam", "eggs", "ham")));
    long parent = ProcessHandle.current().pid();
    List<Long> pids = pool.map(x -> ProcessHandle.current().pid(), range);
    boolean here = pids.stream().allMatch(pid -> pid == parent);
    System.out.println("every task ran in this process: " + here);
    pool.close();
    pool.join();
  }
}
