package io.github.multiproc.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import io.github.multiproc.AsyncResult;
import io.github.multiproc.AuthenticationException;
import io.github.multiproc.BufferTooShortException;
import io.github.multiproc.ChildProcess;
import io.github.multiproc.Connection;
import io.github.multiproc.ManagedBarrier;
import io.github.multiproc.ManagedCondition;
import io.github.multiproc.ManagedEvent;
import io.github.multiproc.ManagedJoinableQueue;
import io.github.multiproc.ManagedLock;
import io.github.multiproc.ManagedSemaphore;
import io.github.multiproc.ManagedValue;
import io.github.multiproc.ManagerInitializer;
import io.github.multiproc.Namespace;
import io.github.multiproc.PoolTask;
import io.github.multiproc.ProcessDiedException;
import io.github.multiproc.ProcessStartException;
import io.github.multiproc.RemoteException;
import io.github.multiproc.ResultIterator;
import io.github.multiproc.StartMethod;
import io.github.multiproc.TaskTimeoutException;
import io.github.multiproc.WorkerDiedException;
import io.github.multiproc.spi.ManagedInvoker;
import io.github.multiproc.spi.ManagedType;
import io.github.multiproc.spi.ManagedTypeProvider;
import io.github.multiproc.spi.TaskBody;
import io.github.multiproc.spi.TaskProvider;
import io.github.multiproc.spi.WorkerDispatcher;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URI;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The runtime's layers, bottom up: {@code wire} (codecs and wire buffers), {@code internal.*}
 * (the implementation), the public API ({@code io.github.multiproc}), {@code spi} (what generated
 * code calls). A layer depends only on those below it, and no packages form a cycle. The two
 * named lists below are the only ways up: interfaces and values an upper layer owns that the
 * implementation is handed, implements or throws. A new entry needs a reason; moving a type down
 * a layer is the better fix.
 */
@AnalyzeClasses(
    packages = "io.github.multiproc",
    importOptions = ImportOption.DoNotIncludeTests.class)
class LayersTest {
  private static final String API = "io.github.multiproc";

  /** The public API types {@code internal.*} may use. */
  private static final List<Class<?>> API_FOR_INTERNAL =
      List.of(
          // Implemented by internal classes (pipe ends, pool results, manager proxies).
          Connection.class,
          AsyncResult.class,
          ResultIterator.class,
          Namespace.class,
          ManagedBarrier.class,
          ManagedCondition.class,
          ManagedEvent.class,
          ManagedJoinableQueue.class,
          ManagedLock.class,
          ManagedSemaphore.class,
          ManagedValue.class,
          // Thrown by internal classes, as Python raises them.
          RemoteException.class,
          ProcessStartException.class,
          ProcessDiedException.class,
          AuthenticationException.class,
          BufferTooShortException.class,
          TaskTimeoutException.class,
          WorkerDiedException.class,
          // Handed to internal classes: a pool's worker is a ChildProcess (in active_children()),
          // its tasks are PoolTasks; a manager's initializer; a child's start method.
          ChildProcess.class,
          PoolTask.class,
          ManagerInitializer.class,
          StartMethod.class);

  /**
   * The {@code spi} interfaces generated code implements and the layers below {@code spi} call:
   * a launcher's dispatch, a pool's tasks, a manager-served type.
   */
  private static final List<Class<?>> SPI_CONTRACTS =
      List.of(
          WorkerDispatcher.class,
          TaskProvider.class,
          TaskBody.class,
          ManagedTypeProvider.class,
          ManagedType.class,
          ManagedInvoker.class);

  private static final SliceAssignment PACKAGES =
      new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
          return SliceIdentifier.of(javaClass.getPackageName());
        }

        @Override
        public String getDescription() {
          return "every package of the runtime";
        }
      };

  @ArchTest
  static final ArchRule wireDependsOnNothingOfOurs =
      noClasses()
          .that()
          .resideInAPackage(API + ".wire..")
          .should()
          .dependOnClassesThat(
              resideInAPackage(API + "..").and(resideOutsideOfPackage(API + ".wire..")))
          .because(
              "wire is the bottom layer: codecs reach manager proxies and pipe ends through"
                  + " wire.References, which the runtime provides");

  @ArchTest
  static final ArchRule internalUsesTheApiOnlyThroughNamedTypes =
      noClasses()
          .that()
          .resideInAPackage(API + ".internal..")
          .should()
          .dependOnClassesThat(
              resideInAPackage(API).and(DescribedPredicate.not(oneOf(API_FOR_INTERNAL))))
          .because(
              "the implementation is below the API; LayersTest.API_FOR_INTERNAL names the ways"
                  + " up");

  @ArchTest
  static final ArchRule onlySpiCallsSpiBeyondItsContracts =
      noClasses()
          .that()
          .resideOutsideOfPackage(API + ".spi")
          .should()
          .dependOnClassesThat(
              resideInAPackage(API + ".spi").and(DescribedPredicate.not(oneOf(SPI_CONTRACTS))))
          .because(
              "spi is the top layer, what generated code calls; below it only the interfaces"
                  + " generated code implements (LayersTest.SPI_CONTRACTS) are used");

  @ArchTest
  static final ArchRule noPackageCycles =
      slices()
          .assignedFrom(PACKAGES)
          .should()
          .beFreeOfCycles()
          .ignoreDependency(resideInAPackage(API + ".internal.."), oneOf(API_FOR_INTERNAL))
          .ignoreDependency(alwaysTrue(), oneOf(SPI_CONTRACTS));

  /**
   * The module descriptor exports the API, spi (with the pool back-end contract) and wire to
   * everyone, and of the implementation only the leak check, to the JUnit extension's module, and
   * the chunk failures' format, to the cluster module.
   */
  @Test
  void moduleExportsTheApiSpiAndWireOnly() throws IOException {
    ModuleDescriptor module;
    // Beside the runtime's classes (a directory or its jar), not the first on the class path.
    String api = ChildProcess.class.getResource("ChildProcess.class").toString();
    URL descriptor =
        URI.create(
                api.substring(0, api.length() - "io/github/multiproc/ChildProcess.class".length())
                    + "module-info.class")
            .toURL();
    try (InputStream in = descriptor.openStream()) {
      module = ModuleDescriptor.read(in);
    }
    Map<String, Set<String>> exports = new TreeMap<>();
    for (ModuleDescriptor.Exports export : module.exports()) {
      exports.put(export.source(), export.targets());
    }
    assertEquals(
        Map.of(
            API,
            Set.of(),
            API + ".spi",
            Set.of(),
            API + ".spi.pool",
            Set.of(),
            API + ".wire",
            Set.of(),
            API + ".internal.leak",
            Set.of("io.github.multiproc.junit"),
            API + ".internal.pool",
            Set.of("io.github.multiproc.cluster")),
        exports);
    assertEquals(API, module.name());
  }

  /** One of {@code types} or a class nested in one. */
  private static DescribedPredicate<JavaClass> oneOf(List<Class<?>> types) {
    return DescribedPredicate.describe(
        "one of " + types.size() + " named types",
        javaClass -> {
          String name = javaClass.getName();
          for (Class<?> type : types) {
            if (name.equals(type.getName()) || name.startsWith(type.getName() + "$")) {
              return true;
            }
          }
          return false;
        });
  }
}
