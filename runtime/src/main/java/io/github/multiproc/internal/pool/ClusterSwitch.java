package io.github.multiproc.internal.pool;

import io.github.multiproc.spi.pool.ClusterConnector;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The no-code switch to a cluster: when {@code MULTIPROC_CLUSTER} (or {@code -Dmultiproc.cluster})
 * names one, a pool built without {@code cluster(...)} or {@code local()} connects to it through
 * the one {@link ClusterConnector} on the class path, as Ray's pool follows {@code RAY_ADDRESS}.
 */
public final class ClusterSwitch {
  /** The environment variable naming the cluster. */
  public static final String ENV = "MULTIPROC_CLUSTER";

  /** The system property naming the cluster; it wins over the variable. */
  public static final String PROPERTY = "multiproc.cluster";

  private ClusterSwitch() {}

  /** The cluster address this JVM is told to use, or null. */
  public static String address() {
    String address = System.getProperty(PROPERTY);
    if (address == null || address.isBlank()) {
      address = System.getenv(ENV);
    }
    return address == null || address.isBlank() ? null : address.trim();
  }

  /** A new connection to the cluster {@link #address()} names, or null when none is named. */
  public static ClusterConnector.OwnedConnection connectIfNamed() {
    String address = address();
    if (address == null) {
      return null;
    }
    List<ClusterConnector> connectors = new ArrayList<>();
    ServiceLoader.load(ClusterConnector.class).forEach(connectors::add);
    if (connectors.size() != 1) {
      throw new IllegalStateException(
          ENV
              + " (or -D"
              + PROPERTY
              + ") names the cluster '"
              + address
              + "', but "
              + connectors.size()
              + " cluster connectors are on the class path"
              + " where one is needed: add the multiproc-cluster jar, or unset "
              + ENV
              + " (Pool.builder().local() ignores it)");
    }
    return connectors.get(0).connect(address);
  }
}
