package com.example.boot;

import io.github.multiproc.ChildProcess;
import io.github.multiproc.Pool;
import io.github.multiproc.ProcessQueue;
import java.util.List;
import org.springframework.boot.CommandLineRunner;
import org.springframework.stereotype.Component;

/** Runs a pool and a worker fed through a queue once the application context is up. */
@Component
class Runner implements CommandLineRunner {
  @Override
  public void run(String... args) throws Exception {
    try (Pool pool = Pool.create(2)) {
      System.out.println("pool=" + pool.map(SquaresTasks.square, List.of(1, 2, 3, 4)));
    }
    try (ProcessQueue<Integer> queue = ProcessQueue.create()) {
      ChildProcess<String> summer = SquaresProcesses.sum(queue);
      summer.start();
      for (int i = 1; i <= 10; i++) {
        queue.put(i);
      }
      queue.put(-1);
      summer.join();
      String[] result = summer.result().split(" ");
      System.out.println("sum=" + result[0]);
      System.out.println("worker loader=" + result[1]);
      System.out.println(
          "worker in a child=" + (Long.parseLong(result[2]) != ProcessHandle.current().pid()));
      System.out.println("worker exit code=" + summer.exitCode());
    }
  }
}
