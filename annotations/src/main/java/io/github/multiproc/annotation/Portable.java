package io.github.multiproc.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record, enum or sealed interface of records that may cross a process boundary without
 * appearing in a worker's signature, for example a message sent through a queue typed
 * {@code Object}: what Python can pickle, checked at compile time.
 *
 * <p>Types named in {@link Worker}, {@link Daemon} and {@link Pooled} signatures need no annotation;
 * the processor generates their codecs anyway.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Portable {}
