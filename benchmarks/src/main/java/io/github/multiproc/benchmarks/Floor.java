package io.github.multiproc.benchmarks;

/**
 * What this machine does at all, without multiproc: the plain-JDK measurement a row is compared
 * with in its {@code floor} column (issue 28). {@link FloorSide} measures each in the same run as
 * the multiproc rows; several rows may share one floor.
 */
enum Floor {
  /** A bare hello-world {@code java}, same binary and class path as children: start to exit, ms. */
  JAVA_START_EXIT("java_start_exit_ms"),
  /** A booted, waiting JVM told over stdin to exit: from the order to {@code waitFor}, ms. */
  JVM_EXIT_REAP("jvm_exit_reap_ms"),
  /** Eight bytes echoed over a Unix-domain {@code SocketChannel} by a second JVM, us. */
  SOCKET_RTT("socket_rtt_us"),
  /** 1 MiB echoed over a Unix-domain {@code SocketChannel}, GB/s counted both ways. */
  SOCKET_BULK("socket_bulk_1MiB_GBps"),
  /**
   * The same echo with each message copied out of a {@code byte[]} before it is written and back
   * into it after it is read, at both ends: the copies an API that takes and returns {@code byte[]}
   * (as {@code sendBytes}/{@code recvBytes} do) adds to the kernel's, without the new array per
   * message that {@code recvBytes} also needs. GB/s.
   */
  SOCKET_BULK_ARRAYS("socket_bulk_1MiB_arrays_GBps"),
  /** Length-prefixed int frames, batched, one way over a Unix-domain socket: frames/s. */
  SOCKET_FRAMES("socket_frames_per_s"),
  /** Two JVMs incrementing one counter with {@code VarHandle} CAS on a mapped file: ops/s. */
  MAPPED_CAS("mapped_cas_ops_per_s"),
  /** VmRSS of a bare JVM blocked on stdin, 500 ms after its start, MiB. */
  IDLE_JVM_RSS("idle_jvm_rss_mib");

  private final String key;

  Floor(String key) {
    this.key = key;
  }

  /** The floor's name in the run's figures and the report's notes. */
  String key() {
    return key;
  }

  /** The floor whose {@link #key()} is {@code key}. */
  static Floor ofKey(String key) {
    for (Floor f : values()) {
      if (f.key.equals(key)) {
        return f;
      }
    }
    throw new IllegalArgumentException("no floor named " + key);
  }
}
