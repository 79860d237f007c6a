/**
 * What generated code implements and calls: codecs, the wire buffers they write to, the builder
 * behind every generated factory and the entry point of every generated launcher. Users never need
 * these types directly; they are public because generated code lives in the user's packages.
 * {@link io.github.multiproc.spi.LeakCheck} is here for test tools: the {@code multiproc-junit}
 * extension and the runtime's own tests.
 */
package io.github.multiproc.spi;
