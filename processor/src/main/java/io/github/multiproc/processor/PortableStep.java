package io.github.multiproc.processor;

import com.palantir.javapoet.ClassName;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Types;

/**
 * {@code @Portable} types: a value that travels as {@code Object} (a queue item, a pipe message)
 * and appears in no worker signature still needs a registered codec in the receiving JVM. For each
 * such type this writes a public {@code CodecProvider}; when processing is over it lists every
 * provider of the compilation, sorted, in {@code META-INF/services} (through {@link ServiceFiles}),
 * where the runtime's
 * {@code ServiceLoader} finds them the first time an unknown type name arrives.
 */
final class PortableStep extends ProcessingStep<PortableModel> {

  private final Types types;
  private final ServiceFiles services;

  PortableStep(ProcessingEnvironment env, ServiceFiles services) {
    super(env, RuntimeNames.PORTABLE);
    this.services = services;
    this.types = env.getTypeUtils();
  }

  @Override
  Optional<PortableModel> model(TypeElement type, ValidationReport report) {
    String kind = unsupportedKind(type);
    if (kind != null) {
      report.error(type, Message.PORTABLE_KIND, type.getQualifiedName(), kind);
      return Optional.empty();
    }
    if (type.getKind() == ElementKind.RECORD && !type.getTypeParameters().isEmpty()) {
      report.error(type, Message.PORTABLE_GENERIC, type.getQualifiedName());
      return Optional.empty();
    }
    ClassName name = ClassName.get(type);
    ClassName provider = Names.codecProvider(name);
    CodecResolver resolver = new CodecResolver(elements, types, name.packageName(), provider);
    CodecModel codec =
        WorkerModelFactory.codec(
            resolver.resolve(type.asType()),
            "@Portable type " + type.getQualifiedName(),
            type,
            report);
    if (codec == null) {
      return Optional.empty();
    }
    return Optional.of(
        new PortableModel(
            type,
            name,
            provider,
            resolver.definitions(),
            GeneratedAnnotation.forFilesBeside(type, elements)));
  }

  @Override
  void generate(PortableModel model, TypeElement type) {
    write(CodecsWriter.writeProvider(model), type);
    services.add(RuntimeNames.CODEC_PROVIDER, model.provider(), type);
  }

  /** What the type is when no codec can be generated for it, else null. */
  private static String unsupportedKind(TypeElement type) {
    switch (type.getKind()) {
      case RECORD:
      case ENUM:
        return null;
      case ANNOTATION_TYPE:
        return "an annotation type";
      case INTERFACE:
        return type.getModifiers().contains(Modifier.SEALED)
            ? null
            : "an interface that is not sealed";
      default:
        return type.getModifiers().contains(Modifier.SEALED) ? null : "a class that is not sealed";
    }
  }
}
