package io.github.multiproc.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * The part every generated {@code ServiceLoader} provider shares (codec, task and managed-type
 * providers): a public final class that implements the service, with the public no-argument
 * constructor {@code ServiceLoader} calls. Each writer adds its own Javadoc and methods.
 */
final class ServiceProviders {
  private ServiceProviders() {}

  /** The provider {@code name} of {@code service}, documented by {@code javadoc}. */
  static TypeSpec.Builder builder(
      ClassName name, ClassName service, CodeBlock javadoc, Optional<AnnotationSpec> generated) {
    return TypeSpec.classBuilder(name)
        .addJavadoc(javadoc)
        .addAnnotations(generated.stream().toList())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(service)
        .addMethod(
            MethodSpec.constructorBuilder()
                .addJavadoc("Called by {@code ServiceLoader}.\n")
                .addModifiers(Modifier.PUBLIC)
                .build());
  }
}
