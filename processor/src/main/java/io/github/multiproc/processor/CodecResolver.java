package io.github.multiproc.processor;

import static io.github.multiproc.processor.RuntimeNames.CONNECTION;
import static io.github.multiproc.processor.RuntimeNames.MANAGED;
import static io.github.multiproc.processor.RuntimeNames.PIPE_HANDLES;
import static io.github.multiproc.processor.RuntimeNames.QUEUE_HANDLES;
import static io.github.multiproc.processor.RuntimeNames.SHARED_MEMORY_HANDLES;
import static io.github.multiproc.processor.RuntimeNames.SYNC_HANDLES;
import static io.github.multiproc.processor.RuntimeNames.api;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Decides how each type crosses a process boundary: the closed world of built-in codecs,
 * records, enums and sealed hierarchies, {@code Object} (run-time typed), and the runtime's
 * handles (queues, pipe ends, locks, shared memory), which cross as references. One resolver
 * serves one worker class (or one {@code @Portable} type) and collects the codec definitions its
 * holder needs, including those of every channel's element type, which travels as {@code Object}
 * and so must be registered.
 */
final class CodecResolver {
  /** The result of resolving one type. */
  sealed interface Outcome {}

  /** The type crosses with this codec. */
  record Resolved(CodecModel codec) implements Outcome {}

  /**
   * The type cannot cross.
   *
   * @param path the record components leading to the offending type, empty if it is the type
   * @param args the message arguments after the subject
   * @param elements whether the offending type is (inside) the element type of a channel
   */
  record Failed(Message message, List<Object> args, String path, boolean elements)
      implements Outcome {}

  /** The type (or one it contains) is not resolved yet. */
  record Unresolved(String type) implements Outcome {}

  private static final Map<String, String> BUILT_INS = builtIns();

  /**
   * A collection type's {@code Codecs} factory and, for a concrete kind of container, the
   * {@code Containers} method that makes it (null: the factory picks).
   */
  private record CollectionKind(String factory, String container) {}

  private static final Map<String, CollectionKind> COLLECTIONS = collections();

  /**
   * The runtime's interfaces that only a manager proxy implements (named, not referenced, so the
   * processor does not need the runtime): Python's manager proxies of these types.
   */
  private static final Set<String> MANAGER_PROXIES =
      Set.of(
          api("Namespace"),
          api("ManagedEvent"),
          api("ManagedValue"),
          api("ManagedSemaphore"),
          api("ManagedCondition"),
          api("ManagedBarrier"),
          api("ManagedJoinableQueue"),
          api("ManagedLock"));

  /** Channels: a generic handle factory of the runtime, per channel type. */
  private record ChannelKind(ClassName owner, String method) {}

  private static final Map<String, ChannelKind> CHANNELS =
      Map.of(
          api("ProcessQueue"),
          new ChannelKind(QUEUE_HANDLES, "queue"),
          api("JoinableProcessQueue"),
          new ChannelKind(QUEUE_HANDLES, "joinableQueue"),
          api("SimpleProcessQueue"),
          new ChannelKind(QUEUE_HANDLES, "simpleQueue"),
          "java.util.concurrent.BlockingQueue",
          new ChannelKind(QUEUE_HANDLES, "blockingQueue"),
          CONNECTION,
          new ChannelKind(PIPE_HANDLES, "connection"));

  /** Locks, semaphores, events, barriers and shared memory: a handle constant per type. */
  private static final Map<String, Map.Entry<ClassName, String>> HANDLE_CONSTANTS = handles();

  /**
   * The JDK types {@code Codecs.OBJECT} carries (besides records, enums and sealed types, and the
   * collections below); every other type is refused as a channel element.
   */
  private static final Set<String> OBJECT_VALUES =
      Set.of(
          "java.lang.Object",
          "java.lang.Boolean",
          "java.lang.Byte",
          "java.lang.Short",
          "java.lang.Character",
          "java.lang.Integer",
          "java.lang.Long",
          "java.lang.Float",
          "java.lang.Double",
          "java.lang.String",
          "java.math.BigInteger",
          "java.math.BigDecimal",
          "java.util.UUID",
          "java.time.Instant",
          "java.time.Duration",
          "java.time.LocalDate",
          "java.time.LocalTime",
          "java.time.LocalDateTime",
          "java.time.ZonedDateTime");

  /**
   * Collections {@code Codecs.OBJECT} carries: it decodes lists as ArrayList, sets as
   * LinkedHashSet and maps as LinkedHashMap, so only types those classes can be assigned to.
   */
  private static final Set<String> OBJECT_COLLECTIONS =
      Set.of(
          "java.util.Collection",
          "java.util.List",
          "java.util.ArrayList",
          "java.util.Set",
          "java.util.HashSet",
          "java.util.LinkedHashSet",
          "java.util.Map",
          "java.util.HashMap",
          "java.util.LinkedHashMap",
          "java.util.Optional");

  private final Elements elements;
  private final Types types;
  private final String targetPackage;
  private final ClassName holder;
  private final JvmOnlyTypes jvmOnly;

  private final Map<String, CodecDefinition> definitions = new TreeMap<>();
  private final Set<String> pending = new HashSet<>();
  private final Map<String, Problem> failed = new HashMap<>();
  private final Map<String, String> fieldOwners = new HashMap<>();
  private final Map<String, String> classOwners = new HashMap<>();
  private final Deque<String> path = new ArrayDeque<>();

  /** How many channel element types are being resolved: failures then name "the elements". */
  private int channelDepth;

  private TypeElement genericContext;

  CodecResolver(Elements elements, Types types, String targetPackage, ClassName holder) {
    this.elements = elements;
    this.types = types;
    this.targetPackage = targetPackage;
    this.holder = holder;
    this.jvmOnly = new JvmOnlyTypes(elements, types);
  }

  /** The codec of a parameter or record component type; primitives stay primitive. */
  Outcome resolve(TypeMirror type) {
    try {
      return new Resolved(codec(type));
    } catch (Problem problem) {
      return problem.outcome();
    }
  }

  /** The codec of a result: primitives are boxed, {@code void} is {@code Codecs.VOID}. */
  Outcome resolveResult(TypeMirror type) {
    if (type.getKind() == TypeKind.VOID) {
      return new Resolved(new CodecModel.BuiltIn("VOID", TypeName.get(Void.class)));
    }
    if (type.getKind().isPrimitive()) {
      return resolve(types.boxedClass(types.getPrimitiveType(type.getKind())).asType());
    }
    return resolve(type);
  }

  /**
   * Defines the codec of a generated argument record (Python's starmap tuple for a {@code @Pooled}
   * method with several parameters). The record has no element yet, as the processor writes it in
   * this round, so its components come with their codecs already resolved.
   */
  CodecModel.Named argumentRecord(ClassName record, List<CodecDefinition.Component> components) {
    String name = record.canonicalName();
    String field = unique(fieldOwners, Names.constantName(record), name);
    ClassName codecClass =
        holder.nestedClass(unique(classOwners, Names.codecClassName(record), name));
    definitions.put(
        name,
        new CodecDefinition.RecordCodec(
            name, record, record, field, codecClass, List.of(), List.copyOf(components)));
    return new CodecModel.Named(field, record);
  }

  /** The definitions the holder must contain, sorted by type name. */
  List<CodecDefinition> definitions() {
    return List.copyOf(definitions.values());
  }

  /** Unwinds the recursion when a type cannot cross; caught in {@link #resolve}. */
  private static final class Problem extends RuntimeException {
    private final transient Outcome outcome;

    Problem(Outcome outcome) {
      super(null, null, false, false);
      this.outcome = outcome;
    }

    Outcome outcome() {
      return outcome;
    }
  }

  private Problem fail(Message message, Object... args) {
    return new Problem(
        new Failed(message, List.of(args), String.join(", ", path), channelDepth > 0));
  }

  private CodecModel codec(TypeMirror type) {
    switch (type.getKind()) {
      case BOOLEAN:
      case BYTE:
      case SHORT:
      case CHAR:
      case INT:
      case LONG:
      case FLOAT:
      case DOUBLE:
        return new CodecModel.Primitive(type.getKind(), TypeName.get(type));
      case ARRAY:
        return array((ArrayType) type);
      case DECLARED:
        return declared((DeclaredType) type);
      case TYPEVAR:
        return typeVariable((javax.lang.model.type.TypeVariable) type);
      case ERROR:
        throw new Problem(new Unresolved(type.toString()));
      case WILDCARD:
        throw fail(Message.CROSS_TYPE_VARIABLE, type);
      default:
        throw fail(Message.CROSS_NOT_PORTABLE, type);
    }
  }

  private CodecModel array(ArrayType type) {
    TypeMirror component = type.getComponentType();
    if (component.getKind().isPrimitive()) {
      return new CodecModel.BuiltIn(component.getKind().name() + "_ARRAY", TypeName.get(type));
    }
    if (component.getKind() == TypeKind.DECLARED
        && !((DeclaredType) component).getTypeArguments().isEmpty()) {
      throw fail(Message.CROSS_GENERIC_ARRAY, type);
    }
    if (component.getKind() == TypeKind.TYPEVAR) {
      throw fail(Message.CROSS_GENERIC_ARRAY, type);
    }
    return new CodecModel.ArrayOf(codec(component), TypeName.get(type));
  }

  private CodecModel typeVariable(javax.lang.model.type.TypeVariable type) {
    Element owner =
        ((javax.lang.model.element.TypeParameterElement) type.asElement()).getGenericElement();
    if (genericContext != null && owner.equals(genericContext)) {
      return new CodecModel.TypeVariable(type.toString(), TypeName.get(type));
    }
    throw fail(Message.CROSS_TYPE_VARIABLE, type);
  }

  private CodecModel declared(DeclaredType type) {
    TypeElement element = (TypeElement) type.asElement();
    String name = element.getQualifiedName().toString();
    String constant = BUILT_INS.get(name);
    if (constant != null) {
      return new CodecModel.BuiltIn(constant, TypeName.get(type));
    }
    Map.Entry<ClassName, String> handle = HANDLE_CONSTANTS.get(name);
    if (handle != null) {
      return new CodecModel.HandleConstant(handle.getKey(), handle.getValue(), TypeName.get(type));
    }
    if (isManaged(element)) {
      // Copying the object would silently stop sharing it: only its manager proxy may cross.
      return new CodecModel.ManagerReference(TypeName.get(type));
    }
    boolean raw = type.getTypeArguments().isEmpty() && !element.getTypeParameters().isEmpty();
    if (raw) {
      throw fail(Message.CROSS_TYPE_VARIABLE, type);
    }
    ChannelKind channel = CHANNELS.get(name);
    if (channel != null) {
      return channel(channel, type);
    }
    CollectionKind collection = COLLECTIONS.get(name);
    if (collection != null) {
      List<CodecModel> arguments = new ArrayList<>();
      for (TypeMirror argument : type.getTypeArguments()) {
        arguments.add(codec(argument));
      }
      return new CodecModel.Composite(
          collection.factory(), arguments, collection.container(), TypeName.get(type));
    }
    if (element.getKind() == ElementKind.ENUM) {
      requireAccessible(element, type);
      return enumCodec(element);
    }
    if (element.getKind() == ElementKind.RECORD) {
      requireAccessible(element, type);
      return record(element, type);
    }
    if (element.getModifiers().contains(Modifier.SEALED)) {
      if (!element.getTypeParameters().isEmpty()) {
        throw fail(Message.CROSS_GENERIC_SEALED, type);
      }
      requireAccessible(element, type);
      return sealed(element);
    }
    throw whyNot(element, type);
  }

  /**
   * A channel crosses as a handle declared in the holder; its element type must cross as
   * {@code Object}, so its codec is generated (and registered) here even if nothing else uses it.
   */
  private CodecModel channel(ChannelKind channel, DeclaredType type) {
    TypeMirror elementType = type.getTypeArguments().get(0);
    CodecModel element;
    channelDepth++;
    try {
      element = codec(elementType);
      requireObjectValue(elementType);
    } finally {
      channelDepth--;
    }
    String key = type.toString();
    TypeName typeName = TypeName.get(type);
    CodecDefinition existing = definitions.get(key);
    String field =
        existing != null
            ? ((CodecDefinition.HandleCodec) existing).field()
            : unique(
                fieldOwners,
                Names.constantName((ClassName) CodecExpressions.rawType(typeName))
                    + "_OF_"
                    + CodecsWriter.compositeName(element),
                key);
    definitions.putIfAbsent(
        key,
        new CodecDefinition.HandleCodec(key, typeName, field, channel.owner(), channel.method()));
    return new CodecModel.Named(field, typeName);
  }

  /** Fails unless {@code Codecs.OBJECT} can carry every value of {@code type}. */
  private void requireObjectValue(TypeMirror type) {
    if (type.getKind() == TypeKind.ARRAY) {
      TypeMirror component = ((ArrayType) type).getComponentType();
      boolean carried =
          switch (component.getKind()) {
            case BYTE, INT, LONG, DOUBLE -> true;
            case DECLARED ->
                ((TypeElement) types.asElement(component))
                    .getQualifiedName()
                    .contentEquals("java.lang.Object");
            default -> false;
          };
      if (!carried) {
        throw fail(Message.CROSS_CHANNEL_ELEMENT, type);
      }
      return;
    }
    if (type.getKind() != TypeKind.DECLARED) {
      throw fail(Message.CROSS_CHANNEL_ELEMENT, type);
    }
    DeclaredType declared = (DeclaredType) type;
    TypeElement element = (TypeElement) declared.asElement();
    String name = element.getQualifiedName().toString();
    if (name.equals(CONNECTION)) {
      // A pipe end crosses a channel as a reference to the same end (Python's resource sharer);
      // what it carries must be an Object value like any channel's.
      declared.getTypeArguments().forEach(this::requireObjectValue);
      return;
    }
    if (HANDLE_CONSTANTS.containsKey(name) || CHANNELS.containsKey(name) || isManaged(element)) {
      throw fail(Message.CROSS_CHANNEL_HANDLE, type);
    }
    if (OBJECT_VALUES.contains(name)) {
      return;
    }
    if (OBJECT_COLLECTIONS.contains(name)) {
      declared.getTypeArguments().forEach(this::requireObjectValue);
      return;
    }
    boolean registered =
        element.getKind() == ElementKind.ENUM
            || element.getModifiers().contains(Modifier.SEALED)
            || (element.getKind() == ElementKind.RECORD && element.getTypeParameters().isEmpty());
    if (!registered) {
      throw fail(Message.CROSS_CHANNEL_ELEMENT, type);
    }
  }

  /**
   * Whether only a manager proxy can fill a value of this type: a {@code @Managed} interface or one
   * of the manager's own proxy types ({@code Namespace}, {@code ManagedEvent}, ...).
   */
  static boolean isManaged(TypeElement element) {
    return MANAGER_PROXIES.contains(element.getQualifiedName().toString())
        || WorkerModelFactory.annotation(element, MANAGED).isPresent();
  }

  /** Why a type of none of the kinds that cross cannot, and what to pass instead. */
  private Problem whyNot(TypeElement element, DeclaredType type) {
    Optional<JvmOnlyTypes.JvmOnly> known = jvmOnly.find(element);
    if (known.isPresent()) {
      JvmOnlyTypes.JvmOnly entry = known.get();
      Message message = channelDepth > 0 ? entry.inChannel() : entry.message();
      return entry.counterpart() == null
          ? fail(message, type)
          : fail(message, type, entry.counterpart());
    }
    if (element.getKind() == ElementKind.INTERFACE && isFunctional(element)) {
      return fail(Message.CROSS_FUNCTIONAL, type);
    }
    if (element.getNestingKind() == NestingKind.MEMBER
        && element.getKind() == ElementKind.CLASS
        && !element.getModifiers().contains(Modifier.STATIC)) {
      return fail(Message.CROSS_INNER_CLASS, type);
    }
    return fail(Message.CROSS_NOT_PORTABLE, type);
  }

  private boolean isFunctional(TypeElement element) {
    if (element.getAnnotationMirrors().stream()
        .anyMatch(a -> a.getAnnotationType().toString().equals("java.lang.FunctionalInterface"))) {
      return true;
    }
    int abstractMethods = 0;
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(element))) {
      if (method.getModifiers().contains(Modifier.ABSTRACT) && !isObjectMethod(method)) {
        abstractMethods++;
      }
    }
    return abstractMethods == 1;
  }

  private static boolean isObjectMethod(ExecutableElement method) {
    String name = method.getSimpleName().toString();
    int arity = method.getParameters().size();
    return (name.equals("equals") && arity == 1)
        || (name.equals("hashCode") && arity == 0)
        || (name.equals("toString") && arity == 0);
  }

  /** Generated codecs live in the worker's package, so the type must be visible there. */
  private void requireAccessible(TypeElement element, TypeMirror type) {
    Element current = element;
    while (current instanceof TypeElement) {
      Set<Modifier> modifiers = current.getModifiers();
      boolean samePackage =
          elements.getPackageOf(current).getQualifiedName().contentEquals(targetPackage);
      if (modifiers.contains(Modifier.PRIVATE)
          || (!modifiers.contains(Modifier.PUBLIC) && !samePackage)) {
        throw fail(Message.CROSS_INACCESSIBLE, type, targetPackage);
      }
      current = current.getEnclosingElement();
    }
    if (!(current instanceof PackageElement)) {
      throw fail(Message.CROSS_INACCESSIBLE, type, targetPackage);
    }
  }

  private CodecModel.Named enumCodec(TypeElement element) {
    String name = element.getQualifiedName().toString();
    ClassName type = ClassName.get(element);
    CodecDefinition existing = definitions.get(name);
    String field =
        existing == null
            ? unique(fieldOwners, Names.constantName(type), name)
            : ((CodecDefinition.EnumCodec) existing).field();
    definitions.putIfAbsent(name, new CodecDefinition.EnumCodec(name, type, field));
    return new CodecModel.Named(field, type);
  }

  private CodecModel record(TypeElement element, DeclaredType use) {
    String name = element.getQualifiedName().toString();
    ClassName recordClass = ClassName.get(element);
    String field = unique(fieldOwners, Names.constantName(recordClass), name);
    ClassName codecClass =
        holder.nestedClass(unique(classOwners, Names.codecClassName(recordClass), name));
    boolean generic = !element.getTypeParameters().isEmpty();
    defineOnce(
        element, () -> defineRecord(element, recordClass, generic ? null : field, codecClass));
    if (!generic) {
      return new CodecModel.Named(field, recordClass);
    }
    List<CodecModel> arguments = new ArrayList<>();
    for (TypeMirror argument : use.getTypeArguments()) {
      arguments.add(codec(argument));
    }
    if (element.equals(genericContext) && !isOwnTypeVariables(element, arguments)) {
      throw fail(Message.CROSS_GENERIC_RECURSION, element.getQualifiedName());
    }
    return new CodecModel.GenericInstance(codecClass, arguments, TypeName.get(use));
  }

  private static boolean isOwnTypeVariables(TypeElement element, List<CodecModel> arguments) {
    for (int i = 0; i < arguments.size(); i++) {
      if (!(arguments.get(i) instanceof CodecModel.TypeVariable variable)
          || !variable
              .name()
              .equals(element.getTypeParameters().get(i).getSimpleName().toString())) {
        return false;
      }
    }
    return true;
  }

  private CodecDefinition defineRecord(
      TypeElement element, ClassName recordClass, String field, ClassName codecClass) {
    List<CodecDefinition.Component> components = new ArrayList<>();
    for (RecordComponentElement component : element.getRecordComponents()) {
      path.addLast(
          recordClass.simpleNames().get(recordClass.simpleNames().size() - 1)
              + "."
              + component.getSimpleName());
      try {
        components.add(
            new CodecDefinition.Component(
                component.getSimpleName().toString(),
                TypeName.get(component.asType()),
                codec(component.asType())));
      } finally {
        path.removeLast();
      }
    }
    List<TypeVariableName> variables = new ArrayList<>();
    element.getTypeParameters().forEach(p -> variables.add(TypeVariableName.get(p)));
    return new CodecDefinition.RecordCodec(
        element.getQualifiedName().toString(),
        TypeName.get(element.asType()),
        recordClass,
        field,
        codecClass,
        variables,
        components);
  }

  private CodecModel.Named sealed(TypeElement element) {
    String name = element.getQualifiedName().toString();
    ClassName type = ClassName.get(element);
    String field = unique(fieldOwners, Names.constantName(type), name);
    ClassName codecClass =
        holder.nestedClass(unique(classOwners, Names.codecClassName(type), name));
    defineOnce(
        element,
        () -> {
          List<TypeMirror> permitted = new ArrayList<>(element.getPermittedSubclasses());
          permitted.sort(Comparator.comparing(TypeMirror::toString));
          List<CodecModel.Named> subtypes = new ArrayList<>();
          for (TypeMirror subtype : permitted) {
            if (subtype.getKind() == TypeKind.ERROR) {
              throw new Problem(new Unresolved(subtype.toString()));
            }
            TypeElement subElement = (TypeElement) types.asElement(subtype);
            boolean portable =
                subElement.getKind() == ElementKind.RECORD
                    || subElement.getKind() == ElementKind.ENUM
                    || subElement.getModifiers().contains(Modifier.SEALED);
            if (!portable) {
              throw fail(Message.CROSS_SEALED_SUBTYPE, name, subtype);
            }
            if (!(codec(subtype) instanceof CodecModel.Named named)) {
              throw fail(Message.CROSS_SEALED_SUBTYPE, name, subtype);
            }
            subtypes.add(named);
          }
          return new CodecDefinition.SealedCodec(name, type, field, codecClass, subtypes);
        });
    return new CodecModel.Named(field, type);
  }

  /**
   * Defines the codec of {@code element} unless it is defined or being defined (a recursive
   * reference only needs the names); remembers failures so every use reports them.
   */
  private void defineOnce(TypeElement element, java.util.function.Supplier<CodecDefinition> body) {
    String name = element.getQualifiedName().toString();
    Problem earlier = failed.get(name);
    if (earlier != null) {
      throw earlier;
    }
    if (definitions.containsKey(name) || !pending.add(name)) {
      return;
    }
    TypeElement outerContext = genericContext;
    genericContext = element;
    try {
      definitions.put(name, body.get());
    } catch (Problem problem) {
      failed.put(name, problem);
      throw problem;
    } finally {
      genericContext = outerContext;
      pending.remove(name);
    }
  }

  /** {@code wanted}, or {@code wanted_2}... if another type already took it. */
  private static String unique(Map<String, String> owners, String wanted, String owner) {
    String candidate = wanted;
    for (int i = 2; owners.containsKey(candidate) && !owners.get(candidate).equals(owner); i++) {
      candidate = wanted + "_" + i;
    }
    owners.put(candidate, owner);
    return candidate;
  }

  private static Map<String, String> builtIns() {
    Map<String, String> map = new HashMap<>();
    map.put("java.lang.Void", "VOID");
    map.put("java.lang.Object", "OBJECT");
    map.put("java.lang.Boolean", "BOOLEAN");
    map.put("java.lang.Byte", "BYTE");
    map.put("java.lang.Short", "SHORT");
    map.put("java.lang.Character", "CHARACTER");
    map.put("java.lang.Integer", "INTEGER");
    map.put("java.lang.Long", "LONG");
    map.put("java.lang.Float", "FLOAT");
    map.put("java.lang.Double", "DOUBLE");
    map.put("java.lang.String", "STRING");
    map.put("java.math.BigInteger", "BIG_INTEGER");
    map.put("java.math.BigDecimal", "BIG_DECIMAL");
    map.put("java.util.UUID", "UUID");
    map.put("java.util.OptionalInt", "OPTIONAL_INT");
    map.put("java.util.OptionalLong", "OPTIONAL_LONG");
    map.put("java.util.OptionalDouble", "OPTIONAL_DOUBLE");
    for (String time :
        List.of(
            "Instant",
            "Duration",
            "LocalDate",
            "LocalTime",
            "LocalDateTime",
            "OffsetDateTime",
            "OffsetTime",
            "ZonedDateTime",
            "ZoneId",
            "ZoneOffset",
            "Period",
            "Year",
            "YearMonth",
            "MonthDay")) {
      map.put("java.time." + time, Names.upperSnake(time));
    }
    return Map.copyOf(map);
  }

  private static Map<String, Map.Entry<ClassName, String>> handles() {
    Map<String, Map.Entry<ClassName, String>> map = new HashMap<>();
    map.put(api("ProcessLock"), Map.entry(SYNC_HANDLES, "LOCK"));
    map.put(api("ReentrantProcessLock"), Map.entry(SYNC_HANDLES, "REENTRANT_LOCK"));
    map.put("java.util.concurrent.locks.Lock", Map.entry(SYNC_HANDLES, "ANY_LOCK"));
    map.put(api("ProcessCondition"), Map.entry(SYNC_HANDLES, "CONDITION"));
    map.put(api("ProcessSemaphore"), Map.entry(SYNC_HANDLES, "SEMAPHORE"));
    map.put(api("BoundedProcessSemaphore"), Map.entry(SYNC_HANDLES, "BOUNDED_SEMAPHORE"));
    map.put(api("ProcessEvent"), Map.entry(SYNC_HANDLES, "EVENT"));
    map.put(api("ProcessBarrier"), Map.entry(SYNC_HANDLES, "BARRIER"));
    for (String shared :
        List.of(
            "SharedInt",
            "SharedLong",
            "SharedDouble",
            "SharedShort",
            "SharedFloat",
            "SharedChar",
            "SharedByte",
            "SharedIntArray",
            "SharedLongArray",
            "SharedDoubleArray",
            "SharedShortArray",
            "SharedFloatArray",
            "SharedCharArray",
            "SharedByteArray",
            "SharedMemory",
            "ShareableList",
            "SharedMemoryManager")) {
      map.put(api(shared), Map.entry(SHARED_MEMORY_HANDLES, Names.upperSnake(shared)));
    }
    return Map.copyOf(map);
  }

  private static Map<String, CollectionKind> collections() {
    Map<String, CollectionKind> map = new HashMap<>();
    map.put("java.util.List", new CollectionKind("list", null));
    map.put("java.util.Set", new CollectionKind("set", null));
    map.put("java.util.Map", new CollectionKind("map", null));
    map.put("java.util.Optional", new CollectionKind("optional", null));
    map.put("java.util.Collection", new CollectionKind("collection", "arrayList"));
    map.put("java.util.ArrayList", new CollectionKind("collection", "arrayList"));
    map.put("java.util.LinkedList", new CollectionKind("collection", "linkedList"));
    map.put("java.util.HashSet", new CollectionKind("collection", "hashSet"));
    map.put("java.util.LinkedHashSet", new CollectionKind("collection", "linkedHashSet"));
    for (String sorted : List.of("SortedSet", "NavigableSet", "TreeSet")) {
      map.put("java.util." + sorted, new CollectionKind("collection", "treeSet"));
    }
    map.put("java.util.HashMap", new CollectionKind("map", "hashMap"));
    // A manager's dict proxy passed here crosses by reference (NullSafeCodec); a plain map copies.
    for (String concurrent : List.of("ConcurrentMap", "ConcurrentHashMap")) {
      map.put("java.util.concurrent." + concurrent, new CollectionKind("map", "concurrentHashMap"));
    }
    map.put("java.util.LinkedHashMap", new CollectionKind("map", "linkedHashMap"));
    for (String sorted : List.of("SortedMap", "NavigableMap", "TreeMap")) {
      map.put("java.util." + sorted, new CollectionKind("map", "treeMap"));
    }
    return Map.copyOf(map);
  }
}
