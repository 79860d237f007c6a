package demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.multiproc.ChildProcess;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A @Worker from test sources runs in a child under Surefire's module-path mode. */
class TestSourceWorkerTest {
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aWorkerDeclaredInTestSourcesRunsInAChildOnTheModulePath() throws Exception {
    ChildProcess<String> p = TestSourceWorkerProcesses.whereAmI();
    try {
      p.start();
      p.join();
      String[] where = p.result().split("\\|");
      assertEquals("demo.modular", where[0], "the child did not patch the test classes in");
      assertNotEquals(ProcessHandle.current().pid(), Long.parseLong(where[1]));
      assertEquals(0, p.exitCode());
    } finally {
      if (p.isAlive()) {
        p.kill();
      }
    }
  }
}
