package io.github.multiproc.testing;

import io.github.multiproc.ChildProcess;
import io.github.multiproc.Pool;
import io.github.multiproc.internal.cds.ClassDataArchive;
import io.github.multiproc.wire.Codecs;
import io.github.multiproc.spi.WorkerCall;

/**
 * A parent JVM for the class-data archive tests, run from jars: starts a child, waits for the
 * background training, starts another child. Each child logs its class loading to {@code args[0]},
 * so the test can see where the second child's classes came from. With {@code args[1]} =
 * {@code exit}, it calls {@code System.exit} right after the first child instead, while the
 * training JVM still runs. With the system property {@value #POOL_LOG} it then does the same with
 * two one-worker pools, whose workers log their class loading there.
 */
public final class ArchiveProbe {
  /** The system property naming the pool workers' class-loading log. */
  public static final String POOL_LOG = "probe.poolLog";

  private ArchiveProbe() {}

  public static void main(String[] args) throws InterruptedException {
    String classLog = "-Xlog:class+load:file=" + args[0];
    System.out.println("first=" + add(classLog));
    if (args.length > 1 && args[1].equals("exit")) {
      System.exit(0);
    }
    System.out.println("trainingDone=" + ClassDataArchive.awaitTraining(90_000));
    System.out.println("second=" + add(classLog));
    String poolLog = System.getProperty(POOL_LOG);
    if (poolLog != null) {
      // A worker's JVM flags are not a plain child's, so it may need an archive of its own.
      String workerLog = "-Xlog:class+load:file=" + poolLog;
      System.out.println("pool1=" + square(workerLog));
      System.out.println("poolTrainingDone=" + ClassDataArchive.awaitTraining(90_000));
      System.out.println("pool2=" + square(workerLog));
    }
  }

  private static int square(String classLog) {
    try (Pool pool = Pool.builder().processes(1).jvmArgs(classLog).build()) {
      return pool.apply(PoolTestTasks.square, 7);
    }
  }

  private static int add(String classLog) {
    ChildProcess<Integer> child = WorkerCall.to(TestLauncher.class, "add(int,int)", Codecs.INTEGER)
        .arguments(out -> {
          out.writeInt(20);
          out.writeInt(22);
        })
        .jvmArgs(classLog)
        .newProcess();
    child.start();
    return child.result();
  }
}
