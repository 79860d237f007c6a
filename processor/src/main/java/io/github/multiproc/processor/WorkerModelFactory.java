package io.github.multiproc.processor;

import static io.github.multiproc.processor.RuntimeNames.DAEMON;
import static io.github.multiproc.processor.RuntimeNames.POOLED;
import static io.github.multiproc.processor.RuntimeNames.WORKER;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Builds the {@link WorkerModel} of one user class and validates it on the way: every rule the
 * launcher and the codecs depend on is checked here, and each violation goes into the report on
 * the element to fix.
 */
final class WorkerModelFactory {
  /** Names javac refuses for a record component (JLS 8.10.1): Object's no-argument methods. */
  private static final Set<String> RECORD_FORBIDDEN =
      Set.of(
          "clone", "finalize", "getClass", "hashCode", "notify", "notifyAll", "toString", "wait");

  private static final List<String> INJECT =
      List.of("jakarta.inject.Inject", "javax.inject.Inject");

  private final Elements elements;
  private final Types types;

  WorkerModelFactory(ProcessingEnvironment env) {
    this.elements = env.getElementUtils();
    this.types = env.getTypeUtils();
  }

  /** The elements of {@code type} (itself and its methods) carrying @Worker or @Daemon. */
  static List<Element> annotatedMembers(TypeElement type) {
    List<Element> members = new ArrayList<>();
    if (annotation(type, WORKER).isPresent() || annotation(type, DAEMON).isPresent()) {
      members.add(type);
    }
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (annotation(method, WORKER).isPresent() || annotation(method, DAEMON).isPresent()) {
        members.add(method);
      }
    }
    return members;
  }

  /** The model, or empty when the report has errors or unresolved types. */
  Optional<WorkerModel> build(TypeElement type, ValidationReport report) {
    ClassName userClass = ClassName.get(type);
    ClassName codecs = Names.codecs(userClass);
    CodecResolver resolver = new CodecResolver(elements, types, userClass.packageName(), codecs);
    List<WorkerModel.Member> members = new ArrayList<>();
    // A method with both @Worker and @Pooled whose worker checks failed is not checked again.
    Set<Element> failed = new HashSet<>();
    for (Element element : annotatedMembers(type)) {
      int before = report.errorCount();
      member(element, resolver, report).ifPresent(members::add);
      if (report.errorCount() > before) {
        failed.add(element);
      }
    }
    members.sort(Comparator.comparing(WorkerModel.Member::entryKey));
    checkFactoryClashes(type, members, report);
    ClassName tasksClass = Names.tasks(userClass);
    List<WorkerModel.Task> tasks = new ArrayList<>();
    Map<String, ExecutableElement> taskNames = new HashMap<>();
    for (ExecutableElement method : pooledMethods(type)) {
      String name = method.getSimpleName().toString();
      if (taskNames.putIfAbsent(name, method) != null) {
        report.error(
            method,
            Message.POOLED_NAME_CLASH,
            name,
            type.getSimpleName(),
            tasksClass.simpleName(),
            name);
      } else if (!failed.contains(method)) {
        pooled(type, method, tasksClass, resolver, report).ifPresent(tasks::add);
      }
    }
    tasks.sort(Comparator.comparing(WorkerModel.Task::name));
    if (!report.isClean()) {
      return Optional.empty();
    }
    return Optional.of(
        new WorkerModel(
            type,
            userClass,
            Names.processes(userClass),
            Names.launcher(userClass),
            codecs,
            List.copyOf(members),
            tasksClass,
            Names.taskProvider(userClass),
            List.copyOf(tasks),
            resolver.definitions(),
            GeneratedAnnotation.forFilesBeside(type, elements)));
  }

  /** The methods of {@code type} carrying @Pooled, in source order. */
  static List<ExecutableElement> pooledMethods(TypeElement type) {
    List<ExecutableElement> methods = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (annotation(method, POOLED).isPresent()) {
        methods.add(method);
      }
    }
    return methods;
  }

  /** The pool task of one @Pooled method, or empty after reporting why there can be none. */
  private Optional<WorkerModel.Task> pooled(
      TypeElement type,
      ExecutableElement method,
      ClassName tasksClass,
      CodecResolver resolver,
      ValidationReport report) {
    int errorsBefore = report.errorCount();
    String name = method.getSimpleName().toString();
    checkStaticMethod(method, "Pooled", "pool task", report);
    TypeMirror exception = typeOf("java.lang.Exception");
    TypeMirror error = typeOf("java.lang.Error");
    for (TypeMirror thrown : method.getThrownTypes()) {
      // TaskBody.call throws Exception: a body calling a method that throws Throwable won't
      // compile.
      if (!types.isAssignable(thrown, exception) && !types.isAssignable(thrown, error)) {
        report.error(method, Message.POOLED_THROWS, name, thrown);
      }
    }
    if (method.getParameters().size() > 1) {
      for (VariableElement parameter : method.getParameters()) {
        if (RECORD_FORBIDDEN.contains(parameter.getSimpleName().toString())) {
          ClassName record = Names.argumentRecord(tasksClass, name);
          report.error(
              parameter,
              Message.POOLED_COMPONENT_NAME,
              name,
              parameter.getSimpleName(),
              String.join(".", record.simpleNames()));
        }
      }
    }
    List<WorkerModel.Parameter> parameters = parameters(method, resolver, report);
    CodecModel result =
        codec(
            resolver.resolveResult(method.getReturnType()),
            "the result of " + name,
            method,
            report);
    if (report.errorCount() > errorsBefore || report.hasUnresolved()) {
      return Optional.empty();
    }
    TypeName argumentType;
    CodecModel argumentCodec;
    ClassName argumentRecord = null;
    if (parameters.isEmpty()) {
      argumentType = TypeName.get(Void.class);
      argumentCodec = new CodecModel.BuiltIn("VOID", argumentType);
    } else if (parameters.size() == 1) {
      argumentType = parameters.get(0).type().box();
      argumentCodec = parameters.get(0).codec();
    } else {
      argumentRecord = Names.argumentRecord(tasksClass, name);
      List<CodecDefinition.Component> components = new ArrayList<>();
      for (WorkerModel.Parameter parameter : parameters) {
        components.add(
            new CodecDefinition.Component(parameter.name(), parameter.type(), parameter.codec()));
      }
      argumentType = argumentRecord;
      argumentCodec = resolver.argumentRecord(argumentRecord, components);
    }
    String id = elements.getBinaryName(type) + "#" + Names.entryKey(name, erased(method));
    return Optional.of(
        new WorkerModel.Task(
            method,
            name,
            id,
            javadocSignature(method),
            method.getModifiers().contains(Modifier.PUBLIC),
            List.copyOf(parameters),
            argumentType,
            argumentCodec,
            argumentRecord,
            result,
            method.getReturnType().getKind() == javax.lang.model.type.TypeKind.VOID,
            isOverloaded(type, method)));
  }

  /** Whether another method of {@code type} (declared or inherited) has the same name. */
  private boolean isOverloaded(TypeElement type, ExecutableElement method) {
    for (ExecutableElement other : ElementFilter.methodsIn(elements.getAllMembers(type))) {
      if (!other.equals(method) && other.getSimpleName().equals(method.getSimpleName())) {
        return true;
      }
    }
    return false;
  }

  private Optional<WorkerModel.Member> member(
      Element element, CodecResolver resolver, ValidationReport report) {
    Optional<AnnotationMirror> worker = annotation(element, WORKER);
    Optional<AnnotationMirror> daemon = annotation(element, DAEMON);
    if (worker.isPresent() && daemon.isPresent()) {
      report.error(element, Message.BOTH_WORKER_AND_DAEMON, element.getSimpleName());
      return Optional.empty();
    }
    AnnotationMirror mirror = worker.orElseGet(daemon::get);
    String annotationName = daemon.isPresent() ? "Daemon" : "Worker";
    String processName = (String) value(mirror, "name");
    List<String> jvmArgs = new ArrayList<>();
    for (Object arg : (List<?>) value(mirror, "jvmArgs")) {
      jvmArgs.add((String) ((AnnotationValue) arg).getValue());
    }
    int errors = errorCount(report);
    if (element.getKind() == ElementKind.METHOD) {
      return method(
          (ExecutableElement) element,
          annotationName,
          processName,
          daemon.isPresent(),
          jvmArgs,
          resolver,
          report,
          errors);
    }
    return task(
        (TypeElement) element,
        annotationName,
        processName,
        daemon.isPresent(),
        jvmArgs,
        resolver,
        report,
        errors);
  }

  private Optional<WorkerModel.Member> method(
      ExecutableElement method,
      String annotation,
      String processName,
      boolean daemon,
      List<String> jvmArgs,
      CodecResolver resolver,
      ValidationReport report,
      int errorsBefore) {
    String name = method.getSimpleName().toString();
    checkStaticMethod(method, annotation, "launcher", report);
    List<WorkerModel.Parameter> parameters = parameters(method, resolver, report);
    CodecModel result =
        codec(
            resolver.resolveResult(method.getReturnType()),
            "the result of " + name,
            method,
            report);
    if (errorCount(report) > errorsBefore || report.hasUnresolved()) {
      return Optional.empty();
    }
    return Optional.of(
        new WorkerModel.Member(
            method,
            WorkerModel.Kind.STATIC_METHOD,
            name,
            Names.entryKey(name, erased(method)),
            javadocSignature(method),
            method.getModifiers().contains(Modifier.PUBLIC),
            method.isVarArgs(),
            processName,
            daemon,
            jvmArgs,
            parameters,
            result,
            method.getReturnType().getKind() == javax.lang.model.type.TypeKind.VOID));
  }

  /**
   * What generated code calling {@code method} statically needs: it is visible, reachable, static
   * and not generic. {@code caller} names that code in the messages.
   */
  private void checkStaticMethod(
      ExecutableElement method, String annotation, String caller, ValidationReport report) {
    String name = method.getSimpleName().toString();
    if (method.getModifiers().contains(Modifier.PRIVATE)) {
      report.error(method, Message.PRIVATE_MEMBER, annotation, "method", name, caller);
    }
    checkReachable(
        method, (TypeElement) method.getEnclosingElement(), annotation, "method", caller, report);
    if (!method.getModifiers().contains(Modifier.STATIC)) {
      if (annotation.equals("Pooled")) {
        report.error(method, Message.POOLED_NOT_STATIC, name);
      } else {
        report.error(method, Message.METHOD_NOT_STATIC, annotation, name, annotation);
      }
    }
    if (!method.getTypeParameters().isEmpty()) {
      report.error(method, Message.GENERIC_METHOD, annotation, name);
    }
  }

  private Optional<WorkerModel.Member> task(
      TypeElement type,
      String annotation,
      String processName,
      boolean daemon,
      List<String> jvmArgs,
      CodecResolver resolver,
      ValidationReport report,
      int errorsBefore) {
    String name = type.getSimpleName().toString();
    if (type.getModifiers().contains(Modifier.PRIVATE)) {
      report.error(type, Message.PRIVATE_MEMBER, annotation, "class", name, "launcher");
    }
    if (type.getEnclosingElement() instanceof TypeElement enclosing) {
      checkReachable(type, enclosing, annotation, "class", "launcher", report);
    }
    if (type.getKind() != ElementKind.CLASS && type.getKind() != ElementKind.RECORD
        || type.getModifiers().contains(Modifier.ABSTRACT)) {
      report.error(type, Message.CLASS_ABSTRACT, annotation, name);
      return Optional.empty();
    }
    if (type.getNestingKind() == NestingKind.MEMBER
        && !type.getModifiers().contains(Modifier.STATIC)) {
      report.error(type, Message.CLASS_INNER, annotation, name);
    }
    if (!type.getTypeParameters().isEmpty()) {
      report.error(type, Message.CLASS_GENERIC, annotation, name);
    }
    TypeMirror erased = types.erasure(type.asType());
    boolean runnable = types.isAssignable(erased, typeOf("java.lang.Runnable"));
    TypeElement callableElement = elements.getTypeElement("java.util.concurrent.Callable");
    boolean callable = types.isAssignable(erased, types.erasure(callableElement.asType()));
    if (runnable && callable) {
      report.error(type, Message.CLASS_BOTH_TASKS, annotation, name);
    } else if (!runnable && !callable) {
      report.error(type, Message.CLASS_NOT_TASK, annotation, name);
    }
    if (errorCount(report) > errorsBefore) {
      // The constructor rules depend on a reachable, concrete class: don't pile on.
      return Optional.empty();
    }
    ExecutableElement constructor = constructor(type, annotation, report);
    if (constructor == null) {
      return Optional.empty();
    }
    List<WorkerModel.Parameter> parameters = parameters(constructor, resolver, report);
    CodecModel result;
    if (callable) {
      ExecutableElement call =
          ElementFilter.methodsIn(callableElement.getEnclosedElements()).get(0);
      TypeMirror returned =
          ((javax.lang.model.type.ExecutableType)
                  types.asMemberOf((DeclaredType) type.asType(), call))
              .getReturnType();
      result =
          codec(
              resolver.resolveResult(returned), "the result of " + name + ".call()", type, report);
    } else {
      result = new CodecModel.BuiltIn("VOID", TypeName.get(Void.class));
    }
    if (errorCount(report) > errorsBefore || report.hasUnresolved()) {
      return Optional.empty();
    }
    boolean isPublic =
        constructor.getModifiers().contains(Modifier.PUBLIC)
            && type.getModifiers().contains(Modifier.PUBLIC);
    return Optional.of(
        new WorkerModel.Member(
            type,
            callable ? WorkerModel.Kind.CALLABLE : WorkerModel.Kind.RUNNABLE,
            "create",
            Names.entryKey("new", erased(constructor)),
            javadocSignature(constructor),
            isPublic,
            constructor.isVarArgs(),
            processName,
            daemon,
            jvmArgs,
            parameters,
            result,
            !callable));
  }

  /**
   * The constructor the launcher calls: the one annotated @Inject, else the only public one (or,
   * in a class with a single constructor, that one unless it is private).
   */
  private ExecutableElement constructor(
      TypeElement type, String annotation, ValidationReport report) {
    List<ExecutableElement> all = ElementFilter.constructorsIn(type.getEnclosedElements());
    List<ExecutableElement> injected = new ArrayList<>();
    List<ExecutableElement> open = new ArrayList<>();
    for (ExecutableElement constructor : all) {
      if (INJECT.stream().anyMatch(a -> annotation(constructor, a).isPresent())) {
        injected.add(constructor);
      }
      if (constructor.getModifiers().contains(Modifier.PUBLIC)) {
        open.add(constructor);
      }
    }
    String name = type.getSimpleName().toString();
    if (injected.size() > 1) {
      report.error(type, Message.MULTIPLE_INJECT_CONSTRUCTORS, annotation, name);
      return null;
    }
    if (injected.size() == 1) {
      if (injected.get(0).getModifiers().contains(Modifier.PRIVATE)) {
        report.error(injected.get(0), Message.PRIVATE_INJECT_CONSTRUCTOR, name);
        return null;
      }
      return injected.get(0);
    }
    if (open.size() > 1) {
      report.error(type, Message.AMBIGUOUS_CONSTRUCTORS, annotation, name);
      return null;
    }
    if (open.size() == 1) {
      return open.get(0);
    }
    if (all.size() == 1 && !all.get(0).getModifiers().contains(Modifier.PRIVATE)) {
      return all.get(0);
    }
    report.error(type, Message.NO_CONSTRUCTOR, annotation, name);
    return null;
  }

  private void checkReachable(
      Element member,
      TypeElement enclosing,
      String annotation,
      String what,
      String caller,
      ValidationReport report) {
    for (Element current = enclosing;
        current instanceof TypeElement type;
        current = current.getEnclosingElement()) {
      boolean local =
          type.getNestingKind() == NestingKind.LOCAL
              || type.getNestingKind() == NestingKind.ANONYMOUS;
      if (local || type.getModifiers().contains(Modifier.PRIVATE)) {
        String where =
            local ? "a local or anonymous class" : "the private class " + type.getSimpleName();
        report.error(
            member,
            Message.UNREACHABLE_MEMBER,
            annotation,
            what,
            member.getSimpleName(),
            where,
            caller);
        return;
      }
    }
  }

  private List<WorkerModel.Parameter> parameters(
      ExecutableElement executable, CodecResolver resolver, ValidationReport report) {
    List<WorkerModel.Parameter> parameters = new ArrayList<>();
    for (VariableElement parameter : executable.getParameters()) {
      String name = parameter.getSimpleName().toString();
      CodecModel codec =
          codec(resolver.resolve(parameter.asType()), "parameter " + name, parameter, report);
      if (codec != null) {
        parameters.add(new WorkerModel.Parameter(name, TypeName.get(parameter.asType()), codec));
      }
    }
    return parameters;
  }

  /** The codec, or null after reporting why the type cannot cross. */
  static CodecModel codec(
      CodecResolver.Outcome outcome, String subject, Element element, ValidationReport report) {
    if (outcome instanceof CodecResolver.Resolved resolved) {
      return resolved.codec();
    }
    if (outcome instanceof CodecResolver.Unresolved unresolved) {
      report.unresolved(element, subject, unresolved.type());
      return null;
    }
    CodecResolver.Failed failed = (CodecResolver.Failed) outcome;
    String where =
        (failed.elements() ? "the elements of " : "")
            + subject
            + (failed.path().isEmpty() ? "" : " (through " + failed.path() + ")");
    List<Object> args = new ArrayList<>();
    args.add(where);
    args.addAll(failed.args());
    report.error(element, failed.message(), args.toArray());
    return null;
  }

  private void checkFactoryClashes(
      TypeElement type, List<WorkerModel.Member> members, ValidationReport report) {
    Map<String, WorkerModel.Member> seen = new HashMap<>();
    for (WorkerModel.Member member : members) {
      List<String> erasedTypes = new ArrayList<>();
      member.parameters().forEach(p -> erasedTypes.add(p.type().toString()));
      String signature = Names.entryKey(member.methodName(), erasedTypes);
      if (seen.putIfAbsent(signature, member) != null) {
        report.error(
            member.element(),
            Message.FACTORY_CLASH,
            member.kind() == WorkerModel.Kind.STATIC_METHOD ? "Worker method" : "Worker class",
            member.element().getSimpleName(),
            signature,
            type.getSimpleName());
      }
    }
  }

  private List<String> erased(ExecutableElement executable) {
    List<String> names = new ArrayList<>();
    for (VariableElement parameter : executable.getParameters()) {
      names.add(Names.erasedName(parameter.asType(), types));
    }
    return names;
  }

  private List<TypeName> javadocSignature(ExecutableElement executable) {
    List<TypeName> names = new ArrayList<>();
    for (VariableElement parameter : executable.getParameters()) {
      names.add(TypeName.get(types.erasure(parameter.asType())));
    }
    return names;
  }

  private TypeMirror typeOf(String name) {
    return types.erasure(elements.getTypeElement(name).asType());
  }

  private static int errorCount(ValidationReport report) {
    return report.errorCount();
  }

  static Optional<AnnotationMirror> annotation(Element element, String name) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement annotationType = (TypeElement) mirror.getAnnotationType().asElement();
      if (annotationType.getQualifiedName().contentEquals(name)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  private Object value(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        elements.getElementValuesWithDefaults(mirror).entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return entry.getValue().getValue();
      }
    }
    throw new IllegalStateException("annotation " + mirror + " has no element " + name);
  }
}
