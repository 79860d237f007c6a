/**
 * A JUnit 5 extension that fails tests which leave multiproc's child processes, pools, standby
 * JVMs, shared memory segments or threads behind, and cleans them up: {@link
 * io.github.multiproc.junit.MultiprocTest @MultiprocTest}.
 */
package io.github.multiproc.junit;
