package io.github.multiproc.processor;

import javax.tools.Diagnostic;

/**
 * Every diagnostic the processor prints, in one place (as MapStruct's {@code Message} does), so the
 * texts are easy to review and test. Each reads "X may not be Y; do Z" and is attached to the
 * element the user has to change.
 */
enum Message {
  // Where the annotation sits.
  BOTH_WORKER_AND_DAEMON(
      "%s may not be annotated with both @Worker and @Daemon; keep @Daemon for a process the parent"
          + " does not wait for, or @Worker for one it joins at exit"),
  PRIVATE_MEMBER(
      "@%s %s %s may not be private; make it package-private or public so the generated %s can"
          + " call it"),
  UNREACHABLE_MEMBER(
      "@%s %s %s may not be inside %s, which the generated %s cannot reach; move it to a"
          + " top-level or static nested class that is at least package-private"),
  METHOD_NOT_STATIC(
      "@%s method %s may not be abstract or an instance method; make it static, or put @%s on a"
          + " class implementing Runnable or Callable"),
  GENERIC_METHOD(
      "@%s method %s may not be generic; replace its type parameters with concrete types"),

  // Pool tasks (@Pooled methods).
  POOLED_NOT_STATIC(
      "@Pooled method %s may not be abstract or an instance method, because a pool worker has no"
          + " instance to call it on; make it static and pass what it needs as parameters"),
  POOLED_NAME_CLASH(
      "@Pooled method %s may not share its name with another @Pooled method of %s, because each"
          + " becomes the constant %s.%s; rename one of them"),
  POOLED_COMPONENT_NAME(
      "@Pooled method %s may not have a parameter named %s, because it becomes a component of the"
          + " argument record %s, and a record component may not be named like a method of"
          + " Object; rename the parameter"),
  POOLED_THROWS(
      "@Pooled method %s may not declare throws %s, which is neither an Exception nor an Error and"
          + " so cannot be rethrown by a pool task; declare Exception (or a subclass) instead"),

  // Class-level workers.
  CLASS_NOT_TASK(
      "@%s class %s may not be a class that implements neither Runnable nor Callable, since the"
          + " child would not know what to run; implement Runnable (run()) or Callable<R>"
          + " (call())"),
  CLASS_BOTH_TASKS(
      "@%s class %s may not be both Runnable and Callable; implement only one of them"),
  CLASS_ABSTRACT(
      "@%s class %s may not be abstract or an interface; make it a concrete class so the launcher"
          + " can instantiate it"),
  CLASS_INNER(
      "@%s class %s may not be a non-static inner class; make it static so the launcher can"
          + " instantiate it without an enclosing instance"),
  CLASS_GENERIC("@%s class %s may not be generic; give it concrete types"),
  MULTIPLE_INJECT_CONSTRUCTORS(
      "@%s class %s may not have more than one @Inject constructor; keep @Inject on the one the"
          + " launcher should call"),
  AMBIGUOUS_CONSTRUCTORS(
      "@%s class %s may not have several public constructors and none annotated @Inject; annotate"
          + " the one the launcher should call with @Inject"),
  NO_CONSTRUCTOR(
      "@%s class %s may not have only constructors the launcher cannot choose (none is public or"
          + " annotated @Inject, and there is not exactly one non-private one); add a public"
          + " constructor or annotate one with @Inject"),
  PRIVATE_INJECT_CONSTRUCTOR(
      "@Inject constructor of %s may not be private; make it package-private or public"),
  FACTORY_CLASH(
      "@%s %s may not have the same factory signature %s as another member of %s; rename it or"
          + " change its parameters"),

  // Types that cannot cross a process boundary (the first %s names parameter or result and path).
  CROSS_FUNCTIONAL(
      "%s may not cross a process boundary: %s is a functional interface, whose code and captured"
          + " state cannot be sent to another JVM; pass the data it needs (a record or an enum"
          + " that selects the behaviour) instead"),
  CROSS_THREAD(
      "%s may not cross a process boundary: %s is a Thread, which exists in one JVM only; pass"
          + " nothing and start the thread inside the worker, or start another @Worker process"
          + " instead of a thread"),
  CROSS_EXECUTOR(
      "%s may not cross a process boundary: %s is an executor, whose threads exist in one JVM"
          + " only; pass nothing and create the executor (or a ThreadPool) inside the worker, or"
          + " submit @Pooled tasks to a Pool in this process"),
  CROSS_POOL(
      "%s may not cross a process boundary: %s is a pool, whose workers belong to the process"
          + " that made it (Python cannot pickle a Pool either); pass nothing and make a pool"
          + " inside the worker, or submit the work to the pool from this process"),
  CROSS_MANAGER(
      "%s may not cross a process boundary: %s is a manager handle, which belongs to the process"
          + " that started or connected it; pass the proxies it made (manager.dict(),"
          + " manager.list(), manager.namespace(), manager.create(...)) instead"),

  // JDK types that work within one JVM and have a multiproc counterpart (JvmOnlyTypes): the
  // third argument names it, and texts that name it themselves ignore it.
  CROSS_JVM_LOCK(
      "%s may not cross a process boundary: %s locks the threads of one JVM only; pass a"
          + " ProcessLock (Python's Lock) or a ReentrantProcessLock (Python's RLock) instead,"
          + " declared as that type or as Lock"),
  CROSS_JVM_SYNCHRONIZER(
      "%s may not cross a process boundary: %s synchronizes the threads of one JVM only; pass a"
          + " %s instead, which every process it is passed to shares"),
  CROSS_JVM_QUEUE(
      "%s may not cross a process boundary: %s is a queue of one JVM, which a child would get as"
          + " a copy; pass a ProcessQueue (Python's Queue) instead, declared as ProcessQueue<E> or"
          + " BlockingQueue<E>"),
  CROSS_JVM_ATOMIC(
      "%s may not cross a process boundary: %s is shared by the threads of one JVM only, and a"
          + " child would get a copy; pass a %s instead, which every process it is passed to"
          + " shares"),
  CROSS_JVM_HANDLE_IN_CHANNEL(
      "%s may not cross a process boundary: %s works within one JVM only, and its multiproc"
          + " counterpart, a %s, travels only as a worker parameter (or inside one), never as a"
          + " channel item; pass that to the worker directly"),
  CROSS_DATE(
      "%s may not cross a process boundary: %s is a mutable legacy date class, which has no"
          + " codec; pass an Instant instead (date.toInstant(), and Date.from(instant) where a"
          + " Date is needed)"),
  CROSS_CALENDAR(
      "%s may not cross a process boundary: %s is a mutable legacy calendar class, which has no"
          + " codec; pass a ZonedDateTime instead (GregorianCalendar.toZonedDateTime() and"
          + " GregorianCalendar.from(zoned))"),
  CROSS_STREAM(
      "%s may not cross a process boundary: %s is a stream, whose position and buffers live in"
          + " this JVM; pass the data (byte[], String, List) or a file path instead"),
  CROSS_SOCKET(
      "%s may not cross a process boundary: %s is a socket or channel, which belongs to this"
          + " process; pass its address (host and port, or a path) and connect in the worker"),
  CROSS_INNER_CLASS(
      "%s may not cross a process boundary: %s is a non-static inner class, which holds a hidden"
          + " reference to its enclosing instance; make it a record (or at least static)"),
  CROSS_TYPE_VARIABLE(
      "%s may not cross a process boundary: %s is a type variable, a wildcard or a raw type, so"
          + " no codec can be chosen at compile time; use a concrete type such as List<String>"),
  CROSS_GENERIC_ARRAY(
      "%s may not cross a process boundary: %s is an array of a generic type; use a List"
          + " instead"),
  CROSS_NOT_PORTABLE(
      "%s may not cross a process boundary: %s is a class that is neither a record, an enum, a"
          + " sealed hierarchy of records nor a built-in type; make it a record, an enum or a"
          + " sealed interface of records"),
  CROSS_SEALED_SUBTYPE(
      "%s may not cross a process boundary: sealed %s permits %s, which is neither a record, an"
          + " enum nor a sealed interface; make every permitted subtype a record or an enum"),
  CROSS_GENERIC_SEALED(
      "%s may not cross a process boundary: %s is a generic sealed type; make it non-generic"),
  CROSS_GENERIC_RECURSION(
      "%s may not cross a process boundary: generic record %s refers to itself with other type"
          + " arguments than its own; refer to it with its own type parameters"),
  CROSS_INACCESSIBLE(
      "%s may not cross a process boundary: %s is not accessible from package %s, where its"
          + " generated codec lives; make it public (and every class enclosing it)"),

  // Channels (the first %s is "the elements of parameter q"): each item travels as Codecs.OBJECT.
  CROSS_CHANNEL_ELEMENT(
      "%s may not cross a process boundary: %s cannot travel inside a channel, which sends each"
          + " item as a run-time-typed value (Codecs.OBJECT); use a record, an enum, a sealed"
          + " interface of records, a boxed primitive, String, List, Set, Map, Optional, byte[],"
          + " int[], long[], double[], Object[], BigInteger, BigDecimal, UUID, Instant, Duration,"
          + " LocalDate, LocalTime, LocalDateTime or ZonedDateTime, or wrap the value in a record"),
  CROSS_CHANNEL_HANDLE(
      "%s may not cross a process boundary: %s is a queue, lock or shared object, which travels"
          + " only as a worker parameter (or inside one), never as a channel item (of the handles"
          + " only a pipe end, a Connection, may be one); pass it to the worker directly"),

  // @Portable types: sent as Object, registered through a generated CodecProvider.
  PORTABLE_KIND(
      "@Portable type %s may not be %s; make it a record, an enum or a sealed interface whose"
          + " permitted subtypes are records or enums, so that a codec can be generated for it"),
  PORTABLE_GENERIC(
      "@Portable record %s may not be generic, because a value sent as an Object carries no type"
          + " arguments; give its components concrete types"),

  // @Managed interfaces: served by a manager, used through generated proxies.
  MANAGED_NOT_INTERFACE(
      "@Managed type %s may not be %s; put @Managed on an interface and name the class that"
          + " implements it in implementation"),
  MANAGED_GENERIC(
      "@Managed interface %s may not be generic, because the manager serves one implementation"
          + " whatever the type arguments; give its methods concrete types"),
  MANAGED_NOT_PUBLIC(
      "@Managed interface %s may not be hidden from other packages; make it public (and every"
          + " class enclosing it) so that the generated %s and provider can use it"),
  MANAGED_IMPL_KIND(
      "@Managed interface %s may not name %s as its implementation, which is %s; name a public"
          + " concrete class with a public no-argument constructor"),
  MANAGED_IMPL_NOT_IMPLEMENTING(
      "@Managed interface %s may not name %s as its implementation, which does not implement %s;"
          + " add implements %s to it"),
  MANAGED_IMPL_NOT_PUBLIC(
      "@Managed interface %s may not name %s as its implementation, which is not public (or is"
          + " inside a class that is not); make it public so that the generated %s can create it"),
  MANAGED_IMPL_NO_CONSTRUCTOR(
      "@Managed interface %s may not name %s as its implementation, which has no public"
          + " no-argument constructor; add one, since the manager creates each object with it"),

  // Types that javac could not resolve, reported only in the last round.
  UNRESOLVED_TYPE(
      "%s may not refer to a type that does not exist (%s); fix the type, or the processor that"
          + " should generate it"),

  // A bug in the processor, not in the user's code.
  INTERNAL_ERROR(
      "internal error in the multiproc processor while processing %s; please report it, with the"
          + " source of this type, to the multiproc project. Cause: %s");

  private final String format;

  Message(String format) {
    this.format = format;
  }

  /** Always an error: nothing is generated for a class with any of these. */
  Diagnostic.Kind kind() {
    return Diagnostic.Kind.ERROR;
  }

  String format(Object... args) {
    return String.format(format, args);
  }
}
