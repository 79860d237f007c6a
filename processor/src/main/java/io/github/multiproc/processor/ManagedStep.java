package io.github.multiproc.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;

/**
 * {@code @Managed} interfaces (Python's {@code BaseManager.register}): for each, a
 * {@code <Interface>_ManagedType} (and a codec holder when its methods send records, enums or
 * sealed types); for the interfaces of one round, one {@code ManagedTypeProvider} listed in
 * {@code META-INF/services}.
 *
 * <p>The provider is written in the round that generated its managed types, not when processing is
 * over: javac warns about sources created in the last round. It is named after the round's first
 * interface ({@code Counter_ManagedTypes}), a name no other round can take; a compilation whose
 * managed interfaces all exist from the start (the usual case) gets exactly one.
 */
final class ManagedStep extends ProcessingStep<ManagedModel> {

  private final ManagedModelFactory factory;
  private final ServiceFiles services;

  ManagedStep(ProcessingEnvironment env, ServiceFiles services) {
    super(env, RuntimeNames.MANAGED);
    this.services = services;
    this.factory = new ManagedModelFactory(env);
  }

  @Override
  Optional<ManagedModel> model(TypeElement type, ValidationReport report) {
    return factory.build(type, report);
  }

  @Override
  void generate(ManagedModel model, TypeElement type) {
    write(ManagedTypeWriter.write(model), type);
    if (!model.definitions().isEmpty()) {
      for (JavaFile file :
          CodecsWriter.holderFiles(
              model.element(),
              model.managedInterface(),
              "managed methods",
              model.codecs(),
              model.definitions(),
              model.generated(),
              services)) {
        write(file, type);
      }
    }
  }

  /** One provider for the managed types of the round. */
  @Override
  void finishRound(List<ManagedModel> models) {
    List<ClassName> managedTypes = new ArrayList<>();
    List<TypeElement> origins = new ArrayList<>();
    for (ManagedModel model : models) {
      managedTypes.add(model.managedType());
      origins.add(model.element());
    }
    ManagedModel first = models.get(0);
    ClassName provider = Names.managedTypes(first.managedInterface());
    write(
        ManagedTypeWriter.writeProvider(provider, managedTypes, origins, first.generated()),
        first.element());
    services.add(RuntimeNames.MANAGED_TYPE_PROVIDER, provider, first.element());
  }
}
