package io.github.multiproc.internal.manager;

import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;

/** One object held by a manager server, run one method call at a time per its own rules. */
interface Served {
  /** Runs {@code method}; arguments and result are encoded as the proxy side expects. */
  void call(String method, WireInput arguments, WireOutput result) throws Throwable;
}
