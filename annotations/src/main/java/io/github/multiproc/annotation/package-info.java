/**
 * The annotations a user puts on code: {@code @Worker}, {@code @Daemon} and {@code @Pooled} mark the
 * methods and classes that run in other processes (Python's {@code Process(target=...)} and
 * {@code Pool} functions); {@code @Portable} marks a type that travels only through a channel, and
 * {@code @Managed} an interface a manager serves (Python's {@code BaseManager.register}). The
 * annotation processor reads them at compile time ({@code RetentionPolicy.CLASS}); no process
 * reads them at run time.
 */
package io.github.multiproc.annotation;
