/**
 * The multiproc runtime: the public API ({@code io.github.multiproc}), what generated code
 * implements and calls ({@code spi}) and the wire format ({@code wire}). The implementation
 * ({@code internal.*}) is not exported; only the leak check is, to the JUnit extension.
 */
module io.github.multiproc {
  // Both optional, as when this was an automatic module: flight-recorder events are emitted only
  // where jdk.jfr is in the module graph (internal.jfr.Jfr), and the JVM's module options are
  // passed on to children only where java.management is (internal.process.LaunchTarget).
  requires static jdk.jfr;
  requires static java.management;
  // TCP keepalive options of manager connections (internal.manager.ManagerTimeouts).
  requires jdk.net;

  exports io.github.multiproc;
  exports io.github.multiproc.spi;
  exports io.github.multiproc.wire;
  // Where pool chunks run: the contract a cluster back end implements.
  exports io.github.multiproc.spi.pool;
  exports io.github.multiproc.internal.leak to
      io.github.multiproc.junit;
  // ChunkFailures: a chunk's failure as bytes, for the cluster's members and its client.
  exports io.github.multiproc.internal.pool to
      io.github.multiproc.cluster;

  // Generated classes, found through ServiceLoader.
  uses io.github.multiproc.wire.CodecProvider;
  uses io.github.multiproc.spi.ManagedTypeProvider;
  uses io.github.multiproc.spi.TaskProvider;
  uses io.github.multiproc.ManagerInitializer;
  // The cluster MULTIPROC_CLUSTER names (internal.pool.ClusterSwitch).
  uses io.github.multiproc.spi.pool.ClusterConnector;
  // The manager proxies and pipe ends the codecs carry as references (wire.References).
  uses io.github.multiproc.wire.References;
  // Proxies of objects held outside these managers (the cluster module's maps and queues).
  uses io.github.multiproc.wire.ExternalReferenceReader;

  provides io.github.multiproc.wire.References with
      io.github.multiproc.internal.manager.WireReferences;

  // The class-data archive flags of child command lines (internal.process.ArchiveFlags).
  uses io.github.multiproc.internal.process.ArchiveFlags;

  provides io.github.multiproc.internal.process.ArchiveFlags with
      io.github.multiproc.internal.cds.ClassDataFlags;
}
