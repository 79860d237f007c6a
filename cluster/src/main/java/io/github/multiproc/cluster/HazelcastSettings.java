package io.github.multiproc.cluster;

import com.hazelcast.config.JavaSerializationFilterConfig;
import com.hazelcast.config.SerializationConfig;
import com.hazelcast.config.SerializerConfig;

/**
 * What the user's client and every member configure alike: our one serializer, and Java
 * serialization refused, so that bytes from the network never choose a class. Public for the
 * {@code manager} package, whose workers open clients of their own; not for users.
 */
public final class HazelcastSettings {
  /** Hazelcast's logging off unless the user picked one: its INFO lines would drown a program's. */
  static final String LOGGING = "hazelcast.logging.type";

  private HazelcastSettings() {}

  /**
   * Registers {@link ChunkCall}'s serializer, and a Java deserialization filter that accepts no
   * class: an attacker's {@code ObjectInputStream} payload is refused before any class loads.
   */
  public static void apply(SerializationConfig serialization) {
    serialization.addSerializerConfig(
        new SerializerConfig()
            .setTypeClass(ChunkCall.class)
            .setImplementation(new ChunkCall.Serializer()));
    JavaSerializationFilterConfig filter = new JavaSerializationFilterConfig();
    filter.setDefaultsDisabled(true);
    // An empty whitelist would allow everything: one name of no class makes it refuse every class.
    filter.getWhitelist().addClasses("io.github.multiproc.cluster.NoJavaSerialization");
    serialization.setJavaSerializationFilterConfig(filter);
  }

  /** The properties every instance gets: no phone-home, quiet logs unless asked. */
  public static void quiet(java.util.function.BiConsumer<String, String> setProperty) {
    setProperty.accept("hazelcast.phone.home.enabled", "false");
    if (System.getProperty(LOGGING) == null) {
      setProperty.accept(LOGGING, "none");
    }
  }
}
