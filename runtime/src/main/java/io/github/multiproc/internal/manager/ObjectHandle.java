package io.github.multiproc.internal.manager;

import io.github.multiproc.internal.process.SocketArguments;
import io.github.multiproc.spi.ManagedInvoker;
import io.github.multiproc.wire.Codecs;
import io.github.multiproc.wire.ProxyReference;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;

/**
 * One object a manager holds, as a proxy sees it (Python's proxy token): the manager, the object id
 * and its type tag. Every proxy delegates its calls and its reference to one of these.
 */
public final class ObjectHandle implements ManagedInvoker, ProxyReference {
  private final Endpoint endpoint;
  private final long id;
  private final String typeTag;

  ObjectHandle(Endpoint endpoint, long id, String typeTag) {
    this.endpoint = endpoint;
    this.id = id;
    this.typeTag = typeTag;
  }

  String typeTag() {
    return typeTag;
  }

  long id() {
    return id;
  }

  Endpoint endpoint() {
    return endpoint;
  }

  /**
   * Makes (or, with a name, finds) an object of type {@code tag} in the manager {@code endpoint}
   * reaches and returns its handle.
   */
  static ObjectHandle create(Endpoint endpoint, String tag, String name, Object initial) {
    WireOutput frame = new WireOutput();
    frame.writeByte(ManagerProtocol.CREATE);
    frame.writeString(tag);
    frame.writeString(name == null ? "" : name);
    Codecs.OBJECT.encode(frame, initial);
    WireInput answer = endpoint.request(frame.toByteArray());
    return new ObjectHandle(endpoint, answer.readLong(), tag);
  }

  /** A new object of type {@code tag} in this object's manager (a condition on a lock). */
  ObjectHandle createSibling(String tag, Object initial) {
    return create(endpoint, tag, null, initial);
  }

  /**
   * Runs {@code method} with run-time-typed arguments and returns its run-time-typed result, cast
   * to what the calling proxy expects (the server's method decides the type).
   */
  @SuppressWarnings("unchecked")
  <T> T call(String method, Object... arguments) {
    // One buffer for the whole request: no copy of the arguments into a second frame.
    WireOutput frame = new WireOutput(64);
    startCall(frame, method);
    for (Object argument : arguments) {
      Codecs.OBJECT.encode(frame, argument);
    }
    WireInput result = endpoint.request(frame.array(), frame.size());
    Object value = Codecs.OBJECT.decode(result);
    result.requireFullyRead();
    return (T) value;
  }

  @Override
  public WireInput invoke(String methodKey, byte[] arguments) {
    WireOutput frame = new WireOutput(32 + arguments.length);
    startCall(frame, methodKey);
    frame.writeBytes(arguments);
    return endpoint.request(frame.array(), frame.size());
  }

  private void startCall(WireOutput frame, String method) {
    frame.writeByte(ManagerProtocol.CALL);
    frame.writeLong(id);
    frame.writeString(method);
  }

  @Override
  public void writeReference(WireOutput out) {
    SocketArguments.mark();
    endpoint.writeTo(out);
    out.writeLong(id);
    out.writeString(typeTag);
  }

  /** Reads what {@link #writeReference} wrote after its first byte, the address {@code kind}. */
  static ObjectHandle readFrom(int addressKind, WireInput in) {
    Endpoint endpoint = Endpoint.readFrom(addressKind, in);
    long id = in.readLong();
    return new ObjectHandle(endpoint, id, in.readString());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ObjectHandle h && h.id == id && h.endpoint == endpoint;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(id) * 31 + System.identityHashCode(endpoint);
  }
}
