package io.github.multiproc.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * The {@code @Generated} annotation on generated files, where the user's code can see it.
 *
 * <p>{@code javax.annotation.processing.Generated} lives in module {@code java.compiler}. A named
 * module that does not read it would fail to compile our output, so there we leave the annotation
 * out rather than force every modular user to add {@code requires static java.compiler}.
 */
final class GeneratedAnnotation {
  private static final String MODULE = "java.compiler";
  private static final AnnotationSpec SPEC =
      AnnotationSpec.builder(ClassName.get("javax.annotation.processing", "Generated"))
          .addMember("value", "$S", MultiprocProcessor.class.getName())
          .build();

  private GeneratedAnnotation() {}

  /** The annotation for files generated beside {@code type}, or empty where it is not visible. */
  static Optional<AnnotationSpec> forFilesBeside(TypeElement type, Elements elements) {
    if (elements.getTypeElement("javax.annotation.processing.Generated") == null) {
      return Optional.empty();
    }
    ModuleElement module = elements.getModuleOf(type);
    return module == null || module.isUnnamed() || reads(module)
        ? Optional.of(SPEC)
        : Optional.empty();
  }

  /** Whether {@code module} reads java.compiler: directly, or through a `requires transitive`. */
  private static boolean reads(ModuleElement module) {
    Deque<ModuleElement> toVisit = new ArrayDeque<>();
    Set<String> seen = new HashSet<>();
    for (ModuleElement.RequiresDirective requires :
        ElementFilter.requiresIn(module.getDirectives())) {
      toVisit.add(requires.getDependency());
    }
    while (!toVisit.isEmpty()) {
      ModuleElement next = toVisit.pop();
      String name = next.getQualifiedName().toString();
      if (name.equals(MODULE)) {
        return true;
      }
      if (seen.add(name)) {
        for (ModuleElement.RequiresDirective requires :
            ElementFilter.requiresIn(next.getDirectives())) {
          if (requires.isTransitive()) {
            toVisit.add(requires.getDependency());
          }
        }
      }
    }
    return false;
  }
}
