/**
 * The wire format, the bottom layer of the runtime: {@code Codec}s and the buffers they write to
 * and read from ({@code WireOutput}, {@code WireInput}), the built-in codecs ({@code Codecs},
 * package-private classes behind it), the run-time-typed {@code Object} codec, which names a
 * value's type by a registered id only, so bytes from a peer never choose a class, and the
 * registry generated {@code CodecProvider}s fill. It imports nothing else of multiproc: manager
 * proxies and pipe ends, which cross as references, are reached through {@code References}. Used
 * in every process that sends or receives, and by generated code.
 */
package io.github.multiproc.wire;
