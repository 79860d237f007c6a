package io.github.multiproc.testing;

/**
 * Runs a property: one check, tried many times with values drawn from a {@link RandomValues}.
 * Every try draws from its own generator, seeded from the run's seed and the try's number, so a
 * failure is reproduced by running the same test with the seed its message names.
 *
 * <p>The run's seed is {@code -Dmultiproc.fuzz.seed} when given, a fresh one otherwise; the
 * number of tries is {@code -Dmultiproc.fuzz.tries} (the {@code -Pfuzz} profile's long run) or
 * {@link #DEFAULT_TRIES} (the short run of every build). No shrinking: the failing try's values
 * are in the assertion message.
 */
public final class Property {
  /** The system property that sets each property's number of tries. */
  public static final String TRIES = "multiproc.fuzz.tries";

  /** The system property that sets the run's seed. */
  public static final String SEED = "multiproc.fuzz.seed";

  /** Tries of a short run: enough to meet every case a few times, few enough for every build. */
  public static final int DEFAULT_TRIES = 200;

  private static final long RUN_SEED =
      Long.getLong(SEED, new java.util.SplittableRandom().nextLong());

  private Property() {}

  /** One check of a property, with the values it draws from {@code random}. */
  @FunctionalInterface
  public interface Check {
    /** Draws this try's values and checks them; throws (an assertion's error) if they fail. */
    void run(RandomValues random) throws Exception;
  }

  /** Runs {@code check} as many times as the run asks ({@link #TRIES}). */
  public static void forAll(Check check) {
    forAll(Integer.getInteger(TRIES, DEFAULT_TRIES), check);
  }

  /**
   * Runs {@code check} exactly {@code tries} times, whatever the run asks: for a property whose
   * every try is costly and whose few tries already cover its range.
   */
  public static void forAll(int tries, Check check) {
    for (int attempt = 0; attempt < tries; attempt++) {
      try {
        check.run(new RandomValues(RUN_SEED + attempt * 0x9E3779B97F4A7C15L));
      } catch (Exception | AssertionError e) {
        throw new AssertionError(
            "try "
                + (attempt + 1)
                + " of "
                + tries
                + " failed (reproduce with -D"
                + SEED
                + "="
                + RUN_SEED
                + "): "
                + e.getMessage(),
            e);
      }
    }
  }
}
