package io.github.multiproc.internal.cds;

import io.github.multiproc.internal.hub.PidDirectories;
import io.github.multiproc.internal.process.JavaCommand;
import io.github.multiproc.internal.process.TrainingChild;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Class-data archives for child JVMs: the flags that make a child map an archive of the classes
 * every child loads (JDK and runtime), so that a spawn does not load and verify them again. Python
 * has nothing to match because a forked or spawned CPython imports little; a JVM loads and
 * verifies hundreds of classes before it runs the user's code.
 *
 * <p>An archive is keyed by {@link ArchiveKey} (JDK, class path and module path with each jar's
 * size and mtime, JVM flags) and kept in the per-user {@link ArchiveStore}, which keeps the most
 * recently used up to {@value ArchiveStore#MAX_TOTAL_BYTES} bytes in all. When a child starts and
 * its archive is missing or stale, it starts the plain way, and a training JVM is started in the
 * background (once per key and parent, one at a time, claimed across parents), followed where the
 * {@link ArchiveFlavor} needs it by a JVM that assembles the archive from what the training left;
 * later children use the archive. The JVM rejects an archive that does not match (other flags, a
 * truncated file) and then runs without it, silently. Every child also gets the flavor's
 * {@linkplain ArchiveFlavor#mappingFlags mapping flags}, which speed up mapping the JDK's own
 * archive too.
 *
 * <p>Skipped, so children start the plain way, when {@code -Dmultiproc.classDataArchive=false},
 * when the class path or module path holds a directory (the JVM archives classes from jars only),
 * when the JVM is not HotSpot, when {@code Multiproc.setExecutable} chose another java binary, or
 * when the child's JVM flags already configure CDS or the AOT cache.
 */
public final class ClassDataArchive {
  /** {@code -Dmultiproc.classDataArchive=false} turns archives off. */
  public static final String ENABLED_PROPERTY = "multiproc.classDataArchive";

  /** How long a training JVM may take before it is killed. */
  private static final long TRAINING_TIMEOUT_MILLIS = 60_000;

  /**
   * Temporary files of a training JVM killed with its parent are deleted after an hour: a training
   * ends within {@link #TRAINING_TIMEOUT_MILLIS} and its assembly seconds later, and a JDK 25
   * training cut short leaves a ~13 MiB {@code .config} file, a day of which grew to ~170 MiB.
   */
  private static final long TEMPORARY_MAX_AGE_MILLIS = 3_600_000;

  private static final ArchiveFlavor FLAVOR = ArchiveFlavor.forFeature(Runtime.version().feature());
  private static final Set<String> ATTEMPTED = ConcurrentHashMap.newKeySet();

  /** A parent records its use of an archive at most this often: a file time per start is waste. */
  private static final long MARK_USED_EVERY_MILLIS = 3_600_000;

  /** When this parent last recorded the use of each archive, by stem. */
  private static final Map<String, Long> MARKED_USED = new ConcurrentHashMap<>();

  /** Guards {@link #training}; what {@link #awaitTraining} waits on. */
  private static final Object TRAINING = new Object();

  /**
   * Whether a training JVM runs. One at a time per parent: they are CPU-hungry, and the end of
   * {@code main} waits for a running one, so that wait is one training at most.
   */
  private static boolean training;

  private ClassDataArchive() {}

  /**
   * The flags to put before the user's {@code jvmArgs} on a child's command line: the archive's
   * when it is ready, none otherwise (then a training JVM may start in the background).
   *
   * @param defaultExecutable whether children run {@code ${java.home}/bin/java}; an archive is made
   *     by and for this JDK only
   */
  public static List<String> flagsFor(List<String> jvmArgs, boolean defaultExecutable) {
    if (!defaultExecutable || !isEnabled() || configuresArchive(jvmArgs)) {
      return List.of();
    }
    List<String> flags = new ArrayList<>(FLAVOR.mappingFlags()); // for the JDK's archive too
    ArchiveKey key =
        ArchiveKey.of(
            System.getProperty("java.class.path", ""),
            System.getProperty("jdk.module.path", ""),
            jvmArgs);
    ArchiveStore store = key == null ? null : ArchiveStore.open();
    if (store == null) {
      return flags;
    }
    if (store.isReady(key, FLAVOR) || store.adoptFinished(key, FLAVOR)) {
      markUsed(store, key);
      flags.addAll(FLAVOR.useFlags(store.archive(key, FLAVOR)));
    } else {
      trainInBackground(store, key, jvmArgs);
    }
    return flags;
  }

  /** Records the use of {@code key}'s archive, so that pruning keeps it (hourly per parent). */
  private static void markUsed(ArchiveStore store, ArchiveKey key) {
    long now = System.currentTimeMillis();
    Long last = MARKED_USED.get(key.stem());
    if (last == null || now - last > MARK_USED_EVERY_MILLIS) {
      if (MARKED_USED.size() > 64) {
        MARKED_USED.clear(); // as ArchiveKey's memo: bounded, whatever flags children get
      }
      MARKED_USED.put(key.stem(), now);
      store.markUsed(key);
    }
  }

  /** Whether archives are on: the property, and a HotSpot JVM (OpenJ9 has its own cache). */
  static boolean isEnabled() {
    if ("false".equalsIgnoreCase(System.getProperty(ENABLED_PROPERTY, "true").trim())) {
      return false;
    }
    String vm = System.getProperty("java.vm.name", "");
    return vm.contains("HotSpot") || vm.contains("OpenJDK");
  }

  /** Whether the user's flags already say what to do with CDS; then we add nothing. */
  static boolean configuresArchive(List<String> jvmArgs) {
    for (String arg : jvmArgs) {
      if (arg.startsWith("-Xshare")
          || arg.contains("SharedArchiveFile")
          || arg.contains("ArchiveClassesAtExit")
          || arg.contains("AutoCreateSharedArchive")
          || arg.contains("SharedClassListFile")
          || arg.contains("DumpLoadedClassList")
          || arg.startsWith("-XX:AOT")
          || arg.startsWith("-XX:+AOT")
          || arg.startsWith("-XX:-AOT")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Waits until no training JVM started by this parent runs, at most {@code timeoutMillis}; true
   * if none does. For tests and benchmarks, which want the archive before they measure.
   */
  public static boolean awaitTraining(long timeoutMillis) throws InterruptedException {
    long deadline = System.currentTimeMillis() + timeoutMillis;
    synchronized (TRAINING) {
      while (training) {
        long left = deadline - System.currentTimeMillis();
        if (left <= 0) {
          return false;
        }
        TRAINING.wait(left);
      }
      return true;
    }
  }

  /**
   * Starts training {@code key} unless a training runs (a later child start asks again) or this
   * parent has tried that key already (no retry loop when training fails).
   */
  private static void trainInBackground(ArchiveStore store, ArchiveKey key, List<String> jvmArgs) {
    synchronized (TRAINING) {
      if (training || !ATTEMPTED.add(key.stem())) {
        return;
      }
      training = true;
    }
    Thread trainer =
        new Thread(new Training(store, key, List.copyOf(jvmArgs)), "multiproc-class-data-training");
    // Not a daemon: when main returns, the JVM lets the training finish (as it joins non-daemon
    // children) rather than leave a half-made archive; System.exit kills it (TrainingChild).
    trainer.setDaemon(false);
    trainer.start();
  }

  /** One background training: claim, run the training JVM, publish, release. */
  private static final class Training implements Runnable {
    private final ArchiveStore store;
    private final ArchiveKey key;
    private final List<String> jvmArgs;

    Training(ArchiveStore store, ArchiveKey key, List<String> jvmArgs) {
      this.store = store;
      this.key = key;
      this.jvmArgs = jvmArgs;
    }

    @Override
    public void run() {
      try {
        train();
      } finally {
        synchronized (TRAINING) {
          training = false;
          TRAINING.notifyAll();
        }
      }
    }

    private void train() {
      if (store.isReady(key, FLAVOR) || !store.claim(key)) {
        return; // made meanwhile, or another parent is making it
      }
      Path output = store.temporary(key, FLAVOR);
      boolean keepClaim = false;
      try {
        List<String> args = new ArrayList<>(FLAVOR.trainingFlags(output));
        args.addAll(jvmArgs);
        boolean trained =
            TrainingChild.run(
                ClassDataTrainingLauncher.class,
                ClassDataTrainingLauncher.ENTRY,
                args,
                TRAINING_TIMEOUT_MILLIS);
        List<String> assembly = trained ? FLAVOR.assemblyFlags(output) : List.of();
        if (!assembly.isEmpty()) {
          // The user's flags too: the archive must be dumped as children will map it.
          List<String> dump = new ArrayList<>(assembly);
          dump.addAll(jvmArgs);
          trained = TrainingChild.runPlain(JavaCommand.tool(dump), TRAINING_TIMEOUT_MILLIS);
        }
        if (trained && Files.isRegularFile(output) && Files.size(output) > 0) {
          store.publish(key, FLAVOR, output);
        }
        // Killed because this JVM exits: keep the claim, so parents that live as briefly do not
        // each start a training that dies with them; it expires after a few minutes.
        keepClaim = !trained && TrainingChild.shuttingDown();
      } catch (Exception e) {
        // No archive this time: children keep starting the plain way. ATTEMPTED keeps this
        // parent from retrying in a loop; another parent (or run) will try again.
      } finally {
        PidDirectories.deleteFileQuietly(output);
        PidDirectories.deleteFileQuietly(FLAVOR.temporary(output));
        if (!keepClaim) {
          store.release(key);
        }
        store.pruneTemporaries(TEMPORARY_MAX_AGE_MILLIS);
      }
    }
  }
}
