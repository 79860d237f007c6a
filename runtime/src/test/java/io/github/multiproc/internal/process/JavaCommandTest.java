package io.github.multiproc.internal.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.multiproc.testing.BasicWorkers_Launcher;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The child's command line: default flags, the user's flags after them, the launcher last. */
@Timeout(10)
class JavaCommandTest {
  @Test
  void defaultFlagsComeBeforeTheUsersAndTheLauncherIsLast() {
    List<String> command = JavaCommand.build(BasicWorkers_Launcher.class, List.of("-Xmx64m"));
    assertTrue(command.contains("-Xrs"), command::toString);
    assertTrue(command.contains("-XX:-UsePerfData"), command::toString);
    assertTrue(command.indexOf("-XX:-UsePerfData") < command.indexOf("-Xmx64m"));
    assertEquals(BasicWorkers_Launcher.class.getName(), command.get(command.size() - 1));
    // surefire's class path has directories: no class-data archive flags
    assertFalse(
        command.stream().anyMatch(a -> a.contains("SharedArchiveFile") || a.contains("AOTCache")),
        command::toString);
  }

  @Test
  void aUserWhoWantsPerfDataGetsIt() {
    List<String> command =
        JavaCommand.build(BasicWorkers_Launcher.class, List.of("-XX:+UsePerfData"));
    assertFalse(command.contains("-XX:-UsePerfData"), command::toString);
    assertTrue(command.contains("-XX:+UsePerfData"), command::toString);
  }

  @Test
  void childrenAreToldTheJdksSelectorProviderUnlessTheirFlagsNameOne() {
    String expected =
        "-Djava.nio.channels.spi.SelectorProvider="
            + java.nio.channels.spi.SelectorProvider.provider().getClass().getName();
    List<String> command = JavaCommand.build(BasicWorkers_Launcher.class, List.of());
    assertTrue(command.contains(expected), command::toString);

    String theirs = "-Djava.nio.channels.spi.SelectorProvider=sun.nio.ch.PollSelectorProvider";
    List<String> custom = JavaCommand.build(BasicWorkers_Launcher.class, List.of(theirs));
    assertFalse(custom.contains(expected), custom::toString);
    assertTrue(custom.contains(theirs), custom::toString);
  }

  @Test
  void onJdk22AndLaterChildrenTrimTheirCHeapUnlessTheirFlagsSayHow() {
    assumeTrue(Runtime.version().feature() >= JavaCommand.NATIVE_TRIM_SINCE);
    String trim = "-XX:TrimNativeHeapInterval=" + JavaCommand.TRIM_INTERVAL_MILLIS;
    List<String> command = JavaCommand.build(BasicWorkers_Launcher.class, List.of("-Xmx64m"));
    assertTrue(command.contains(trim), command::toString);
    assertTrue(command.indexOf(trim) < command.indexOf("-Xmx64m"), command::toString);
    assertTrue(command.contains("-Xlog:trimnative=off"), command::toString);

    List<String> theirs =
        JavaCommand.build(BasicWorkers_Launcher.class, List.of("-XX:TrimNativeHeapInterval=0"));
    assertFalse(theirs.contains(trim), theirs::toString);
    assertFalse(theirs.contains("-Xlog:trimnative=off"), theirs::toString);
  }

  @Test
  void beforeJdk22ChildrenGetNoTrimFlag() {
    assumeTrue(Runtime.version().feature() < JavaCommand.NATIVE_TRIM_SINCE);
    List<String> command = JavaCommand.build(BasicWorkers_Launcher.class, List.of());
    assertFalse(command.stream().anyMatch(a -> a.contains("trimnative")), command::toString);
    assertFalse(command.stream().anyMatch(a -> a.contains("TrimNative")), command::toString);
  }
}
