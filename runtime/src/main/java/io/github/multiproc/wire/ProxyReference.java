package io.github.multiproc.wire;

/**
 * Implemented by every proxy of an object a manager holds (Python's {@code BaseProxy}): when a
 * proxy is encoded by any codec, what crosses is this reference, and the receiving process gets a
 * proxy of the same object, as Python pickles a proxy's token instead of its referent.
 */
public interface ProxyReference {
  /**
   * The first byte of a reference written by {@link #writeExternalKind}; the runtime's own managers
   * start theirs with smaller numbers.
   */
  int EXTERNAL_KIND = 2;

  /** Writes what another process needs to reach the same object; read by the manager runtime. */
  void writeReference(WireOutput out);

  /**
   * Starts the reference of a proxy whose object lives outside this runtime's managers: the
   * receiving process hands the rest of the bytes to the {@link ExternalReferenceReader} of
   * {@code kind} on its class path.
   */
  static void writeExternalKind(WireOutput out, String kind) {
    out.writeByte(EXTERNAL_KIND);
    out.writeString(kind);
  }
}
