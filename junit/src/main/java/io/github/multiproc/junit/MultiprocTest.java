package io.github.multiproc.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class whose every test must leave no multiproc resources behind: the same as
 * {@code @ExtendWith(MultiprocExtension.class)} (see {@link MultiprocExtension}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(MultiprocExtension.class)
public @interface MultiprocTest {}
