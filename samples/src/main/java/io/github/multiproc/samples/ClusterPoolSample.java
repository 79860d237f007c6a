package io.github.multiproc.samples;

import io.github.multiproc.Pool;
import io.github.multiproc.cluster.Cluster;
import io.github.multiproc.cluster.MemberJvm;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

/**
 * Seed 003 "进程池" (process pool) beyond one machine: {@link PoolSample}'s ten tasks, unchanged,
 * on a cluster of two members (Python: Ray's {@code ray.util.multiprocessing.Pool}). The members
 * are JVMs started here on 127.0.0.1, as {@code java -cp app.jar
 * io.github.multiproc.cluster.Member} would start them on real hosts, each running chunks on two
 * worker JVMs; the one line that changes is the pool's:
 *
 * <pre>{@code
 * Pool p = Pool.builder().cluster(Cluster.connect(address, authkey)).build(); // was Pool.create(4)
 * }</pre>
 *
 * <p>The output is {@code pool}'s: the tasks print in the members' worker JVMs, and the members
 * pass what they print on to this JVM's stdout, line by line. The members stop (and so flush that
 * output) before the parent's last line.
 */
public final class ClusterPoolSample {
  private ClusterPoolSample() {}

  /** Starts two members, runs {@code run(0)} to {@code run(9)} on them, stops them. */
  public static void main(String[] args) throws InterruptedException {
    // A fresh secret: members drop any chunk not signed with it.
    byte[] secret = new byte[16];
    new SecureRandom().nextBytes(secret);
    byte[] authkey = HexFormat.of().formatHex(secret).getBytes(StandardCharsets.UTF_8);
    String name = "cluster-pool-" + ProcessHandle.current().pid();
    List<MemberJvm> members =
        MemberJvm.startLoopbackCluster(
            name,
            2,
            authkey,
            MemberJvm.QUICK_START_OPTIONS,
            List.of("--processes", "2"),
            System.out::println);
    try {
      try (Cluster cluster = Cluster.connect(MemberJvm.clusterAddress(name, members), authkey)) {
        System.out.println("parent process starts");
        Pool p = Pool.builder().cluster(cluster).build(); // 2 members x 2 workers run at once
        for (int i = 0; i < 10; i++) {
          p.applyAsync(PoolSampleTasks.run, i); // p.apply_async(run, args=(i,))
        }
        p.close(); // no new tasks; the queued ones still run
        p.join(); // waits for every task
        members.forEach(MemberJvm::close); // and for the members' printing
        System.out.println("parent process ends.");
        p.terminate();
      }
    } finally {
      members.forEach(MemberJvm::close);
    }
  }
}
