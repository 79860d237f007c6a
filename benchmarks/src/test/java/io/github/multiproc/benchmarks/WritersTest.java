package io.github.multiproc.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class WritersTest {
  private static ResultTable sample() {
    return ResultTable.of(Workload.ALL,
        List.of(Map.of(Workload.PIPE_RTT, 27.0, Workload.QUEUE, 238_000.0,
            "start_join_fork_ms", 1.9, Workload.FORKSERVER, 12.0)),
        List.of(Map.of(Workload.PIPE_RTT, 9.0, Workload.QUEUE, 119_000.0,
            Workload.STANDBY, 3.0, Workload.IDLE_RSS, 35.5, Workload.HELLO_WORLD, 32.0)),
        List.of(Map.of(Floor.SOCKET_RTT.key(), 4.5, Floor.SOCKET_FRAMES.key(), 476_000.0,
            Floor.IDLE_JVM_RSS.key(), 28.4)));
  }

  @Test
  void markdownHasOneRowPerWorkloadAndTheFigures() {
    String md = TableWriters.markdown(sample());
    List<String> lines = md.lines().toList();
    assertEquals(2 + Workload.ALL.size(), lines.size());
    assertEquals(
        "| workload | CPython | multiproc | floor | ratio | of floor | target | met |", lines.get(0));
    assertEquals("|---|---:|---:|---:|---:|---:|---|---|", lines.get(1));
    assertTrue(md.contains("| `pipe_rtt_us` | 27 | 9 | 4.50 | 3.00x | 50% | ≥ 2x | met |"), md);
    assertTrue(md.contains(
        "| `queue_items_per_s` | 238,000 | 119,000 | 476,000 | 0.50x | 25% | ≥ 4x | missed |"), md);
    assertTrue(md.contains(
        "| `idle_child_rss_mib` | — | 35.5 | 28.4 | n/a | 80% | < 40 MiB | met |"), md);
    assertTrue(md.contains("| `pool_map_tasks_per_s` | n/a | n/a | — | n/a | — | ≥ 1x | — |"),
        "no floor for this row: " + md);
    assertTrue(md.contains("| `lock_ops_per_s` | n/a | n/a | n/a | n/a | n/a | ≥ 1x | — |"),
        "a floor that was not measured: " + md);
  }

  @Test
  void textTableAlignsColumns() {
    List<String> lines = TableWriters.text(sample()).lines().toList();
    for (String column : List.of("ratio", "of floor")) {
      int end = lines.get(0).indexOf(column) + column.length();
      for (String line : lines) {
        assertTrue(line.length() >= end, line);
        assertTrue(line.charAt(end - 1) != ' ', column + " column right-aligned: " + line);
      }
    }
  }

  @Test
  void svgIsWellFormedWithOneBarPerRatio() throws Exception {
    String svg = SvgChart.render(sample(), "test run <&> \"quoted\"");
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    assertEquals("svg", doc.getDocumentElement().getTagName());
    NodeList rects = doc.getElementsByTagName("rect");
    // The background plus one bar for each of pipe_rtt_us, queue_items_per_s, start_join_standby_ms.
    assertEquals(4, rects.getLength());
    assertTrue(svg.contains("test run &lt;&amp;&gt; &quot;quoted&quot;"));
    assertTrue(svg.contains(">pipe_rtt_us<"));
  }

  @Test
  void svgWithoutCPythonSaysSo() throws Exception {
    ResultTable table = ResultTable.of(Workload.ALL, List.of(), List.of(Map.of(Workload.LOCK, 1.0)),
        List.of());
    String svg = SvgChart.render(table, "no python");
    DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    assertTrue(svg.contains("the CPython side did not run"));
  }

  @Test
  void readmeSectionIsReplacedBetweenTheMarkersOnly() {
    String readme = "# T\n\nintro\n" + ReadmeSection.BEGIN + "\nold figures\n" + ReadmeSection.END
        + "\nafter\n";
    String once = ReadmeSection.replace(readme, "new table");
    assertEquals("# T\n\nintro\n" + ReadmeSection.BEGIN + "\nnew table\n" + ReadmeSection.END
        + "\nafter\n", once);
    assertEquals(once, ReadmeSection.replace(once, "new table\n"), "idempotent");
  }

  @Test
  void readmeWithoutMarkersFailsClearly() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ReadmeSection.replace("# T\n" + ReadmeSection.BEGIN + "\n", "x"));
    assertTrue(e.getMessage().contains(ReadmeSection.END), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ReadmeSection.replace("# T\n", "x"));
    assertThrows(IllegalArgumentException.class, () -> ReadmeSection.replace(
        ReadmeSection.END + ReadmeSection.BEGIN, "x"));
    assertThrows(IllegalArgumentException.class, () -> ReadmeSection.replace(
        ReadmeSection.BEGIN + ReadmeSection.END + ReadmeSection.END, "x"));
  }

  @Test
  void reportLinksTheChartRelativeToTheReadme() {
    assertEquals("benchmarks/results/ratios.svg",
        Main.relativeLink(Path.of("README.md"), Path.of("benchmarks/results/ratios.svg")));
    String md = Report.markdown(RunInfo.now(3).finish("3.11.7"), sample(), "x/ratios.svg",
        List.of("a run note"));
    assertTrue(md.contains("![multiproc vs CPython: ratios](x/ratios.svg)"));
    assertTrue(md.contains("- Python: CPython 3.11.7"));
    assertTrue(md.contains("- repeats: 3 per side"));
    assertTrue(md.contains("- a run note"));
    assertTrue(md.contains("`of floor`: multiproc's share"), "the floor column is explained");
  }

  @Test
  void optionsAreParsedAndBadOnesExplained() {
    Options o = Options.parse("--repeats", "3", "--only", "lock_ops_per_s,pipe_rtt_us",
        "--out", "o", "--readme", "R.md", "--peer", "p.py");
    assertEquals(3, o.repeats());
    assertEquals(List.of(Workload.PIPE_RTT, Workload.LOCK),
        o.workloads().stream().map(Workload::name).toList(), "table order");
    assertEquals(Path.of("R.md"), o.readme());
    assertEquals(5, Options.parse().repeats());
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Options.parse("--only", "nope"))
        .getMessage().contains("pipe_rtt_us"));
    assertThrows(IllegalArgumentException.class, () -> Options.parse("--repeats", "0"));
    assertThrows(IllegalArgumentException.class, () -> Options.parse("--repeats"));
    assertThrows(IllegalArgumentException.class, () -> Options.parse("--bogus"));
  }

  @Test
  void aReadmeWithoutMarkersIsRefusedBeforeAnythingRuns(@TempDir Path dir) throws Exception {
    Path readme = dir.resolve("README.md");
    Files.writeString(readme, "# no markers\n");
    Options o = Options.parse("--out", dir.resolve("out").toString(), "--readme", readme.toString());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Main.checkOutputs(o));
    assertTrue(e.getMessage().contains(ReadmeSection.BEGIN), e.getMessage());
    Options missing = Options.parse("--out", dir.toString(), "--readme", dir.resolve("nope.md").toString());
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Main.checkOutputs(missing))
        .getMessage().contains("no README"));
    Files.writeString(readme, ReadmeSection.BEGIN + "\n" + ReadmeSection.END + "\n");
    Main.checkOutputs(o);
    assertTrue(Files.isDirectory(dir.resolve("out")));
  }

  @Test
  void aJavaHomeOtherThanTheRunningJdkIsNoted(@TempDir Path dir) throws Exception {
    String running = System.getProperty("java.home");
    assertTrue(RunInfo.javaHomeNote(null, running).isEmpty());
    assertTrue(RunInfo.javaHomeNote(running, running).isEmpty());
    Path link = Files.createSymbolicLink(dir.resolve("jdk"), Path.of(running));
    assertTrue(RunInfo.javaHomeNote(link.toString(), running).isEmpty(), "same JDK by a link");
    String other = dir.resolve("jdk-25").toString();
    String note = RunInfo.javaHomeNote(other, running).orElseThrow();
    assertTrue(note.contains(other) && note.contains(running), note);
    assertTrue(note.contains("$JAVA_HOME/bin/java"), note);
  }

  @Test
  void vmRssIsReadFromStatusLines() {
    assertEquals(40.0, ProcStatus.parseVmRssMib(List.of("Name:\tjava", "VmRSS:\t   40960 kB")));
    assertThrows(IllegalArgumentException.class,
        () -> ProcStatus.parseVmRssMib(List.of("Name:\tkthreadd")));
  }
}
