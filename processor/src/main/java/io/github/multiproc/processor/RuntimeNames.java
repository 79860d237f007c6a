package io.github.multiproc.processor;

import com.palantir.javapoet.ClassName;

/**
 * The multiproc classes the processor recognises or writes calls to, in one place. They are named
 * rather than linked, so the processor does not need the runtime on its path; a class that moves
 * in the runtime is one change here. (The names of generated classes are {@link Names}'.)
 */
final class RuntimeNames {
  private RuntimeNames() {}

  /** The public API's package; its types the resolver recognises are named beside their rules. */
  static final String API = "io.github.multiproc";

  /** {@code io.github.multiproc.<simpleName>}: a public API type recognised by name. */
  static String api(String simpleName) {
    return API + "." + simpleName;
  }

  private static final String ANNOTATION = API + ".annotation";
  private static final String SPI = API + ".spi";
  private static final String WIRE = API + ".wire";

  // The annotations, by qualified name (for Elements.getTypeElement).
  static final String WORKER = ANNOTATION + ".Worker";
  static final String DAEMON = ANNOTATION + ".Daemon";
  static final String POOLED = ANNOTATION + ".Pooled";
  static final String PORTABLE = ANNOTATION + ".Portable";
  static final String MANAGED = ANNOTATION + ".Managed";

  // Public API types that generated code uses.
  static final ClassName CHILD_PROCESS = ClassName.get(API, "ChildProcess");
  static final ClassName POOL_TASK = ClassName.get(API, "PoolTask");

  // Public API types the processor recognises in user signatures.
  static final String CONNECTION = API + ".Connection";
  static final String TASK_POOL = API + ".TaskPool";
  static final String MANAGER = API + ".Manager";

  // Codecs and the wire format.
  static final ClassName CODEC = ClassName.get(WIRE, "Codec");
  static final ClassName NULL_SAFE_CODEC = ClassName.get(WIRE, "NullSafeCodec");
  static final ClassName CODECS = ClassName.get(WIRE, "Codecs");
  static final ClassName CONTAINERS = ClassName.get(WIRE, "Containers");
  static final ClassName WIRE_INPUT = ClassName.get(WIRE, "WireInput");
  static final ClassName WIRE_OUTPUT = ClassName.get(WIRE, "WireOutput");
  static final ClassName CORRUPT_DATA_EXCEPTION = ClassName.get(WIRE, "CorruptDataException");
  static final ClassName CODEC_PROVIDER = ClassName.get(WIRE, "CodecProvider");

  // What factories and launchers call.
  static final ClassName WORKER_CALL = ClassName.get(SPI, "WorkerCall");
  static final ClassName WORKER_DISPATCHER = ClassName.get(SPI, "WorkerDispatcher");
  static final ClassName CHILD_MAIN = ClassName.get(SPI, "ChildMain");
  static final ClassName TASK_PROVIDER = ClassName.get(SPI, "TaskProvider");

  // Handles of channels, locks and shared memory that cross into a child.
  static final ClassName QUEUE_HANDLES = ClassName.get(SPI, "QueueHandles");
  static final ClassName PIPE_HANDLES = ClassName.get(SPI, "PipeHandles");
  static final ClassName SYNC_HANDLES = ClassName.get(SPI, "SyncHandles");
  static final ClassName SHARED_MEMORY_HANDLES = ClassName.get(SPI, "SharedMemoryHandles");
  static final ClassName MANAGER_HANDLES = ClassName.get(SPI, "ManagerHandles");

  // Manager-served (@Managed) types.
  static final ClassName MANAGED_TYPE = ClassName.get(SPI, "ManagedType");
  static final ClassName MANAGED_TYPE_PROVIDER = ClassName.get(SPI, "ManagedTypeProvider");
  static final ClassName MANAGED_INVOKER = ClassName.get(SPI, "ManagedInvoker");
  static final ClassName PROXY_REFERENCE = ClassName.get(WIRE, "ProxyReference");
}
