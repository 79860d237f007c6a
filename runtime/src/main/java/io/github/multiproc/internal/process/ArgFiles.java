package io.github.multiproc.internal.process;

import io.github.multiproc.internal.hub.PidDirectories;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Starts child JVMs whose command line is too long for the operating system (a long class path:
 * Linux takes at most 128 KiB in one argument, and all arguments with the environment must fit
 * in {@code ARG_MAX}): the arguments after the java executable then go into a file that the java
 * launcher reads ({@code java @file}, JDK 9 and later). No Python counterpart: CPython passes
 * {@code sys.path} to a spawned child in its bootstrap, not on the command line.
 *
 * <p>The files go in this JVM's private directory ({@link ControlFifos#directory}, mode 0700);
 * each one is deleted when its JVM is reaped, and the directory at exit.
 */
final class ArgFiles {
  /**
   * Commands longer than this many characters go through a file: well below Linux's limit for
   * one argument and every system's limit for all of them, which leaves the environment the rest.
   */
  static final int MAX_COMMAND_CHARS = 32 * 1024;

  private static final AtomicLong MADE = new AtomicLong();

  private ArgFiles() {}

  /**
   * Starts {@code builder}'s command, through an argument file when it is longer than
   * {@link #MAX_COMMAND_CHARS}; that file is deleted when the process is reaped.
   */
  static Process start(ProcessBuilder builder) throws IOException {
    List<String> command = List.copyOf(builder.command());
    if (length(command) <= MAX_COMMAND_CHARS) {
      return builder.start();
    }
    Path file = write(command.subList(1, command.size()));
    Process process;
    try {
      process = builder.command(command.get(0), "@" + file).start();
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(file);
      throw e;
    } finally {
      builder.command(command);
    }
    process.onExit().thenRun(() -> PidDirectories.deleteFileQuietly(file));
    return process;
  }

  private static long length(List<String> command) {
    long length = 0;
    for (String arg : command) {
      length += arg.length() + 1;
    }
    return length;
  }

  /** Writes {@code args} one to a line, each quoted as the java launcher reads them. */
  private static Path write(List<String> args) throws IOException {
    StringBuilder text = new StringBuilder();
    for (String arg : args) {
      text.append('"');
      for (int i = 0; i < arg.length(); i++) {
        char c = arg.charAt(i);
        switch (c) {
          case '\\' -> text.append("\\\\");
          case '"' -> text.append("\\\"");
          case '\n' -> text.append("\\n");
          case '\r' -> text.append("\\r");
          case '\t' -> text.append("\\t");
          case '\f' -> text.append("\\f");
          default -> text.append(c);
        }
      }
      text.append("\"\n");
    }
    Path file = ControlFifos.directory().resolve("args-" + MADE.incrementAndGet());
    // The java launcher reads the file as it reads its command line: in the native encoding.
    Files.writeString(file, text, nativeCharset());
    return file;
  }

  private static Charset nativeCharset() {
    String name = System.getProperty("native.encoding", System.getProperty("sun.jnu.encoding"));
    try {
      return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
    } catch (RuntimeException e) {
      return StandardCharsets.UTF_8;
    }
  }
}
