package demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.multiproc.ChildProcess;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Surefire runs this on the module path (module-info.java exists): the test classes are patched
 * into demo.modular and the dependencies are modules. A worker started from here must run in a
 * child JVM that was itself started on the module path.
 */
class ModularTest {
  @Test
  void surefireRunsThisTestInTheNamedModule() {
    assertEquals("demo.modular", ModularTest.class.getModule().getName());
    assertFalse(System.getProperty("jdk.module.path", "").isEmpty(), "jdk.module.path not set");
    // Surefire's JVM starts its own booter, not a module's main class; only children get -m.
    assertNull(System.getProperty("jdk.module.main"));
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aWorkerStartedFromTheModulePathRunsAsTheModuleInAChild() throws Exception {
    ChildProcess<String> p = ModularProcesses.whereAmI();
    try {
      p.start();
      p.join();
      String[] where = p.result().split("\\|");
      assertEquals("demo.modular", where[0], "module of the worker in the child");
      assertEquals("true", where[1], "worker ran in a named module");
      assertEquals("demo.modular", where[2], "child was not started with -m demo.modular/...");
      long childPid = Long.parseLong(where[3]);
      assertNotEquals(ProcessHandle.current().pid(), childPid, "ran in this JVM, not a child");
      assertEquals(childPid, p.pid());
      assertEquals(0, p.exitCode());
      assertTrue(ModularTest.class.getModule().isNamed());
    } finally {
      if (p.isAlive()) {
        p.kill();
      }
    }
  }
}
