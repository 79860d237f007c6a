package io.github.multiproc.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Builds the {@link ManagedModel} of one {@code @Managed} interface and validates it: the interface
 * is public and not generic, its implementation can be created by generated code, and every type
 * of every abstract method crosses (the same rules and messages as worker parameters).
 */
final class ManagedModelFactory {
  private final Elements elements;
  private final Types types;

  ManagedModelFactory(ProcessingEnvironment env) {
    this.elements = env.getElementUtils();
    this.types = env.getTypeUtils();
  }

  /** The model, or empty when the report has errors or unresolved types. */
  Optional<ManagedModel> build(TypeElement type, ValidationReport report) {
    String name = type.getQualifiedName().toString();
    if (type.getKind() != ElementKind.INTERFACE) {
      report.error(type, Message.MANAGED_NOT_INTERFACE, name, kind(type));
      return Optional.empty();
    }
    ClassName managedInterface = ClassName.get(type);
    ClassName managedType = Names.managedType(managedInterface);
    if (!type.getTypeParameters().isEmpty()) {
      // Its implementation and methods would all be checked against type variables: don't pile on.
      report.error(type, Message.MANAGED_GENERIC, name);
      return Optional.empty();
    }
    if (!isPublic(type)) {
      report.error(type, Message.MANAGED_NOT_PUBLIC, name, managedType.simpleName());
    }
    ClassName implementation = implementation(type, managedType, report);
    ClassName codecs = Names.managedCodecs(managedInterface);
    CodecResolver resolver =
        new CodecResolver(elements, types, managedInterface.packageName(), codecs);
    List<ManagedModel.Method> methods = methods(type, resolver, report);
    if (!report.isClean() || implementation == null) {
      return Optional.empty();
    }
    Set<String> memberTypes = new HashSet<>();
    for (TypeElement member : ElementFilter.typesIn(elements.getAllMembers(type))) {
      memberTypes.add(member.getSimpleName().toString());
    }
    return Optional.of(
        new ManagedModel(
            type,
            managedInterface,
            managedType,
            implementation,
            codecs,
            // A member type of the interface named Proxy would shadow ours inside the proxy class.
            Names.fresh("Proxy", memberTypes),
            methods,
            resolver.definitions(),
            GeneratedAnnotation.forFilesBeside(type, elements)));
  }

  /** The implementation class, or null after reporting why generated code cannot create it. */
  private ClassName implementation(
      TypeElement type, ClassName managedType, ValidationReport report) {
    AnnotationMirror shared =
        WorkerModelFactory.annotation(type, RuntimeNames.MANAGED).orElseThrow();
    AnnotationValue value = null;
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        shared.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals("implementation")) {
        value = entry.getValue();
      }
    }
    if (value == null || !(value.getValue() instanceof TypeMirror mirror)) {
      // javac already reported the missing or broken element value.
      report.unresolved(
          type, "the implementation of @Managed " + type.getSimpleName(), String.valueOf(value));
      return null;
    }
    if (mirror.getKind() == TypeKind.ERROR) {
      report.unresolved(
          type, "the implementation of @Managed " + type.getSimpleName(), mirror.toString());
      return null;
    }
    String name = type.getQualifiedName().toString();
    if (mirror.getKind() != TypeKind.DECLARED) {
      report.error(type, shared, value, Message.MANAGED_IMPL_KIND, name, mirror, "not a class");
      return null;
    }
    TypeElement impl = (TypeElement) ((DeclaredType) mirror).asElement();
    String implName = impl.getQualifiedName().toString();
    String kind = implementationKind(impl);
    if (kind != null) {
      report.error(type, shared, value, Message.MANAGED_IMPL_KIND, name, implName, kind);
      return null;
    }
    if (!types.isAssignable(types.erasure(impl.asType()), types.erasure(type.asType()))) {
      report.error(
          type,
          shared,
          value,
          Message.MANAGED_IMPL_NOT_IMPLEMENTING,
          name,
          implName,
          type.getSimpleName(),
          type.getSimpleName());
      return null;
    }
    if (!isPublic(impl)) {
      report.error(
          type,
          shared,
          value,
          Message.MANAGED_IMPL_NOT_PUBLIC,
          name,
          implName,
          managedType.simpleName());
      return null;
    }
    boolean constructor =
        ElementFilter.constructorsIn(impl.getEnclosedElements()).stream()
            .anyMatch(
                c -> c.getParameters().isEmpty() && c.getModifiers().contains(Modifier.PUBLIC));
    if (!constructor) {
      report.error(type, shared, value, Message.MANAGED_IMPL_NO_CONSTRUCTOR, name, implName);
      return null;
    }
    return ClassName.get(impl);
  }

  /** Why {@code new Impl()} cannot be written for this class, or null. */
  private static String implementationKind(TypeElement impl) {
    switch (impl.getKind()) {
      case INTERFACE:
      case ANNOTATION_TYPE:
        return "an interface";
      case ENUM:
        return "an enum";
      default:
        break;
    }
    if (impl.getModifiers().contains(Modifier.ABSTRACT)) {
      return "an abstract class";
    }
    if (!impl.getTypeParameters().isEmpty()) {
      return "a generic class";
    }
    if (impl.getNestingKind() == NestingKind.MEMBER
        && !impl.getModifiers().contains(Modifier.STATIC)) {
      return "a non-static inner class";
    }
    return null;
  }

  /** Public, and inside public classes only: visible from the provider's package. */
  private static boolean isPublic(TypeElement type) {
    for (Element current = type;
        current instanceof TypeElement;
        current = current.getEnclosingElement()) {
      if (!current.getModifiers().contains(Modifier.PUBLIC)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The abstract methods of the interface, declared or inherited, except those of Object
   * ({@code equals}, {@code hashCode}, {@code toString}): those stay local to the proxy, as
   * default methods do (they run in the caller and call managed methods through the proxy).
   */
  private List<ManagedModel.Method> methods(
      TypeElement type, CodecResolver resolver, ValidationReport report) {
    DeclaredType declared = (DeclaredType) type.asType();
    Map<String, ManagedModel.Method> byKey = new TreeMap<>();
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
      if (!method.getModifiers().contains(Modifier.ABSTRACT) || isObjectMethod(method)) {
        continue;
      }
      int errorsBefore = report.errorCount();
      String name = method.getSimpleName().toString();
      if (!method.getTypeParameters().isEmpty()) {
        report.error(method, Message.GENERIC_METHOD, "Managed", name);
        continue;
      }
      ExecutableType member = (ExecutableType) types.asMemberOf(declared, method);
      List<WorkerModel.Parameter> parameters = new ArrayList<>();
      List<String> erased = new ArrayList<>();
      for (int i = 0; i < method.getParameters().size(); i++) {
        Element parameter = method.getParameters().get(i);
        TypeMirror parameterType = member.getParameterTypes().get(i);
        String parameterName = parameter.getSimpleName().toString();
        erased.add(Names.erasedName(parameterType, types));
        CodecModel codec =
            WorkerModelFactory.codec(
                resolver.resolve(parameterType),
                "parameter " + parameterName + " of " + name,
                parameter,
                report);
        if (codec != null) {
          parameters.add(
              new WorkerModel.Parameter(parameterName, TypeName.get(parameterType), codec));
        }
      }
      CodecModel result =
          WorkerModelFactory.codec(
              resolver.resolveResult(member.getReturnType()),
              "the result of " + name,
              method,
              report);
      if (report.errorCount() > errorsBefore || report.hasUnresolved()) {
        continue;
      }
      String key = Names.entryKey(name, erased);
      // Two super-interfaces may declare the same method: one proxy method serves both.
      byKey.putIfAbsent(
          key,
          new ManagedModel.Method(
              key,
              MethodSpec.overriding(method, declared, types).build(),
              List.copyOf(parameters),
              result,
              member.getReturnType().getKind() == TypeKind.VOID));
    }
    List<ManagedModel.Method> methods = new ArrayList<>(byKey.values());
    methods.sort(Comparator.comparing(ManagedModel.Method::key));
    return List.copyOf(methods);
  }

  private static boolean isObjectMethod(ExecutableElement method) {
    String name = method.getSimpleName().toString();
    int arity = method.getParameters().size();
    return (name.equals("equals") && arity == 1)
        || (name.equals("hashCode") && arity == 0)
        || (name.equals("toString") && arity == 0);
  }

  private static String kind(TypeElement type) {
    switch (type.getKind()) {
      case ANNOTATION_TYPE:
        return "an annotation type";
      case ENUM:
        return "an enum";
      case RECORD:
        return "a record";
      default:
        return "a class";
    }
  }
}
