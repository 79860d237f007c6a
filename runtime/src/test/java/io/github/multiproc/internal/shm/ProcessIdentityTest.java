package io.github.multiproc.internal.shm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The rule that says a process is provably dead, and the token that carries an identity. */
class ProcessIdentityTest {
  private static final long NAMESPACE = 4026531836L;
  private static final int BOOT = 0x1234abcd;
  private static final ProcessIdentity OBSERVER = new ProcessIdentity(100, 5000, NAMESPACE, BOOT);

  /** A /proc with one process, pid 42, started at tick 7000. */
  private static final ProcessIdentity.ProcessTable PROC =
      pid -> pid == 42 ? 7000 : ProcessIdentity.GONE;

  private static boolean dead(ProcessIdentity holder) {
    return holder.provablyDead(OBSERVER, true, PROC);
  }

  @Test
  void aGonePidOfThisNamespaceIsDead() {
    assertTrue(dead(new ProcessIdentity(43, 7000, NAMESPACE, BOOT)));
  }

  @Test
  void aLivePidWithItsStartTimeIsAlive() {
    assertFalse(dead(new ProcessIdentity(42, 7000, NAMESPACE, BOOT)));
  }

  @Test
  void theSamePidStartedAtAnotherTimeIsAnotherProcessSoTheHolderIsDead() {
    assertTrue(dead(new ProcessIdentity(42, 6000, NAMESPACE, BOOT)), "pid reuse was taken as life");
  }

  @Test
  void startTimesOneTickApartAreOneProcess() {
    // a time namespace's boot-time offset that is not a whole number of ticks rounds either way
    assertFalse(dead(new ProcessIdentity(42, 6999, NAMESPACE, BOOT)));
    assertFalse(dead(new ProcessIdentity(42, 7001, NAMESPACE, BOOT)));
    assertTrue(dead(new ProcessIdentity(42, 7002, NAMESPACE, BOOT)));
  }

  @Test
  void aProcessOfAnotherPidNamespaceIsAliveWhateverThisProcShows() {
    assertFalse(dead(new ProcessIdentity(43, 7000, NAMESPACE + 1, BOOT)));
    assertFalse(dead(new ProcessIdentity(42, 6000, NAMESPACE + 1, BOOT)));
  }

  @Test
  void aProcessOfAnotherBootIsDead() {
    assertTrue(dead(new ProcessIdentity(42, 7000, NAMESPACE, BOOT + 1)));
    assertTrue(dead(new ProcessIdentity(42, 7000, NAMESPACE + 1, BOOT + 1)));
  }

  @Test
  void nothingIsProvenWhereProcShowsAnotherNamespaceOrCannotBeRead() {
    ProcessIdentity gone = new ProcessIdentity(43, 7000, NAMESPACE, BOOT);
    assertFalse(gone.provablyDead(OBSERVER, false, PROC), "/proc of a parent namespace believed");
    assertFalse(gone.provablyDead(OBSERVER, true, pid -> ProcessIdentity.UNREADABLE));
  }

  @Test
  void aProcessThatRecordedNoNamespaceIsAliveToOneThatDid() {
    assertFalse(dead(new ProcessIdentity(43, 0, 0, 0)));
  }

  @Test
  void theObserverItselfIsAlive() {
    assertFalse(OBSERVER.provablyDead(OBSERVER, true, pid -> ProcessIdentity.GONE));
  }

  @Test
  @Timeout(30)
  void realProcessesOfThisNamespace() throws Exception {
    assumeTrue(Files.isReadable(Path.of("/proc/self/ns/pid")), "needs Linux /proc");
    assertFalse(ProcessIdentity.SELF.provablyDead());
    ProcessIdentity self = ProcessIdentity.SELF;
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    ProcessIdentity reaped =
        ProcessIdentity.parse(gone.pid() + self.token().substring(self.token().indexOf('-')));
    assertTrue(reaped.provablyDead(), "a reaped process counted as alive");
    String[] parts = self.token().split("[-.]");
    String laterStart = Long.toString(Long.parseLong(parts[1], 36) + 100, 36);
    ProcessIdentity otherSelf =
        ProcessIdentity.parse(parts[0] + "-" + laterStart + "." + parts[2] + "." + parts[3]);
    assertTrue(otherSelf.provablyDead(), "another process of this pid counted as this one");
  }

  @Test
  void tokensRoundTripAndStandInNames() {
    ProcessIdentity identity = new ProcessIdentity(4194304, 31_536_000_000L, 0xffffffffL, -1);
    assertEquals(identity, ProcessIdentity.parse(identity.token()));
    assertEquals(31, identity.token().length(), identity.token());
    assertEquals(identity, ProcessIdentity.inName("p-" + identity.token() + "-ab12", "p-"));
    assertEquals(ProcessIdentity.SELF, ProcessIdentity.parse(ProcessIdentity.SELF.token()));
    for (String name :
        new String[] {
          "p-12-abcdef",
          "p-12-1.2.3-",
          "p-12-1.2.3",
          "q-12-1.2.3-x",
          "p--1.2.3-x",
          "p-12-+1.2.3-x",
          "p-12-1.2.3.4-x",
          "p-12-1.2-x",
          "p-0-1.2.3-x",
          "p-12-1.2.zzzzzzz-x",
          "p-12-A.2.3-x"
        }) {
      assertNull(ProcessIdentity.inName(name, "p-"), name);
    }
  }
}
