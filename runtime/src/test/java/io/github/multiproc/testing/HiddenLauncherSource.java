package io.github.multiproc.testing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * A launcher that is on no class path of the test JVM: compiled at test time into a directory,
 * for tests that load it through a class loader of their own (as {@code mvn exec:java} loads an
 * application). Its only entry, {@code "pid()"}, returns the pid of the JVM it runs in.
 */
public final class HiddenLauncherSource {
  /** The launcher's binary name. */
  public static final String NAME = "hidden.HiddenLauncher";

  private HiddenLauncherSource() {}

  /** Compiles the launcher under {@code dir} and returns the directory of its class file. */
  public static Path compile(Path dir) throws Exception {
    Path source = dir.resolve("src/hidden/HiddenLauncher.java");
    Files.createDirectories(source.getParent());
    Files.writeString(
        source,
        String.join(
            "\n",
            "package hidden;",
            "public final class HiddenLauncher implements io.github.multiproc.spi.WorkerDispatcher {",
            "  public static void main(String[] args) {",
            "    io.github.multiproc.spi.ChildMain.run(new HiddenLauncher(), args);",
            "  }",
            "  public void dispatch(String key, io.github.multiproc.wire.WireInput in,",
            "      io.github.multiproc.wire.WireOutput out) {",
            "    in.requireFullyRead();",
            "    io.github.multiproc.wire.Codecs.LONG.encode(out, ProcessHandle.current().pid());",
            "  }",
            "}"),
        StandardCharsets.UTF_8);
    Path classes = Files.createDirectories(dir.resolve("classes"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    // -proc:none: the multiproc processor is on the test class path (runtime/pom.xml), and this
    // launcher, written by hand to be hidden, has nothing for it.
    int status =
        javac.run(
            null,
            null,
            null,
            "-proc:none",
            "-d",
            classes.toString(),
            "-cp",
            System.getProperty("java.class.path"),
            source.toString());
    if (status != 0) {
      throw new IllegalStateException("javac exited with " + status);
    }
    return classes;
  }
}
