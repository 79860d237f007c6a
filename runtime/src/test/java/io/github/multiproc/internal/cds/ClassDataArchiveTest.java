package io.github.multiproc.internal.cds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.multiproc.testing.ArchiveProbe;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Class-data archives, end to end: a parent JVM run from jars (surefire's class path has
 * directories, where archives are off) trains an archive in the background, and later children map
 * it; a rebuilt jar, a truncated archive and the off switch all leave children working and silent.
 */
@Timeout(240)
class ClassDataArchiveTest {
  @TempDir static Path jars;
  private static String classPath;

  @TempDir Path work;

  @BeforeAll
  static void buildJars() throws Exception {
    Path runtime =
        Path.of(ClassDataArchive.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path tests =
        Path.of(ArchiveProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path runtimeJar = jar(runtime, jars.resolve("runtime.jar"));
    Path testJar = jar(tests, jars.resolve("tests.jar"));
    classPath = runtimeJar + java.io.File.pathSeparator + testJar;
  }

  @Test
  void trainedInTheBackgroundThenMappedByLaterChildren() throws Exception {
    Path cache = work.resolve("cache");
    Probe probe = runProbe(cache);
    probe.assertWorkedSilently();
    List<Path> archives = archives(cache);
    assertEquals(1, archives.size(), () -> "one archive in " + list(cache));
    assertTrue(probe.secondChildMappedTheArchive(), probe::describe);
    assertFalse(probe.firstChildMappedTheArchive(), "the first child must not wait for training");
  }

  @Test
  void aPoolWorkerFindsItsLoopAndTheTaskProvidersInTheArchive() throws Exception {
    Path poolLog = work.resolve("pool.log");
    Probe probe = runProbe(work.resolve("cache"), "-D" + ArchiveProbe.POOL_LOG + "=" + poolLog);
    probe.assertWorkedSilently();
    assertTrue(
        probe.stdout().contains("pool1=49") && probe.stdout().contains("pool2=49"),
        probe::describe);
    // The second pool's worker: -Xlog moved the first one's log aside.
    List<String> lines = Files.readAllLines(poolLog);
    for (String name :
        List.of(
            "io.github.multiproc.internal.pool.WorkerLoop",
            "io.github.multiproc.testing.PoolWorkers_TaskProvider")) {
      String line =
          lines.stream()
              .filter(l -> l.contains(" " + name + " "))
              .findFirst()
              .orElse(name + " was not loaded");
      assertTrue(line.contains("shared objects file"), line);
    }
  }

  @Test
  void aRebuiltJarMakesTheArchiveStaleAndItIsRebuilt() throws Exception {
    Path cache = work.resolve("cache");
    runProbe(cache).assertWorkedSilently();
    Path before = archives(cache).get(0);
    Path testJar = jars.resolve("tests.jar");
    Files.setLastModifiedTime(
        testJar, FileTime.fromMillis(Files.getLastModifiedTime(testJar).toMillis() + 10_000));

    Probe probe = runProbe(cache);
    probe.assertWorkedSilently();
    assertFalse(probe.firstChildMappedTheArchive(), "a stale archive must not be mapped");
    assertTrue(probe.secondChildMappedTheArchive(), probe::describe);
    List<Path> after = archives(cache);
    assertEquals(1, after.size(), () -> "the stale archive is replaced: " + list(cache));
    assertNotEquals(before.getFileName(), after.get(0).getFileName());
  }

  @Test
  void aTruncatedArchiveIsNotMappedAndIsRebuilt() throws Exception {
    Path cache = work.resolve("cache");
    runProbe(cache).assertWorkedSilently();
    Path archive = archives(cache).get(0);
    try (FileChannel file = FileChannel.open(archive, StandardOpenOption.WRITE)) {
      file.truncate(4096);
    }
    Probe probe = runProbe(cache);
    probe.assertWorkedSilently();
    assertFalse(probe.firstChildMappedTheArchive(), probe::describe);
    assertTrue(probe.secondChildMappedTheArchive(), "rebuilt: " + probe.describe());
    assertTrue(Files.size(archive) > 4096);
  }

  @Test
  void aCorruptArchiveOfTheRecordedLengthFallsBackSilently() throws Exception {
    Path cache = work.resolve("cache");
    runProbe(cache).assertWorkedSilently();
    Path archive = archives(cache).get(0);
    long length = Files.size(archive);
    byte[] garbage = new byte[(int) length];
    new java.util.Random(42).nextBytes(garbage);
    archive.toFile().setWritable(true);
    Files.write(archive, garbage); // same length: it passes our check, the JVM must refuse it

    Probe probe = runProbe(cache);
    probe.assertWorkedSilently();
    assertFalse(probe.firstChildMappedTheArchive(), probe::describe);
  }

  @Test
  void thePropertyTurnsArchivesOff() throws Exception {
    Path cache = work.resolve("cache");
    Probe probe = runProbe(cache, "-D" + ClassDataArchive.ENABLED_PROPERTY + "=false");
    probe.assertWorkedSilently();
    assertTrue(!Files.exists(cache) || archives(cache).isEmpty(), () -> list(cache));
    assertFalse(probe.secondChildMappedTheArchive(), probe::describe);
  }

  @Test
  void anExitDuringTrainingLeavesNoProcessBehind() throws Exception {
    Path cache = work.resolve("cache");
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Dmultiproc.classDataArchiveDir=" + cache,
            "-cp",
            classPath,
            ArchiveProbe.class.getName(),
            work.resolve("classes.log").toString(),
            "exit");
    Process parent =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(work.resolve("out.txt").toFile())
            .start();
    java.util.Set<ProcessHandle> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
    try {
      while (!parent.waitFor(10, TimeUnit.MILLISECONDS)) {
        parent.descendants().forEach(seen::add); // orphans are no descendants once it exits
      }
      assertEquals(0, parent.exitValue(), () -> readQuietly(work.resolve("out.txt")));
      assertTrue(Files.readString(work.resolve("out.txt")).contains("first=42"));
      // The training JVM (and on JDK 25 the one assembling the AOT cache) is killed at exit, as
      // the samples' CLI check expects: nothing alive 2 s after the parent ended.
      for (ProcessHandle process : seen) {
        try {
          process.onExit().get(2, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
          throw new AssertionError("left behind: " + process.info());
        }
      }
    } finally {
      seen.forEach(ProcessHandle::destroyForcibly);
      parent.destroyForcibly();
      parent.waitFor();
    }
  }

  private static String readQuietly(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      return e.toString();
    }
  }

  @Test
  void directoriesOnTheClassPathOrArchiveFlagsMeanNoArchive(@TempDir Path dir) throws IOException {
    Path jar = Files.write(dir.resolve("a.jar"), new byte[] {1});
    assertNotNull(ArchiveKey.of(jar.toString(), "", List.of()));
    assertNull(ArchiveKey.of(jar + java.io.File.pathSeparator + dir, "", List.of()));
    assertNull(ArchiveKey.of(jar.toString(), dir.toString(), List.of()));
    assertNull(ArchiveKey.of(dir.resolve("missing.jar").toString(), "", List.of()));
    assertNotEquals(
        ArchiveKey.of(jar.toString(), "", List.of()),
        ArchiveKey.of(jar.toString(), "", List.of("-Xmx64m")));
    assertTrue(ClassDataArchive.configuresArchive(List.of("-Xshare:off")));
    assertTrue(ClassDataArchive.configuresArchive(List.of("-XX:SharedArchiveFile=x.jsa")));
    assertTrue(ClassDataArchive.configuresArchive(List.of("-XX:AOTCache=x.aot")));
    assertFalse(ClassDataArchive.configuresArchive(List.of("-Xmx64m", "-XX:+UseSerialGC")));
    // surefire runs these tests from target/classes: a directory, so no archive and no training,
    // only the flags of where the JDK's own archive is mapped
    assertEquals(
        ArchiveFlavor.forFeature(Runtime.version().feature()).mappingFlags(),
        ClassDataArchive.flagsFor(List.of(), true));
  }

  @Test
  void aRebuiltJarOfAManifestClassPathChangesTheKey(@TempDir Path dir) throws IOException {
    Path lib = Files.write(dir.resolve("lib.jar"), new byte[] {1, 2, 3});
    java.util.jar.Manifest manifest = new java.util.jar.Manifest();
    manifest.getMainAttributes().put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(java.util.jar.Attributes.Name.CLASS_PATH, "lib.jar");
    Path app = dir.resolve("app.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(app), manifest)) {
      out.putNextEntry(new JarEntry("a.txt"));
      out.closeEntry();
    }
    ArchiveKey before = ArchiveKey.of(app.toString(), "", List.of());
    assertNotNull(before);
    Files.setLastModifiedTime(
        lib, FileTime.fromMillis(Files.getLastModifiedTime(lib).toMillis() + 10_000));
    ArchiveKey after = ArchiveKey.of(app.toString(), "", List.of());
    assertEquals(before.family(), after.family());
    assertNotEquals(before.stem(), after.stem());
    Files.delete(lib);
    Files.createDirectory(lib); // a directory on the path: the JVM cannot archive from it
    assertNull(ArchiveKey.of(app.toString(), "", List.of()));
  }

  /** What one parent JVM printed and what its children logged. */
  private record Probe(int exitCode, String stdout, String stderr, Path classLog, Path firstLog) {
    void assertWorkedSilently() {
      assertEquals(0, exitCode, this::describe);
      assertTrue(stdout.contains("first=42") && stdout.contains("second=42"), this::describe);
      assertTrue(stdout.contains("trainingDone=true"), this::describe);
      String all = (stdout + stderr).toLowerCase();
      assertFalse(
          all.contains("warning")
              || all.contains("error")
              || all.contains("cds")
              || all.contains("aot")
              || all.contains("shared"),
          this::describe);
    }

    boolean firstChildMappedTheArchive() throws IOException {
      return mapped(firstLog);
    }

    boolean secondChildMappedTheArchive() throws IOException {
      return mapped(classLog);
    }

    private static boolean mapped(Path log) throws IOException {
      if (!Files.exists(log)) {
        return false;
      }
      for (String line : Files.readAllLines(log)) {
        if (line.contains("io.github.multiproc.internal.process.ChildRuntime ")) {
          return line.contains("shared objects file");
        }
      }
      return false;
    }

    String describe() {
      return "exit " + exitCode + "\nstdout:\n" + stdout + "\nstderr:\n" + stderr;
    }
  }

  /** Runs {@link ArchiveProbe} from the jars with {@code cache} as the archive directory. */
  private Probe runProbe(Path cache, String... properties) throws Exception {
    // The same path every run: the child's JVM flags are part of the archive's key.
    Path classLog = work.resolve("classes.log");
    try (Stream<Path> logs = Files.list(work)) {
      for (Path log : (Iterable<Path>) logs::iterator) {
        if (log.getFileName().toString().startsWith("classes.log")) {
          Files.delete(log);
        }
      }
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Dmultiproc.classDataArchiveDir=" + cache);
    command.addAll(List.of(properties));
    command.addAll(List.of("-cp", classPath, ArchiveProbe.class.getName(), classLog.toString()));
    Path out = work.resolve("out.txt");
    Path err = work.resolve("err.txt");
    Process parent =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    try {
      assertTrue(parent.waitFor(200, TimeUnit.SECONDS), "the probe parent hung");
    } finally {
      parent.descendants().forEach(ProcessHandle::destroyForcibly);
      parent.destroyForcibly();
      parent.waitFor();
    }
    // -Xlog moves an existing log aside as <log>.0, .1, ...: the first child's is <log>.0.
    Path firstLog = Path.of(classLog + ".0");
    return new Probe(
        parent.exitValue(), Files.readString(out), Files.readString(err), classLog, firstLog);
  }

  private static List<Path> archives(Path cache) throws IOException {
    try (Stream<Path> files = Files.list(cache)) {
      return files
          .filter(
              f -> {
                String name = f.getFileName().toString();
                return (name.endsWith(".jsa") || name.endsWith(".aot")) && !name.contains(".tmp.");
              })
          .collect(Collectors.toList());
    }
  }

  private static String list(Path cache) {
    try (Stream<Path> files = Files.list(cache)) {
      return files.map(f -> f.getFileName().toString()).collect(Collectors.joining(", "));
    } catch (IOException e) {
      return "(" + e + ")";
    }
  }

  private static Path jar(Path classes, Path jar) throws IOException {
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file);
        Stream<Path> walk = Files.walk(classes)) {
      for (Path path : (Iterable<Path>) walk.sorted()::iterator) {
        if (Files.isRegularFile(path)) {
          out.putNextEntry(new JarEntry(classes.relativize(path).toString().replace('\\', '/')));
          Files.copy(path, out);
          out.closeEntry();
        }
      }
    }
    return jar;
  }
}
