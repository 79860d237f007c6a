package io.github.multiproc.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README is a user guide that sends its reader on to {@code docs/} and {@code samples/README.md}:
 * these checks keep its first commands first, its length short, and every relative link and
 * {@code #anchor} between those files pointing at something that exists.
 */
class DocsTest {
  /** The repository root, seen from the samples module, where Surefire runs. */
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
  private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*$");

  @Test
  void readmeOpensWithTheCommandsThatRunTheSamplesAndTheTests() throws IOException {
    List<String> lines = prose(ROOT.resolve("README.md"), true);
    int open = lines.indexOf("```sh");
    assertTrue(
        open > 0 && lines.subList(0, open).stream().noneMatch(l -> l.startsWith("## ")),
        "the first thing after the pitch is the commands block");
    List<String> commands =
        lines.subList(open + 1, lines.indexOf("```")).stream()
            .map(l -> l.replaceAll("\\s+#.*$", ""))
            .toList();
    assertEquals(
        List.of(
            "mvn -B -q package -DskipTests && java -jar samples/target/multiproc-samples.jar",
            "mvn -B verify"),
        commands);
  }

  @Test
  void readmeStaysAShortGuide() throws IOException {
    long count = Files.readAllLines(ROOT.resolve("README.md"), StandardCharsets.UTF_8).size();
    assertTrue(count <= 300, "README.md has " + count + " lines; move details to docs/");
  }

  @Test
  void everyRelativeLinkAndAnchorExists() throws IOException {
    List<String> broken = new ArrayList<>();
    for (Path file : guideFiles()) {
      String text = String.join("\n", prose(file, false));
      Matcher m = LINK.matcher(text);
      while (m.find()) {
        String link = m.group(1);
        if (link.matches("^[a-z]+:.*")) {
          continue; // https:, mailto: and the like: not ours to check offline
        }
        int hash = link.indexOf('#');
        String path = hash < 0 ? link : link.substring(0, hash);
        Path target = path.isEmpty() ? file : file.getParent().resolve(path).normalize();
        if (!Files.exists(target)) {
          broken.add(ROOT.relativize(file) + ": no file for " + link);
        } else if (hash >= 0 && !anchors(target).contains(link.substring(hash + 1))) {
          broken.add(ROOT.relativize(file) + ": no heading for " + link);
        }
      }
    }
    assertEquals(List.of(), broken);
  }

  @Test
  void anchorsAreMadeAsGitHubMakesThem(@TempDir Path dir) throws IOException {
    Path md =
        Files.writeString(
            dir.resolve("a.md"),
            String.join(
                "\n",
                "# Python → Java",
                "## What a `Pool` guarantees",
                "## Notes",
                "## Notes",
                "```",
                "# not a heading",
                "```"));
    assertEquals(Set.of("python--java", "what-a-pool-guarantees", "notes", "notes-1"), anchors(md));
  }

  private static List<Path> guideFiles() throws IOException {
    List<Path> files =
        new ArrayList<>(
            List.of(ROOT.resolve("README.md"), ROOT.resolve("samples").resolve("README.md")));
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
    }
    return files;
  }

  /** The lines of {@code file}; without fenced code blocks unless {@code withCode}. */
  private static List<String> prose(Path file, boolean withCode) throws IOException {
    List<String> out = new ArrayList<>();
    boolean inCode = false;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      boolean fence = line.startsWith("```");
      if (fence) {
        inCode = !inCode;
      }
      if (withCode || !(inCode || fence)) {
        out.add(line);
      }
    }
    return out;
  }

  /**
   * The anchors GitHub gives the headings of {@code file}: lower case, everything but letters,
   * digits, spaces, hyphens and underscores dropped, spaces made hyphens, repeats numbered.
   */
  private static Set<String> anchors(Path file) throws IOException {
    Set<String> out = new HashSet<>();
    Map<String, Integer> seen = new HashMap<>();
    for (String line : prose(file, false)) {
      Matcher m = HEADING.matcher(line);
      if (!m.matches()) {
        continue;
      }
      StringBuilder slug = new StringBuilder();
      m.group(1)
          .toLowerCase(java.util.Locale.ROOT)
          .codePoints()
          .filter(c -> Character.isLetterOrDigit(c) || c == ' ' || c == '-' || c == '_')
          .forEach(c -> slug.appendCodePoint(c == ' ' ? '-' : c));
      int n = seen.merge(slug.toString(), 1, Integer::sum) - 1;
      out.add(n == 0 ? slug.toString() : slug + "-" + n);
    }
    return out;
  }
}
