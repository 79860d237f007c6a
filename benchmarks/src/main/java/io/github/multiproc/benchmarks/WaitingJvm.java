package io.github.multiproc.benchmarks;

import java.io.IOException;

/**
 * A bare JVM that boots, says {@code ready} on stdout and waits on stdin: the floor of a standby
 * start (its exit and reap once told to go) and of an idle child's memory (its RSS while it waits).
 * No multiproc class is loaded.
 */
public final class WaitingJvm {
  /** The line it prints once booted. */
  static final String READY = "ready";

  private WaitingJvm() {}

  /** Prints {@link #READY}, then returns at the first byte or the end of stdin. */
  public static void main(String[] args) throws IOException {
    System.out.println(READY);
    System.out.flush();
    System.in.read();
  }
}
