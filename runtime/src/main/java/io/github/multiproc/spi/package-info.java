/**
 * What generated code implements and calls: the builder behind every generated factory
 * ({@code WorkerCall}), the entry point of every generated launcher ({@code ChildMain}), the
 * handles of channels, locks, shared memory and managers that cross into a child, and the provider
 * interfaces the runtime finds generated classes through. Users never need these types directly;
 * they are public because generated code lives in the user's packages. The codecs and wire
 * buffers generated code also uses are in {@link io.github.multiproc.wire}.
 */
package io.github.multiproc.spi;
