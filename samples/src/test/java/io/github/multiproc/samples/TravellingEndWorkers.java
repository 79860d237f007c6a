package io.github.multiproc.samples;

import io.github.multiproc.Connection;
import io.github.multiproc.ProcessQueue;
import io.github.multiproc.annotation.Worker;
import java.io.IOException;

/**
 * A worker that gets a pipe end as a queue item, compiled by the real processor: a channel of
 * {@code Connection}s must compile and its items arrive usable.
 */
final class TravellingEndWorkers {
  private TravellingEndWorkers() {}

  /** Takes a pipe end from {@code ends}, greets through it and returns the answer. */
  @Worker
  static String greetThroughTakenEnd(ProcessQueue<Connection<String>> ends)
      throws IOException, InterruptedException {
    try (Connection<String> end = ends.take()) {
      end.send("hello from " + io.github.multiproc.Multiproc.currentProcess().name());
      return end.recv();
    }
  }
}
