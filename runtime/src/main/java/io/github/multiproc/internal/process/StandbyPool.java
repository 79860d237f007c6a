package io.github.multiproc.internal.process;

import static io.github.multiproc.internal.hub.Closeables.closeQuietly;

import io.github.multiproc.internal.hub.Handshake;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The idle standby JVMs of {@code StartMethod.STANDBY} (Python's forkserver), keyed by their
 * command line without the class-data archive flags: the java executable, {@code -Xrs}, the child's
 * JVM arguments and the class path, which is exactly what a child needs to match to run in one. A
 * standby boots with the archive that is ready when it boots (see {@code ClassDataArchive}). Each key keeps
 * {@link StartMethods#standbyCount()} JVMs booting or idle.
 *
 * <p>A standby connects to this JVM's hub while it is idle, under a token of its own: a child it
 * runs has already said HELLO, and {@code start()} does not wait for the connection and handshake.
 *
 * <p>{@link #take} hands out the oldest ready standby; {@link #refill} boots a replacement on a
 * daemon thread once the starts pause, so a pool that cannot keep up with a loop of starts leaves
 * them at a spawn's speed instead of taking the CPU from them. Ready means it has said HELLO,
 * which it does after its warm-up, or (should its early connection have failed) it has been up
 * for {@value #READY_AGE_MILLIS} ms. It never waits: when no standby is ready the child spawns,
 * because a standby just launched (a replacement, in a loop of starts) still has its boot and
 * warm-up ahead and is slower than a spawn. A key never seen before yields nothing on its first
 * start (which spawns) and fills once the starts pause. Idle standbys die with this JVM: their
 * stdin ends (closed by a shutdown hook, or by the kernel if this JVM is killed) and they exit by
 * themselves.
 */
final class StandbyPool {
  private static final Map<Key, Slot> SLOTS = new HashMap<>();
  private static boolean hookInstalled;

  /** Preloading a launcher costs a standby a little memory; beyond this many it is not worth it. */
  private static final int MAX_HINTS = 32;

  /** How long a replacement waits for the children running in former standbys to end. */
  private static final long REPLACE_DELAY_MILLIS = 200;

  /** Children running in former standbys, of every key: replacements wait for them. */
  private static final Set<Process> SERVING = new HashSet<>();

  /** A standby up this long counts as ready even without its HELLO. */
  static final long READY_AGE_MILLIS = 1_000;

  /** How long an ended standby may take to see its stdin close before it is killed. */
  private static final long END_GRACE_MILLIS = 3_000;

  /** Standbys told to end that may not have exited yet: {@link #killLate} forgets them. */
  private static final Set<Process> ENDING = ConcurrentHashMap.newKeySet();

  /**
   * How long the STANDBY starts must pause before a replacement boots ({@link #awaitQuiet}): far
   * longer than a loop takes from one child's join to the next start, and short enough that
   * starts a few hundred milliseconds apart still find the replacement ready.
   */
  private static final long QUIET_MILLIS = 50;

  /** A child of a STANDBY start still running after this long is no loop's no-op: see below. */
  private static final long LOOP_CHILD_MILLIS = 1_000;

  /** When the last STANDBY start asked for a standby ({@link System#nanoTime()}); 0 for none. */
  private static long lastStartNanos;

  /** The child of the last STANDBY start, from a standby or spawned, or {@code null}. */
  private static Process lastChild;

  /** When {@link #lastChild} was started ({@link System#nanoTime()}). */
  private static long lastChildNanos;

  /** Starts waiting in {@link #awaitReady}: a replacement boots for them at once. */
  private static int waiting;

  private StandbyPool() {}

  /**
   * An idle standby: its JVM, the token and control link it connects to the hub with, and when it
   * was launched ({@link System#nanoTime()}).
   */
  record Standby(Process process, String token, ChildLink link, long launchedNanos) {
    /** Whether a child handed to it now starts at once: see {@link StandbyPool}. */
    boolean ready() {
      return link.saidHello()
          || System.nanoTime() - launchedNanos >= TimeUnit.MILLISECONDS.toNanos(READY_AGE_MILLIS);
    }
  }

  /** One key's standbys: started ones in start order, and how many are still being started. */
  private static final class Slot {
    final ArrayDeque<Standby> idle = new ArrayDeque<>();

    /** Launchers started with this key, which new standbys load ahead of time (a few at most). */
    final Set<String> launchers = new LinkedHashSet<>();

    int launching;

    /** Set when its standbys were all ended: those still starting are ended on arrival. */
    boolean retired;
  }

  /**
   * The key of the standbys for children that would be run with {@code jvmArgs}: their command
   * without the class-data archive flags. The archive becomes ready in the background after the
   * first children, and standbys booted before it must still serve the same children.
   */
  static Key command(List<String> jvmArgs) {
    return new Key(JavaCommand.command(StandbyMain.class, jvmArgs, false), List.copyOf(jvmArgs));
  }

  /** Which standbys a child can use: their command without archive flags, and its JVM args. */
  record Key(List<String> command, List<String> jvmArgs) {}

  /**
   * A live, ready standby for {@code command}, now no longer idle, or {@code null} if there is
   * none. Call {@link #refill} next, once the standby has its orders (starting the boot thread
   * first would delay them), or when there was none and the start spawns; {@link #fill(Key)} when
   * it waits for one ({@link #awaitReady}).
   */
  static Standby take(Key command, String launcher) {
    Standby taken = null;
    synchronized (StandbyPool.class) {
      lastStartNanos = System.nanoTime();
      Slot slot = SLOTS.computeIfAbsent(command, k -> new Slot());
      if (slot.launchers.size() < MAX_HINTS) {
        slot.launchers.add(launcher);
      }
      for (Iterator<Standby> it = slot.idle.iterator(); taken == null && it.hasNext(); ) {
        Standby candidate = it.next();
        if (!candidate.process().isAlive()) {
          it.remove();
          ChildControl.forget(candidate.token());
        } else if (candidate.ready()) {
          it.remove();
          taken = candidate;
          forgetEndedChildren(); // so SERVING holds no more than the children still running
          SERVING.add(taken.process());
          started(taken.process());
        }
      }
    }
    return taken;
  }

  /**
   * Waits until a standby for {@code command} is ready and takes it (as {@link #take}), or returns
   * {@code null} once {@code deadlineNanos} ({@link System#nanoTime()}) has passed or when none is
   * booting to wait for: a standby count of 0, or their launch failed. Call {@link #fill(Key)}
   * first.
   *
   * @throws InterruptedException if interrupted while waiting
   */
  static Standby awaitReady(Key command, String launcher, long deadlineNanos)
      throws InterruptedException {
    synchronized (StandbyPool.class) {
      waiting++;
    }
    try {
      return pollReady(command, launcher, deadlineNanos);
    } finally {
      synchronized (StandbyPool.class) {
        waiting--;
      }
    }
  }

  private static Standby pollReady(Key command, String launcher, long deadlineNanos)
      throws InterruptedException {
    while (true) {
      Standby taken = take(command, launcher);
      if (taken != null) {
        return taken;
      }
      synchronized (StandbyPool.class) {
        Slot slot = SLOTS.get(command);
        if (slot == null || (slot.idle.isEmpty() && slot.launching == 0)) {
          return null;
        }
      }
      if (System.nanoTime() - deadlineNanos > 0) {
        return null;
      }
      // Ready means a HELLO on its link or an age: neither wakes a waiter, so look again soon.
      TimeUnit.MILLISECONDS.sleep(5);
    }
  }

  /**
   * Tops {@code command} up in the background after a start, whether it took a standby or
   * spawned: each replacement first waits for a pause in the STANDBY starts ({@link #awaitQuiet}),
   * then for the children running in standbys ({@link #awaitServingChildren}). A standby booting
   * while starts come back to back would take the CPU from the very starts it should speed up, and
   * those that find none ready spawn: a pool that cannot keep up must not make them slower.
   */
  static void refill(Key command) {
    fill(command, true);
  }

  /**
   * Starts booting standbys for {@code command} until it has the configured count, at once: for a
   * start that waits for one ({@link #awaitReady}) or a standby count just raised.
   */
  static void fill(Key command) {
    fill(command, false);
  }

  /** {@link #fill(Key)} or, when {@code replacing}, {@link #refill}. */
  private static void fill(Key command, boolean replacing) {
    int missing;
    Slot slot;
    synchronized (StandbyPool.class) {
      slot = SLOTS.computeIfAbsent(command, k -> new Slot());
      slot.idle.removeIf(standby -> !standby.process().isAlive());
      missing = StartMethods.standbyCount() - slot.idle.size() - slot.launching;
      if (missing <= 0) {
        return;
      }
      slot.launching += missing;
      installHook();
    }
    Thread launcher =
        new Thread(() -> launch(command, slot, missing, replacing), "multiproc-standby-launcher");
    launcher.setDaemon(true);
    launcher.start();
  }

  /** Tops up every key already in use, e.g. after the standby count grew. */
  static void fillAll() {
    List<Key> keys;
    synchronized (StandbyPool.class) {
      keys = new ArrayList<>(SLOTS.keySet());
    }
    for (Key key : keys) {
      fill(key);
    }
  }

  /** Ends idle standbys beyond the configured count, for every key; all of them for 0. */
  static void trim() {
    List<Standby> surplus = new ArrayList<>();
    synchronized (StandbyPool.class) {
      int keep = StartMethods.standbyCount();
      for (Slot slot : SLOTS.values()) {
        while (slot.idle.size() > keep) {
          surplus.add(slot.idle.pollLast());
        }
      }
    }
    end(surplus);
  }

  private static void launch(Key key, Slot slot, int count, boolean replacing) {
    for (int i = 0; i < count; i++) {
      if (replacing) {
        awaitQuiet();
        awaitServingChildren();
        synchronized (StandbyPool.class) {
          // The wait may have been long: the count may have gone down or the key been retired.
          slot.idle.removeIf(standby -> !standby.process().isAlive());
          if (slot.retired || slot.idle.size() + slot.launching > StartMethods.standbyCount()) {
            slot.launching--;
            continue;
          }
        }
      }
      // The archive flags of this moment: the archive may have become ready since the key was made.
      List<String> command = JavaCommand.build(StandbyMain.class, key.jvmArgs());
      Standby standby = null;
      Process process = null;
      try {
        process =
            ArgFiles.start(
                new ProcessBuilder(command)
                    .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                    .redirectError(ProcessBuilder.Redirect.INHERIT));
        standby = new Standby(process, Handshake.newToken(), new ChildLink(), System.nanoTime());
        ChildControl.expect(standby.token(), standby.link());
        instruct(standby, slot);
      } catch (IOException | RuntimeException e) {
        // no standby this time: STANDBY starts spawn, and spawning reports the broken executable
        // or the hub that cannot be opened
        standby = null;
        if (process != null) {
          process.destroyForcibly();
        }
      }
      boolean keep;
      synchronized (StandbyPool.class) {
        slot.launching--;
        keep = standby != null && !slot.retired && slot.idle.size() < StartMethods.standbyCount();
        if (keep) {
          slot.idle.addLast(standby);
        }
      }
      if (standby != null && !keep) {
        end(List.of(standby)); // the count went down while it was starting
      }
    }
  }

  /**
   * Waits until every child running in a former standby has ended, {@link #REPLACE_DELAY_MILLIS}
   * at most: a booting JVM takes a core or two for a few hundred milliseconds, and short children
   * started together (two lock users, say) should not share the CPU with their replacements.
   */
  private static void awaitServingChildren() {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(REPLACE_DELAY_MILLIS);
    try {
      while (true) {
        Process running;
        synchronized (StandbyPool.class) {
          // Looked up afresh each round: a child started meanwhile (the second of a pair) counts.
          forgetEndedChildren();
          running = SERVING.isEmpty() ? null : SERVING.iterator().next();
        }
        long left = deadline - System.nanoTime();
        if (running == null || left <= 0) {
          return;
        }
        running.waitFor(left, TimeUnit.NANOSECONDS);
      }
    } catch (InterruptedException e) {
      // boot now
    }
  }

  /**
   * Records the child of a STANDBY start, which ran in a standby or spawned because none was ready:
   * {@link #awaitQuiet} waits for it.
   */
  static synchronized void started(Process child) {
    lastChild = child;
    lastChildNanos = System.nanoTime();
  }

  /**
   * Waits until the STANDBY starts pause: none began for {@link #QUIET_MILLIS}, and the child of
   * the last one ended that long ago. In a loop of starts and joins the next start comes as soon
   * as the child has ended, however long a busy machine made it take; a child still running after
   * {@link #LOOP_CHILD_MILLIS} is work of its own, not a loop's, and is not waited for. Waits for
   * as long as the starts keep coming: they spawn at a spawn's speed meanwhile, and a replacement
   * booting among them would only share the CPU with them. A start waiting for a standby
   * ({@link #awaitReady}) ends the wait at once.
   */
  private static void awaitQuiet() {
    Process seenEnded = null;
    long seenEndedNanos = 0;
    try {
      while (true) {
        Process child;
        long childNanos;
        long since;
        synchronized (StandbyPool.class) {
          if (waiting > 0) {
            return; // a start waits for this very standby
          }
          child = lastChild;
          childNanos = lastChildNanos;
          since = lastStartNanos;
        }
        long now = System.nanoTime();
        if (child != null && child.isAlive()) {
          long loopLeft = childNanos + TimeUnit.MILLISECONDS.toNanos(LOOP_CHILD_MILLIS) - now;
          if (loopLeft > 0) {
            // in slices, to see a start that begins to wait for a standby meanwhile
            child.waitFor(
                Math.min(loopLeft, TimeUnit.MILLISECONDS.toNanos(QUIET_MILLIS)),
                TimeUnit.NANOSECONDS);
            continue;
          }
        } else if (child != null) {
          if (child != seenEnded) {
            seenEnded = child; // it ended while nobody watched: count from now
            seenEndedNanos = now;
          }
          since = Math.max(since, seenEndedNanos);
        }
        long left = since == 0 ? 0 : since + TimeUnit.MILLISECONDS.toNanos(QUIET_MILLIS) - now;
        if (left <= 0) {
          return;
        }
        TimeUnit.NANOSECONDS.sleep(left);
      }
    } catch (InterruptedException e) {
      // boot now
    }
  }

  /** Drops the children that have ended from {@link #SERVING}; call it holding the class lock. */
  private static void forgetEndedChildren() {
    SERVING.removeIf(process -> !process.isAlive());
  }

  /**
   * Tells a new standby which launchers to load while it waits, and where to connect: this JVM's
   * hub, with the session key and its token (on stdin, never on the command line).
   */
  private static void instruct(Standby standby, Slot slot) {
    List<String> names;
    synchronized (StandbyPool.class) {
      names = new ArrayList<>(slot.launchers);
    }
    try {
      DataOutputStream stdin = new DataOutputStream(standby.process().getOutputStream());
      for (String name : names) {
        stdin.writeUTF(StandbyMain.PRELOAD + name);
      }
      byte[] key = ProcessContext.sessionKey();
      stdin.writeUTF(StandbyMain.CONNECT + ChildControl.hub().socketPath());
      stdin.writeUTF(standby.token());
      stdin.writeShort(key.length);
      stdin.write(key);
      stdin.flush();
    } catch (IOException e) {
      // it died at once; take() skips dead standbys
    }
  }

  /**
   * Closes the standbys' stdin: one waiting for orders exits at once and quietly; one still booting
   * exits once its warm-up ends. A kill would be quicker but could cut a standby off in the middle
   * of its handshake with the hub, which then logs a reset connection; standbys still there after
   * {@link #END_GRACE_MILLIS} are killed all the same.
   */
  private static void end(List<Standby> standbys) {
    if (standbys.isEmpty()) {
      return;
    }
    for (Standby standby : standbys) {
      ENDING.add(standby.process());
      // Its token stays expected until the process is gone (killLate): a standby that read its
      // CONNECT order just before may still say HELLO, and an unknown token makes the hub warn.
      closeQuietly(standby.process().getOutputStream());
    }
    Thread reaper = new Thread(() -> killLate(standbys), "multiproc-standby-reaper");
    reaper.setDaemon(true);
    reaper.start();
  }

  private static void killLate(List<Standby> standbys) {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(END_GRACE_MILLIS);
    for (Standby standby : standbys) {
      try {
        long left = Math.max(0, deadline - System.nanoTime());
        if (!standby.process().waitFor(left, TimeUnit.NANOSECONDS)) {
          standby.process().destroyForcibly();
          AttachSocket.removeAfterKill(standby.process());
        }
      } catch (InterruptedException e) {
        standby.process().destroyForcibly();
      }
      ChildControl.forget(standby.token());
      ENDING.remove(standby.process());
    }
  }

  /**
   * Waits up to {@code millis} until the standbys told to end have exited (or been killed, which
   * {@link #killLate} does after {@link #END_GRACE_MILLIS}).
   */
  static void awaitEnded(long millis) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    for (Process ending : new ArrayList<>(ENDING)) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return;
      }
      ending.waitFor(left, TimeUnit.NANOSECONDS);
    }
  }

  /** The idle standbys and those still booting, of every key: what the runtime keeps. */
  static synchronized int kept() {
    int kept = 0;
    for (Slot slot : SLOTS.values()) {
      kept += slot.idle.size() + slot.launching;
    }
    return kept;
  }

  /**
   * The pids of the idle standby JVMs, of every key, and of those told to end that may still be
   * exiting (they are killed after {@link #END_GRACE_MILLIS} at most).
   */
  static synchronized Set<Long> pids() {
    Set<Long> pids = new HashSet<>();
    for (Process ending : ENDING) {
      pids.add(ending.pid());
    }
    for (Slot slot : SLOTS.values()) {
      for (Standby standby : slot.idle) {
        pids.add(standby.process().pid());
      }
    }
    return pids;
  }

  private static void installHook() {
    if (!hookInstalled) {
      try {
        Runtime.getRuntime()
            .addShutdownHook(new Thread(StandbyPool::endIdle, "multiproc-standby-exit"));
        hookInstalled = true;
      } catch (IllegalStateException e) {
        // this JVM is exiting: a standby started now sees its stdin end and exits by itself
      }
    }
  }

  /**
   * Ends every idle standby and forgets the keys, so {@link #fillAll} leaves them alone until a
   * STANDBY start needs them again.
   */
  static void endIdle() {
    List<Standby> all = new ArrayList<>();
    synchronized (StandbyPool.class) {
      for (Slot slot : SLOTS.values()) {
        slot.retired = true;
        all.addAll(slot.idle);
        slot.idle.clear();
      }
      SLOTS.clear();
    }
    end(all);
  }
}
