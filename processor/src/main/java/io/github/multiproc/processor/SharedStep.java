package io.github.multiproc.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;

/**
 * {@code @Shared} interfaces (Python's {@code BaseManager.register}): for each, a
 * {@code <Interface>_SharedType} (and a codec holder when its methods send records, enums or
 * sealed types); for the interfaces of one round, one {@code SharedTypeProvider} listed in
 * {@code META-INF/services}.
 *
 * <p>The provider is written in the round that generated its shared types, not when processing is
 * over: javac warns about sources created in the last round. It is named after the round's first
 * interface ({@code Counter_SharedTypes}), a name no other round can take; a compilation whose
 * shared interfaces all exist from the start (the usual case) gets exactly one.
 */
final class SharedStep {
  static final String SHARED = "io.github.multiproc.annotation.Shared";

  private final Elements elements;
  private final Messager messager;
  private final Filer filer;
  private final SharedModelFactory factory;
  private final ServiceFiles services;
  /** Interfaces deferred by an earlier round because one of their types was not generated yet. */
  private final Set<String> deferred = new LinkedHashSet<>();

  SharedStep(ProcessingEnvironment env, ServiceFiles services) {
    this.services = services;
    this.elements = env.getElementUtils();
    this.messager = env.getMessager();
    this.filer = env.getFiler();
    this.factory = new SharedModelFactory(env);
  }

  void process(RoundEnvironment round) {
    Set<String> names = new TreeSet<>(deferred);
    deferred.clear();
    TypeElement annotation = elements.getTypeElement(SHARED);
    if (annotation != null) {
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        if (element instanceof TypeElement type) {
          names.add(type.getQualifiedName().toString());
        }
      }
    }
    List<SharedModel> models = new ArrayList<>();
    for (String name : names) {
      TypeElement type = elements.getTypeElement(name);
      if (type != null) {
        model(type, round.processingOver()).ifPresent(models::add);
      }
    }
    if (models.isEmpty()) {
      return;
    }
    List<ClassName> sharedTypes = new ArrayList<>();
    List<TypeElement> origins = new ArrayList<>();
    for (SharedModel model : models) {
      write(SharedTypeWriter.write(model), model.element());
      if (!model.definitions().isEmpty()) {
        for (JavaFile file : CodecsWriter.holderFiles(model.element(), model.sharedInterface(),
            "shared methods", model.codecs(), model.definitions(), model.generated(), services)) {
          write(file, model.element());
        }
      }
      sharedTypes.add(model.sharedType());
      origins.add(model.element());
    }
    SharedModel first = models.get(0);
    ClassName provider = Names.sharedTypes(first.sharedInterface());
    write(SharedTypeWriter.writeProvider(provider, sharedTypes, origins, first.generated()),
        first.element());
    services.add(SharedTypeWriter.SHARED_TYPE_PROVIDER, provider, first.element());
  }

  private Optional<SharedModel> model(TypeElement type, boolean lastRound) {
    ValidationReport report = new ValidationReport();
    Optional<SharedModel> model = factory.build(type, report);
    if (report.hasUnresolved() && !lastRound) {
      deferred.add(type.getQualifiedName().toString());
      return Optional.empty();
    }
    if (!report.isClean() || model.isEmpty()) {
      report.printTo(messager);
      return Optional.empty();
    }
    return model;
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
