/**
 * The built-in codecs behind {@code spi.Codecs}: scalars, strings, arrays, collections, maps,
 * optionals, {@code java.time} values and the run-time-typed {@code Object} codec
 * ({@code AnyCodec}), which names a value's type by a registered id only ({@code TypeRegistry}),
 * so bytes from a peer never choose a class. Used in every process that sends or receives.
 */
package io.github.multiproc.internal.codec;
