package io.github.multiproc.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic;

/**
 * {@code @Portable} types: a value that travels as {@code Object} (a queue item, a pipe message)
 * and appears in no worker signature still needs a registered codec in the receiving JVM. For each
 * such type this writes a public {@code CodecProvider}; when processing is over it lists every
 * provider of the compilation, sorted, in {@code META-INF/services} (through {@link ServiceFiles}),
 * where the runtime's
 * {@code ServiceLoader} finds them the first time an unknown type name arrives.
 */
final class PortableStep {
  static final String PORTABLE = "io.github.multiproc.annotation.Portable";

  private final Elements elements;
  private final Types types;
  private final Messager messager;
  private final Filer filer;
  /** Types deferred by an earlier round because one of their types was not generated yet. */
  private final Set<String> deferred = new LinkedHashSet<>();
  private final ServiceFiles services;

  PortableStep(ProcessingEnvironment env, ServiceFiles services) {
    this.services = services;
    this.elements = env.getElementUtils();
    this.types = env.getTypeUtils();
    this.messager = env.getMessager();
    this.filer = env.getFiler();
  }

  void process(RoundEnvironment round) {
    Set<String> portables = new TreeSet<>(deferred);
    deferred.clear();
    TypeElement annotation = elements.getTypeElement(PORTABLE);
    if (annotation != null) {
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        if (element instanceof TypeElement type) {
          portables.add(type.getQualifiedName().toString());
        }
      }
    }
    for (String name : portables) {
      TypeElement type = elements.getTypeElement(name);
      if (type != null) {
        processType(type, round.processingOver());
      }
    }
  }

  private void processType(TypeElement type, boolean lastRound) {
    ValidationReport report = new ValidationReport();
    ClassName name = ClassName.get(type);
    ClassName provider = Names.codecProvider(name);
    String subject = "@Portable type " + type.getQualifiedName();
    String kind = unsupportedKind(type);
    if (kind != null) {
      report.error(type, Message.PORTABLE_KIND, type.getQualifiedName(), kind);
    } else if (type.getKind() == ElementKind.RECORD && !type.getTypeParameters().isEmpty()) {
      report.error(type, Message.PORTABLE_GENERIC, type.getQualifiedName());
    } else {
      CodecResolver resolver =
          new CodecResolver(elements, types, name.packageName(), provider);
      CodecModel codec =
          WorkerModelFactory.codec(resolver.resolve(type.asType()), subject, type, report);
      if (report.hasUnresolved() && !lastRound) {
        deferred.add(type.getQualifiedName().toString());
        return;
      }
      if (codec != null && report.isClean()) {
        write(CodecsWriter.writeProvider(new PortableModel(type, name, provider,
            resolver.definitions(), GeneratedAnnotation.forFilesBeside(type, elements))), type);
        services.add(CodecsWriter.CODEC_PROVIDER, provider, type);
        return;
      }
    }
    report.printTo(messager);
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
            ? null : "an interface that is not sealed";
      default:
        return type.getModifiers().contains(Modifier.SEALED)
            ? null : "a class that is not sealed";
    }
  }

  private void write(JavaFile file, TypeElement type) {
    try {
      file.writeTo(filer);
    } catch (IOException e) {
      messager.printMessage(Diagnostic.Kind.ERROR,
          "could not write " + file.packageName() + "." + file.typeSpec().name() + ": " + e, type);
    }
  }
}
