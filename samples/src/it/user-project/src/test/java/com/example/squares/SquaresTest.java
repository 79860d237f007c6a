package com.example.squares;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.multiproc.ChildProcess;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class SquaresTest {
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aChildRunsTheWorkerAndReturnsItsValue() throws Exception {
    ChildProcess<String> p = SquaresProcesses.square(7);
    try {
      p.start();
      p.join();
      String[] result = p.result().split(" from pid ");
      assertEquals("49", result[0]);
      long childPid = Long.parseLong(result[1]);
      assertNotEquals(ProcessHandle.current().pid(), childPid, "ran in this JVM, not a child");
      assertEquals(childPid, p.pid());
      assertEquals(0, p.exitCode());
    } finally {
      if (p.isAlive()) {
        p.kill();
      }
    }
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aWorkerDeclaredInTestSourcesRunsInAChild() throws Exception {
    ChildProcess<String> p = TestSourceWorkerProcesses.cube(3);
    try {
      p.start();
      p.join();
      String[] result = p.result().split(" from pid ");
      assertEquals("27", result[0]);
      assertNotEquals(ProcessHandle.current().pid(), Long.parseLong(result[1]));
      assertEquals(0, p.exitCode());
    } finally {
      if (p.isAlive()) {
        p.kill();
      }
    }
  }
}
