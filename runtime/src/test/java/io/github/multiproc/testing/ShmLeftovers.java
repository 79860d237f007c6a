package io.github.multiproc.testing;

import io.github.multiproc.internal.shm.Segments;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which segments a test class left behind: generated names of this JVM or of any child it started
 * (other builds on the machine may own {@code multiproc-*} segments of their own meanwhile), and
 * the names the tests chose themselves.
 */
public final class ShmLeftovers {
  private final Set<Long> pids = ConcurrentHashMap.newKeySet();
  private final Set<String> chosenNames = ConcurrentHashMap.newKeySet();

  public ShmLeftovers() {
    pids.add(ProcessHandle.current().pid());
  }

  /** Counts {@code pid}'s segments as this class's. */
  public void track(long pid) {
    pids.add(pid);
  }

  /** Counts the chosen name {@code name} as this class's. */
  public String chosen(String name) {
    chosenNames.add(name);
    return name;
  }

  /** The segments of this class still in the directory. */
  public List<String> left() throws IOException {
    List<String> left = new ArrayList<>();
    try (DirectoryStream<Path> names = Files.newDirectoryStream(Segments.directory())) {
      for (Path path : names) {
        String name = path.getFileName().toString();
        if (chosenNames.contains(name)) {
          left.add(name);
          continue;
        }
        for (long pid : pids) {
          if (name.startsWith(Segments.PREFIX + pid + "-")) {
            left.add(name);
          }
        }
      }
    }
    return left;
  }
}
