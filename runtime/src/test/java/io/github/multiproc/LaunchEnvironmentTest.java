package io.github.multiproc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.multiproc.spi.WorkerCall;
import io.github.multiproc.testing.BasicWorkersProcesses;
import io.github.multiproc.testing.ChildCleanup;
import io.github.multiproc.testing.HiddenLauncherSource;
import io.github.multiproc.testing.ShmFullProbe;
import io.github.multiproc.testing.SmallDevShm;
import io.github.multiproc.wire.Codecs;
import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Children start wherever a Java program runs: a launcher from a class loader below the system
 * one (as under {@code mvn exec:java}), a class path too long for one command line, a container
 * whose {@code /dev/shm} is small. (Spring Boot jars, exec:java itself and test sources on the
 * module path are shown by the invoker ITs in {@code samples/src/it}.)
 */
@Timeout(60)
class LaunchEnvironmentTest {
  @AfterEach
  void cleanUp() {
    ChildCleanup.killDescendants();
  }

  @Test
  void aLauncherFromAUrlClassLoaderRunsInAChildOnThatLoadersUrls(@TempDir Path dir)
      throws Exception {
    Path classes = HiddenLauncherSource.compile(dir);
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      Class<?> launcher = loader.loadClass(HiddenLauncherSource.NAME);
      ChildProcess<Long> p = WorkerCall.to(launcher, "pid()", Codecs.LONG).newProcess();
      p.start();
      long childPid = p.result();
      assertNotEquals(ProcessHandle.current().pid(), childPid);
      assertEquals(p.pid(), childPid);
      p.join();
      assertEquals(0, p.exitCode());
    }
  }

  @Test
  void aLauncherFromALoaderWithoutUrlsFailsAtStartSayingWhatToDo(@TempDir Path dir)
      throws Exception {
    Path classes = HiddenLauncherSource.compile(dir);
    byte[] bytes =
        Files.readAllBytes(classes.resolve(HiddenLauncherSource.NAME.replace('.', '/') + ".class"));
    ClassLoader loader =
        new ClassLoader(getClass().getClassLoader()) {
          @Override
          protected Class<?> findClass(String name) throws ClassNotFoundException {
            if (!name.equals(HiddenLauncherSource.NAME)) {
              throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
          }
        };
    Class<?> launcher = loader.loadClass(HiddenLauncherSource.NAME);
    for (StartMethod method : StartMethod.values()) {
      ChildProcess<Long> p =
          WorkerCall.to(launcher, "pid()", Codecs.LONG).newProcess().startMethod(method);
      ProcessStartException e = assertThrows(ProcessStartException.class, p::start);
      assertTrue(e.getMessage().contains(HiddenLauncherSource.NAME), e::getMessage);
      assertTrue(e.getMessage().contains("exec:exec"), e::getMessage);
      assertTrue(e.getMessage().contains("%classpath"), e::getMessage);
      assertTrue(e.getMessage().contains("maven-shade-plugin"), e::getMessage);
      assertFalse(p.isAlive());
    }
    assertEquals(
        0,
        ProcessHandle.current()
            .children()
            .filter(
                child -> child.info().commandLine().orElse("").contains(HiddenLauncherSource.NAME))
            .count(),
        "a child was started for the launcher");
  }

  @Test
  void aClassPathTooLongForOneArgumentGoesThroughAnArgumentFile() throws Exception {
    String classPath = System.getProperty("java.class.path");
    StringBuilder longer = new StringBuilder(classPath);
    // Linux refuses one argument over 128 KiB: this entry list alone is twice that.
    String missing = File.separator + "no-such-directory-" + "x".repeat(200) + File.separator;
    for (int i = 0; longer.length() < 256 * 1024; i++) {
      longer.append(File.pathSeparator).append(missing).append(i).append(".jar");
    }
    System.setProperty("java.class.path", longer.toString());
    try {
      ChildProcess<Void> p = BasicWorkersProcesses.sleep(3_000).startMethod(StartMethod.SPAWN);
      p.start();
      List<String> args =
          ProcessHandle.of(p.pid())
              .orElseThrow()
              .info()
              .arguments()
              .map(List::of)
              .orElse(List.of());
      assertTrue(
          args.size() == 1 && args.get(0).startsWith("@"),
          () -> "the child's command line is not one @file: " + args);
      Path argFile = Path.of(args.get(0).substring(1));
      assertTrue(Files.isRegularFile(argFile), argFile::toString);
      assertTrue(Files.readString(argFile).contains(missing), "the class path is in the file");
      p.join();
      assertEquals(0, p.exitCode());
      // deleted when the child is reaped, which happens before or just after join() returns
      for (int i = 0; i < 100 && Files.exists(argFile); i++) {
        Thread.sleep(20);
      }
      assertFalse(Files.exists(argFile), "the argument file outlived its JVM: " + argFile);
    } finally {
      System.setProperty("java.class.path", classPath);
    }
  }

  @Test
  void aFullDevShmGivesAClearErrorNamingItsSize() throws Exception {
    String output = SmallDevShm.run(ShmFullProbe.class, String.valueOf(2 * 1024 * 1024));
    assertTrue(output.startsWith("refused: "), output);
    assertTrue(output.contains("/dev/shm"), output);
    assertTrue(output.contains("2097152 bytes"), output);
    assertTrue(output.contains("of 1048576"), output);
    assertTrue(output.contains("--shm-size"), output);
  }
}
