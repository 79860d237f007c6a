package io.github.multiproc.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a static method that a process pool may run: the {@code func} of Python's
 * {@code Pool.apply_async(func, args)}, {@code Pool.map(func, iterable)} and
 * {@code Pool.starmap(func, iterable)}.
 *
 * <p>The processor generates a task handle per method that the pool ships to its workers by id,
 * with codecs for the arguments and the result; for a method with several parameters it also
 * generates an argument record so the method can be mapped over a list of them (Python's
 * {@code starmap}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Pooled {}
