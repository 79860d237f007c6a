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
    return ResultTable.of(
        Workload.ALL,
        List.of(
            Map.of(
                Workload.PIPE_RTT,
                27.0,
                Workload.QUEUE,
                238_000.0,
                "start_join_fork_ms",
                1.9,
                Workload.FORKSERVER,
                12.0)),
        List.of(
            Map.of(
                Workload.PIPE_RTT,
                9.0,
                Workload.QUEUE,
                119_000.0,
                Workload.STANDBY,
                3.0,
                Workload.IDLE_RSS,
                35.5,
                Workload.HELLO_WORLD,
                32.0)),
        List.of(
            Map.of(
                Floor.SOCKET_RTT.key(),
                4.5,
                Floor.SOCKET_FRAMES.key(),
                476_000.0,
                Floor.IDLE_JVM_RSS.key(),
                28.4)));
  }

  @Test
  void markdownHasOneRowPerWorkloadAndTheFigures() {
    String md = TableWriters.markdown(sample());
    List<String> lines = md.lines().toList();
    assertEquals(2 + Workload.ALL.size(), lines.size());
    assertEquals(
        "| workload | CPython | multiproc | floor | ratio | of floor | target | met |",
        lines.get(0));
    assertEquals("|---|---:|---:|---:|---:|---:|---|---|", lines.get(1));
    assertTrue(md.contains("| `pipe_rtt_us` | 27 | 9 | 4.50 | 3.00x | 50% | ≥ 2x | met |"), md);
    assertTrue(
        md.contains(
            "| `queue_items_per_s` | 238,000 | 119,000 | 476,000 | 0.50x | 25% | ≥ 4x | missed |"),
        md);
    assertTrue(
        md.contains("| `idle_child_rss_mib` | — | 35.5 | 28.4 | n/a | 80% | < 40 MiB | met |"), md);
    assertTrue(
        md.contains("| `pool_map_tasks_per_s` | n/a | n/a | — | n/a | — | ≥ 1x | — |"),
        "no floor for this row: " + md);
    assertTrue(
        md.contains("| `lock_ops_per_s` | n/a | n/a | n/a | n/a | n/a | ≥ 1x | — |"),
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
    Document doc =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    assertEquals("svg", doc.getDocumentElement().getTagName());
    NodeList rects = doc.getElementsByTagName("rect");
    // The background plus one bar for each of pipe_rtt_us, queue_items_per_s,
    // start_join_standby_ms.
    assertEquals(4, rects.getLength());
    assertTrue(svg.contains("test run &lt;&amp;&gt; &quot;quoted&quot;"));
    assertTrue(svg.contains(">pipe_rtt_us<"));
  }

  @Test
  void svgWithoutCPythonSaysSo() throws Exception {
    ResultTable table =
        ResultTable.of(Workload.ALL, List.of(), List.of(Map.of(Workload.LOCK, 1.0)), List.of());
    String svg = SvgChart.render(table, "no python");
    DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    assertTrue(svg.contains("the CPython side did not run"));
  }

  @Test
  void aRunReplacesItsOwnJdksSectionAndLeavesTheOtherAlone() {
    String doc =
        "# T\n\n## JDK 17\n\n"
            + DocsSection.begin(17)
            + "\nold 17\n"
            + DocsSection.end(17)
            + "\n\n## JDK 25\n\n"
            + DocsSection.begin(25)
            + "\nold 25\n"
            + DocsSection.end(25)
            + "\nafter\n";
    String once = DocsSection.replace(doc, 25, "new 25");
    assertEquals(
        "# T\n\n## JDK 17\n\n"
            + DocsSection.begin(17)
            + "\nold 17\n"
            + DocsSection.end(17)
            + "\n\n## JDK 25\n\n"
            + DocsSection.begin(25)
            + "\nnew 25\n"
            + DocsSection.end(25)
            + "\nafter\n",
        once);
    assertEquals(once, DocsSection.replace(once, 25, "new 25\n"), "idempotent");
    String both = DocsSection.replace(once, 17, "new 17");
    assertTrue(both.contains(DocsSection.begin(17) + "\nnew 17\n" + DocsSection.end(17)), both);
    assertTrue(both.contains(DocsSection.begin(25) + "\nnew 25\n" + DocsSection.end(25)), both);
  }

  @Test
  void aDocWithoutTheRunningJdksMarkersFailsClearly() {
    String only17 = DocsSection.begin(17) + "\n" + DocsSection.end(17) + "\n";
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> DocsSection.replace(only17, 21, "x"));
    assertTrue(
        e.getMessage().contains("JDK 21")
            && e.getMessage().contains(DocsSection.begin(21))
            && e.getMessage().contains(DocsSection.end(21)),
        e.getMessage());
    assertTrue(
        assertThrows(
                IllegalArgumentException.class,
                () -> DocsSection.replace("# T\n" + DocsSection.begin(17) + "\n", 17, "x"))
            .getMessage()
            .contains(DocsSection.end(17)));
    assertThrows(
        IllegalArgumentException.class,
        () -> DocsSection.replace(DocsSection.end(17) + DocsSection.begin(17), 17, "x"));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            DocsSection.replace(
                DocsSection.begin(17) + DocsSection.end(17) + DocsSection.end(17), 17, "x"));
  }

  /** The file the docs tell users to pass: the command shown there must find both sections. */
  @Test
  void theBenchmarkDocsHaveASectionForJdk17AndJdk25() throws Exception {
    Path docs = Path.of("..", "docs", "benchmarks.md");
    String text = Files.readString(docs, StandardCharsets.UTF_8);
    for (int jdk : new int[] {17, 25}) {
      assertEquals(text, DocsSection.replace(text, jdk, between(text, jdk)), "JDK " + jdk);
    }
    assertTrue(text.contains("--docs docs/benchmarks.md"), "the command is shown");
  }

  private static String between(String text, int jdk) {
    int from = text.indexOf(DocsSection.begin(jdk)) + DocsSection.begin(jdk).length() + 1;
    return text.substring(from, text.indexOf(DocsSection.end(jdk)));
  }

  @Test
  void reportLinksTheChartRelativeToTheDocsFile() {
    assertEquals(
        "../benchmarks/results/ratios-jdk17.svg",
        Main.relativeLink(
            Path.of("docs/benchmarks.md"), Path.of("benchmarks/results/ratios-jdk17.svg")));
    String md =
        Report.markdown(
            RunInfo.now(3).finish("3.11.7"), sample(), "x/ratios.svg", List.of("a run note"));
    assertTrue(md.contains("![multiproc vs CPython: ratios](x/ratios.svg)"));
    assertTrue(md.contains("- Python: CPython 3.11.7"));
    assertTrue(md.contains("- repeats: 3 per side"));
    assertTrue(md.contains("- a run note"));
    assertTrue(md.contains("`of floor`: multiproc's share"), "the floor column is explained");
  }

  @Test
  void optionsAreParsedAndBadOnesExplained() {
    Options o =
        Options.parse(
            "--repeats",
            "3",
            "--only",
            "lock_ops_per_s,pipe_rtt_us",
            "--out",
            "o",
            "--docs",
            "D.md",
            "--peer",
            "p.py");
    assertEquals(3, o.repeats());
    assertEquals(
        List.of(Workload.PIPE_RTT, Workload.LOCK),
        o.workloads().stream().map(Workload::name).toList(),
        "table order");
    assertEquals(Path.of("D.md"), o.docs());
    assertEquals(5, Options.parse().repeats());
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> Options.parse("--only", "nope"))
            .getMessage()
            .contains("pipe_rtt_us"));
    assertThrows(IllegalArgumentException.class, () -> Options.parse("--repeats", "0"));
    assertThrows(IllegalArgumentException.class, () -> Options.parse("--repeats"));
    assertThrows(IllegalArgumentException.class, () -> Options.parse("--bogus"));
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> Options.parse("--readme", "R.md"))
            .getMessage()
            .contains("--docs docs/benchmarks.md"),
        "the old option names the new one");
  }

  @Test
  void aDocsFileWithoutTheJdksMarkersIsRefusedBeforeAnythingRuns(@TempDir Path dir)
      throws Exception {
    Path docs = dir.resolve("benchmarks.md");
    Files.writeString(docs, "# no markers\n");
    Options o = Options.parse("--out", dir.resolve("out").toString(), "--docs", docs.toString());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Main.checkOutputs(o, 25));
    assertTrue(
        e.getMessage().contains(docs.toString()) && e.getMessage().contains(DocsSection.begin(25)),
        e.getMessage());
    Options missing =
        Options.parse("--out", dir.toString(), "--docs", dir.resolve("nope.md").toString());
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> Main.checkOutputs(missing, 25))
            .getMessage()
            .contains("no file at"));
    Files.writeString(docs, DocsSection.begin(17) + "\n" + DocsSection.end(17) + "\n");
    assertThrows(
        IllegalArgumentException.class,
        () -> Main.checkOutputs(o, 25),
        "JDK 17's section is no place for JDK 25's figures");
    Main.checkOutputs(o, 17);
    assertTrue(Files.isDirectory(dir.resolve("out")));
  }

  /** The target end to end, as a JDK 25 run after a JDK 17 one: JDK 17's figures stay. */
  @Test
  void aJdk25RunWritesItsOwnFilesAndSectionAndKeepsJdk17s(@TempDir Path dir) throws Exception {
    Path docs = Files.createDirectories(dir.resolve("docs")).resolve("benchmarks.md");
    String jdk17 = DocsSection.begin(17) + "\nJDK 17 figures\n" + DocsSection.end(17);
    Files.writeString(
        docs,
        "# B\n\n## JDK 17\n\n"
            + jdk17
            + "\n\n## JDK 25\n\n"
            + DocsSection.begin(25)
            + "\nnot yet\n"
            + DocsSection.end(25)
            + "\n");
    Path out = Files.createDirectories(dir.resolve("benchmarks").resolve("results"));
    Files.writeString(out.resolve("ratios-jdk17.svg"), "<svg>JDK 17 chart</svg>");
    Options o = Options.parse("--out", out.toString(), "--docs", docs.toString());

    Main.writeResults(o, 25, RunInfo.now(3).finish("3.11.7"), sample(), List.of());

    String text = Files.readString(docs);
    assertTrue(text.contains(jdk17), text);
    assertEquals("<svg>JDK 17 chart</svg>", Files.readString(out.resolve("ratios-jdk17.svg")));
    String section = text.substring(text.indexOf(DocsSection.begin(25)));
    assertTrue(
        section.contains(
            "![multiproc vs CPython: ratios]" + "(../benchmarks/results/ratios-jdk25.svg)"),
        section);
    assertTrue(
        section.contains("| `pipe_rtt_us` | 27 | 9 |") && !section.contains("not yet"), section);
    assertTrue(Files.readString(out.resolve("ratios-jdk25.svg")).contains("<svg"));
    assertTrue(
        Files.readString(out.resolve("results-jdk25.md")).contains("](ratios-jdk25.svg)"),
        "results file links the chart beside it");
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
    assertThrows(
        IllegalArgumentException.class, () -> ProcStatus.parseVmRssMib(List.of("Name:\tkthreadd")));
  }
}
