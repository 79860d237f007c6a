package io.github.multiproc.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Like {@link Worker}, but the child is a daemon: Python's {@code p.daemon = True}.
 *
 * <p>A daemon child is terminated when its parent exits, and it may not start children of its own
 * (starting one fails with a clear error, as Python's "daemonic processes are not allowed to have
 * children"). An element may carry {@code @Worker} or {@code @Daemon}, not both.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Daemon {
  /** The process name, Python's {@code Process(name=...)}; empty means {@code Process-N}. */
  String name() default "";

  /** Extra JVM arguments for the child, such as {@code "-Xmx64m"}. */
  String[] jvmArgs() default {};
}
