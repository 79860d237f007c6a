package io.github.multiproc.samples.objects;

import io.github.multiproc.ProcessQueue;
import io.github.multiproc.annotation.Worker;

/**
 * A worker whose signature names no record: what it relays arrives as an {@code Object}, so its
 * JVM decodes and re-encodes records that only another class ({@link Greetings}) names.
 */
public final class Relay {
  private Relay() {}

  /** Takes one item from {@code from} and puts it, decoded and encoded again, on {@code to}. */
  @Worker
  static void relay(ProcessQueue<Object> from, ProcessQueue<Object> to)
      throws InterruptedException {
    to.put(from.take());
  }
}
