package io.github.multiproc.internal.process;

import io.github.multiproc.StartMethod;

/**
 * The process-wide start-method settings behind {@code Multiproc.setStartMethod} and
 * {@code Multiproc.setStandbyCount}.
 */
public final class StartMethods {
  private static volatile StartMethod defaultMethod = StartMethod.SPAWN;
  private static volatile int standbyCount = 2;

  private StartMethods() {}

  public static StartMethod getDefault() {
    return defaultMethod;
  }

  public static void setDefault(StartMethod method) {
    defaultMethod = method;
  }

  public static int standbyCount() {
    return standbyCount;
  }

  public static void setStandbyCount(int count) {
    standbyCount = count;
  }
}
