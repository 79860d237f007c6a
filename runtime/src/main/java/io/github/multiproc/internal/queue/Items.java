package io.github.multiproc.internal.queue;

import io.github.multiproc.wire.Codecs;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;
import java.util.ArrayList;
import java.util.List;

/** Queue items on the wire and in the owner: always {@code Codecs.OBJECT}, like pickle. */
final class Items {
  private Items() {}

  static byte[] encode(Object item) {
    WireOutput out = new WireOutput(32);
    Codecs.OBJECT.encode(out, item);
    return out.toByteArray();
  }

  static Object decode(byte[] bytes) {
    return decode(bytes, 0, bytes.length);
  }

  /** Decodes the one item that fills {@code length} bytes of {@code bytes} from {@code offset}. */
  static Object decode(byte[] bytes, int offset, int length) {
    WireInput in = new WireInput(bytes, offset, length);
    Object item = Codecs.OBJECT.decode(in);
    in.requireFullyRead();
    return item;
  }

  static List<Object> decodeAll(List<byte[]> encoded) {
    List<Object> out = new ArrayList<>(encoded.size());
    for (byte[] bytes : encoded) {
      out.add(decode(bytes));
    }
    return out;
  }
}
