package io.github.multiproc.internal.shm;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.StringTokenizer;

/**
 * Who a process is, beyond its pid, and the one rule that says a process is provably dead (no
 * Python counterpart: CPython's resource tracker never judges another process's life).
 *
 * <p>A pid alone is not enough once programs in different pid namespaces share {@code /dev/shm}
 * or {@code /tmp} (two containers with {@code --ipc=host}, a shared volume, {@code unshare --pid}):
 * the same number names different processes in each, and a process of another namespace is not in
 * this one's {@code /proc} at all. So an identity is the pid, the process's start time (clock ticks
 * since boot, from {@code /proc/<pid>/stat}), the inode of its pid namespace
 * ({@code /proc/self/ns/pid}) and a key of the boot it ran in
 * ({@code /proc/sys/kernel/random/boot_id}). {@link #provablyDead} treats a process it cannot see
 * as alive: only a process of this boot and this namespace whose pid is gone, a zombie, or now
 * another process (a different start time), or a process of another boot, is dead. Start times are
 * recorded without the boot-time offset of a time namespace, so that they compare across those.
 *
 * <p>Written compactly as a {@link #token}, {@code <pid>-<start>.<namespace>.<boot>} (the last
 * three in base 36), into the names of segments and private directories and into owner files
 * ({@link Owners}).
 */
public final class ProcessIdentity {
  /** The identity of this JVM. */
  public static final ProcessIdentity SELF;

  /**
   * Whether this process's {@code /proc} lists the processes of its own pid namespace. A process
   * put in a new pid namespace without a fresh {@code /proc} mount sees its parent namespace's
   * processes under their pids there: then no pid of this namespace can be looked up.
   */
  private static final boolean PROC_SHOWS_OWN_NAMESPACE;

  /**
   * Clock ticks that this JVM's time namespace adds to every start time its {@code /proc} shows (0
   * outside a time namespace with a boot-time offset, as a process restored by CRIU may have).
   * Subtracted from what {@code /proc} shows, so that start times recorded in different time
   * namespaces compare.
   */
  private static final long BOOTTIME_SHIFT_TICKS;

  /** {@link ProcessTable#startTicks} of a pid with no process, or a zombie. */
  static final long GONE = -1;

  /** {@link ProcessTable#startTicks} of a pid whose process could not be read. */
  static final long UNREADABLE = -2;

  private static final int RADIX = 36;

  /** {@code AT_CLKTCK}: the auxiliary-vector entry that holds the clock ticks per second. */
  private static final long AT_CLKTCK = 17;

  /**
   * This JVM's {@code /proc}. A class, not a method reference: the first lambda a JVM links costs
   * it milliseconds, which a child's first wait for a lock should not pay.
   */
  private static final ProcessTable PROC =
      new ProcessTable() {
        @Override
        public long startTicks(int pid) {
          try {
            long ticks = ProcessIdentity.startTicks(readAscii(Path.of("/proc/" + pid + "/stat")));
            return ticks == GONE ? GONE : ticks - BOOTTIME_SHIFT_TICKS;
          } catch (NoSuchFileException e) {
            return GONE;
          } catch (IOException | RuntimeException e) {
            return UNREADABLE;
          }
        }
      };

  static {
    int pid = (int) ProcessHandle.current().pid();
    ProcessIdentity self = new ProcessIdentity(pid, 0, 0, 0);
    boolean procShowsOwn = false;
    long shift = 0;
    try {
      String stat = readAscii(Path.of("/proc/self/stat"));
      String link = Files.readSymbolicLink(Path.of("/proc/self/ns/pid")).toString();
      String bootId = readAscii(Path.of("/proc/sys/kernel/random/boot_id")).trim();
      long namespace = Long.parseLong(link.substring(link.indexOf('[') + 1, link.indexOf(']')));
      long shiftTicks = boottimeShiftTicks();
      self = new ProcessIdentity(pid, startTicks(stat) - shiftTicks, namespace, bootKey(bootId));
      procShowsOwn = stat.startsWith(pid + " ");
      shift = shiftTicks;
    } catch (IOException | RuntimeException e) {
      // Not Linux, or no /proc: the identity is the pid alone, judged as ProcessHandle sees it
      // (others never prove such a process dead).
    }
    SELF = self;
    PROC_SHOWS_OWN_NAMESPACE = procShowsOwn;
    BOOTTIME_SHIFT_TICKS = shift;
  }

  private final int pid;
  private final long startTicks;
  private final long pidNamespace;
  private final int bootKey;

  /**
   * An identity; {@code pidNamespace} and {@code bootKey} are 0 where the process had no
   * {@code /proc} to read them from.
   */
  ProcessIdentity(int pid, long startTicks, long pidNamespace, int bootKey) {
    this.pid = pid;
    this.startTicks = startTicks;
    this.pidNamespace = pidNamespace;
    this.bootKey = bootKey;
  }

  /** The process's pid, in its own pid namespace. */
  public int pid() {
    return pid;
  }

  /** Whether the process ran in another pid namespace than this JVM's (or another boot). */
  private boolean elsewhere() {
    return pidNamespace != SELF.pidNamespace || bootKey != SELF.bootKey;
  }

  /** {@code <pid>-<start>.<namespace>.<boot>}: letters, digits, one '-' and two '.'. */
  public String token() {
    return pid
        + "-"
        + Long.toString(startTicks, RADIX)
        + "."
        + Long.toString(pidNamespace, RADIX)
        + "."
        + Long.toString(Integer.toUnsignedLong(bootKey), RADIX);
  }

  /**
   * The identity in {@code name} of the form {@code <prefix><token>-<at least one more character>},
   * or null for any other name (among them the names older versions gave, the pid alone).
   */
  public static ProcessIdentity inName(String name, String prefix) {
    if (!name.startsWith(prefix)) {
      return null;
    }
    int pidEnd = name.indexOf('-', prefix.length());
    int tokenEnd = pidEnd < 0 ? -1 : name.indexOf('-', pidEnd + 1);
    if (tokenEnd < 0 || tokenEnd == name.length() - 1) {
      return null;
    }
    return parse(name.substring(prefix.length(), tokenEnd));
  }

  /** The identity a {@link #token} spells, or null when {@code token} is not one. */
  public static ProcessIdentity parse(String token) {
    int dash = token.indexOf('-');
    int firstDot = token.indexOf('.', dash + 1);
    int secondDot = firstDot < 0 ? -1 : token.indexOf('.', firstDot + 1);
    if (dash <= 0 || secondDot < 0 || token.indexOf('.', secondDot + 1) >= 0) {
      return null;
    }
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (!(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'z') && i != dash && c != '.') {
        return null; // no sign, no upper case: one token per identity
      }
    }
    try {
      int pid = Integer.parseInt(token, 0, dash, 10);
      long start = Long.parseLong(token, dash + 1, firstDot, RADIX);
      long namespace = Long.parseLong(token, firstDot + 1, secondDot, RADIX);
      long boot = Long.parseLong(token, secondDot + 1, token.length(), RADIX);
      if (pid <= 0 || boot > 0xffffffffL) {
        return null;
      }
      return new ProcessIdentity(pid, start, namespace, (int) boot);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * Whether this process is provably dead, as seen from this JVM: see the class comment. A process
   * this JVM cannot see (another pid namespace, or {@code /proc} unreadable) is alive.
   */
  public boolean provablyDead() {
    return provablyDead(SELF, PROC_SHOWS_OWN_NAMESPACE, PROC);
  }

  /** The rule, from {@code observer}'s side, with {@code processes} for its {@code /proc}. */
  boolean provablyDead(
      ProcessIdentity observer, boolean procShowsOwnNamespace, ProcessTable processes) {
    if (equals(observer)) {
      return false;
    }
    if (bootKey != 0 && observer.bootKey != 0 && bootKey != observer.bootKey) {
      return true; // every process of another boot has ended
    }
    if (pidNamespace == 0 && observer.pidNamespace == 0) {
      // Neither side has /proc (not Linux: no pid namespaces); the JDK's view, which sees zombies
      // as alive.
      Optional<ProcessHandle> handle = ProcessHandle.of(pid);
      return handle.isEmpty() || !handle.get().isAlive();
    }
    if (pidNamespace != observer.pidNamespace
        || bootKey != observer.bootKey
        || !procShowsOwnNamespace) {
      return false; // a process this one cannot see
    }
    long now = processes.startTicks(pid);
    // One tick apart is the same process: a boot-time offset that is not a whole number of ticks
    // rounds differently on each side. A pid is handed out again only after all the others.
    return now == GONE || (now != UNREADABLE && Math.abs(now - startTicks) > 1);
  }

  /** The processes of the observer's namespace, as {@code /proc} shows them. */
  interface ProcessTable {
    /** The start time of {@code pid}'s process, {@link #GONE} or {@link #UNREADABLE}. */
    long startTicks(int pid);
  }

  /**
   * Field 22 of a {@code /proc/<pid>/stat} line, or {@link #GONE} for a zombie. The command name
   * (field 2) may hold spaces and parentheses, so fields are counted from the last ')'.
   */
  static long startTicks(String stat) {
    int close = stat.lastIndexOf(')');
    String[] fields = stat.substring(close + 2).split(" ", 21);
    char state = fields[0].charAt(0);
    if (state == 'Z' || state == 'X') {
      return GONE;
    }
    return Long.parseLong(fields[19]);
  }

  /** {@link #BOOTTIME_SHIFT_TICKS}, from {@code /proc/self/timens_offsets}. */
  private static long boottimeShiftTicks() throws IOException {
    String offsets;
    try {
      offsets = readAscii(Path.of("/proc/self/timens_offsets"));
    } catch (NoSuchFileException e) {
      return 0; // a kernel without time namespaces
    }
    int at = offsets.indexOf("boottime");
    if (at < 0) {
      return 0;
    }
    int end = offsets.indexOf('\n', at);
    StringTokenizer fields =
        new StringTokenizer(
            offsets.substring(at + "boottime".length(), end < 0 ? offsets.length() : end));
    long seconds = Long.parseLong(fields.nextToken());
    long nanos = Long.parseLong(fields.nextToken());
    if (seconds == 0 && nanos == 0) {
      return 0;
    }
    long perSecond = clockTicksPerSecond();
    return seconds * perSecond + nanos * perSecond / 1_000_000_000L;
  }

  /** {@code sysconf(_SC_CLK_TCK)}, the unit of start times, from this process's aux vector. */
  private static long clockTicksPerSecond() throws IOException {
    ByteBuffer auxv =
        ByteBuffer.wrap(Files.readAllBytes(Path.of("/proc/self/auxv")))
            .order(ByteOrder.nativeOrder());
    boolean wide = !"32".equals(System.getProperty("sun.arch.data.model"));
    int entry = wide ? 16 : 8;
    for (int at = 0; at + entry <= auxv.limit(); at += entry) {
      long type = wide ? auxv.getLong(at) : auxv.getInt(at);
      if (type == AT_CLKTCK) {
        return wide ? auxv.getLong(at + 8) : auxv.getInt(at + 4);
      }
    }
    throw new IOException("no AT_CLKTCK in /proc/self/auxv");
  }

  /** A boot id (a UUID) folded to 32 bits, never 0 (which means "unknown"). */
  static int bootKey(String bootId) {
    String hex = bootId.replace("-", "");
    if (hex.length() != 32) {
      throw new IllegalArgumentException("not a boot id: " + bootId);
    }
    long high = Long.parseUnsignedLong(hex.substring(0, 16), 16);
    long low = Long.parseUnsignedLong(hex.substring(16), 16);
    long folded = high ^ low;
    int key = (int) (folded ^ (folded >>> 32));
    return key == 0 ? 1 : key;
  }

  private static String readAscii(Path path) throws IOException {
    return new String(Files.readAllBytes(path), StandardCharsets.US_ASCII);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ProcessIdentity
        && ((ProcessIdentity) other).pid == pid
        && ((ProcessIdentity) other).startTicks == startTicks
        && ((ProcessIdentity) other).pidNamespace == pidNamespace
        && ((ProcessIdentity) other).bootKey == bootKey;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(startTicks) * 31 + pid;
  }

  @Override
  public String toString() {
    return "process " + pid + (elsewhere() ? " of another pid namespace or boot" : "");
  }
}
