package io.github.multiproc.internal.hub;

import io.github.multiproc.internal.log.LazyLogger;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a TCP server of ours ({@code Listener}, {@code Manager.serve}) binds. An address made from
 * a port alone ({@code new InetSocketAddress(port)}, or a null address) names no host: it binds the
 * loopback address, as Python's {@code Listener} does without an address. Only a host the caller
 * names, the wildcard {@code "0.0.0.0"} / {@code "::"} included, reaches beyond this machine, and
 * that is logged once per host as a WARNING, since the authkey is then all that guards it.
 */
public final class ServerAddresses {
  private static final LazyLogger LOG = new LazyLogger("io.github.multiproc.network");

  /**
   * The JDK's shared wildcard instance, which {@code new InetSocketAddress(port)} holds; a wildcard
   * the caller wrote ({@code new InetSocketAddress("0.0.0.0", port)}) is a different instance.
   */
  private static final InetAddress PORT_ONLY = new InetSocketAddress(0).getAddress();

  /** The hosts warned about; every wildcard (IPv4 or IPv6) counts as one. */
  private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();

  private ServerAddresses() {}

  /** {@code requested}, with a port-only TCP address turned into loopback and that port. */
  public static SocketAddress toBind(SocketAddress requested) {
    if (requested instanceof InetSocketAddress inet && inet.getAddress() == PORT_ONLY) {
      return new InetSocketAddress(InetAddress.getLoopbackAddress(), inet.getPort());
    }
    return requested;
  }

  /**
   * Logs a WARNING, once per host in this process, when {@code bound} is reachable from other
   * machines: a wildcard or a non-loopback address.
   */
  public static void warnIfExposed(SocketAddress bound, String server) {
    if (!(bound instanceof InetSocketAddress inet) || inet.getAddress() == null) {
      return;
    }
    InetAddress host = inet.getAddress();
    if (host.isLoopbackAddress()
        || !WARNED.add(host.isAnyLocalAddress() ? "*" : host.getHostAddress())) {
      return;
    }
    String reach =
        host.isAnyLocalAddress()
            ? "every network interface of this machine"
            : "the network of " + host.getHostAddress();
    LOG.get()
        .log(
            Level.WARNING,
            "multiproc: "
                + server
                + " listens on "
                + host.getHostAddress()
                + ":"
                + inet.getPort()
                + ", open to "
                + reach
                + ": only the authkey guards it and the messages travel"
                + " unencrypted, so use it on a trusted network only; bind 127.0.0.1 (or give only a port)"
                + " to keep it on this machine");
  }
}
