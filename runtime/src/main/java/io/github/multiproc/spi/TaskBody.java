package io.github.multiproc.spi;

/**
 * The call a pool task makes: a generated lambda such as {@code Shop::price} or
 * {@code args -> Shop.add(args.a(), args.b())}, run in a pool worker (or a thread of a
 * {@code ThreadPool}). Plain Java, no reflection.
 *
 * @param <A> the argument type ({@link Void} for a method without parameters)
 * @param <R> the boxed result type ({@link Void} for {@code void})
 */
@FunctionalInterface
public interface TaskBody<A, R> {
  /** Runs the user's {@code @Pooled} method with {@code argument}. */
  R call(A argument) throws Exception;
}
