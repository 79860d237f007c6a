package io.github.multiproc.cluster.manager;

import io.github.multiproc.wire.Codecs;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;

/** What another process would decode from a value the runtime's codecs encoded. */
final class Crossing {
  private Crossing() {}

  /** {@code value} encoded as an {@code Object} argument and decoded again. */
  static Object roundTrip(Object value) {
    WireOutput out = new WireOutput();
    Codecs.OBJECT.encode(out, value);
    WireInput in = new WireInput(out.toByteArray());
    Object decoded = Codecs.OBJECT.decode(in);
    in.requireFullyRead();
    return decoded;
  }
}
