package io.github.multiproc.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;

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
final class SharedStep extends ProcessingStep<SharedModel> {

  private final SharedModelFactory factory;
  private final ServiceFiles services;

  SharedStep(ProcessingEnvironment env, ServiceFiles services) {
    super(env, RuntimeNames.SHARED);
    this.services = services;
    this.factory = new SharedModelFactory(env);
  }

  @Override
  Optional<SharedModel> model(TypeElement type, ValidationReport report) {
    return factory.build(type, report);
  }

  @Override
  void generate(SharedModel model, TypeElement type) {
    write(SharedTypeWriter.write(model), type);
    if (!model.definitions().isEmpty()) {
      for (JavaFile file : CodecsWriter.holderFiles(model.element(), model.sharedInterface(),
          "shared methods", model.codecs(), model.definitions(), model.generated(), services)) {
        write(file, type);
      }
    }
  }

  /** One provider for the shared types of the round. */
  @Override
  void finishRound(List<SharedModel> models) {
    List<ClassName> sharedTypes = new ArrayList<>();
    List<TypeElement> origins = new ArrayList<>();
    for (SharedModel model : models) {
      sharedTypes.add(model.sharedType());
      origins.add(model.element());
    }
    SharedModel first = models.get(0);
    ClassName provider = Names.sharedTypes(first.sharedInterface());
    write(SharedTypeWriter.writeProvider(provider, sharedTypes, origins, first.generated()),
        first.element());
    services.add(RuntimeNames.SHARED_TYPE_PROVIDER, provider, first.element());
  }
}
