package io.github.multiproc.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Everything the writers need for one user class holding {@code @Worker}/{@code @Daemon} members
 * and {@code @Pooled} methods: an immutable, already validated description. Workers and pool tasks
 * share one codec holder, so a type both use has one codec, registered once.
 *
 * @param element the user class, the originating element of every generated file
 * @param userClass its name
 * @param processes the generated factory class, {@code <Class>Processes}
 * @param launcher the generated launcher, {@code <Class>_Launcher}
 * @param codecs the generated codec holder, {@code <Class>_Codecs}
 * @param members sorted by entry key; empty when the class has only pool tasks
 * @param tasksClass the generated pool task constants, {@code <Class>Tasks}
 * @param taskProvider the generated {@code TaskProvider}, {@code <Class>_TaskProvider}
 * @param tasks the {@code @Pooled} methods, sorted by name; empty when there are none
 * @param definitions codecs for the holder, sorted by type name; empty means no holder
 * @param generated the {@code @Generated} annotation, absent where the user's module cannot see it
 */
record WorkerModel(
    TypeElement element,
    ClassName userClass,
    ClassName processes,
    ClassName launcher,
    ClassName codecs,
    List<Member> members,
    ClassName tasksClass,
    ClassName taskProvider,
    List<Task> tasks,
    List<CodecDefinition> definitions,
    Optional<AnnotationSpec> generated) {

  /** How the child runs a member. */
  enum Kind {
    /** {@code Shop.total(order, weights)}. */
    STATIC_METHOD,
    /** {@code new ClockProcess(interval).run()}. */
    RUNNABLE,
    /** {@code codec.encode(result, new Task(...).call())}. */
    CALLABLE
  }

  /**
   * One worker entry.
   *
   * @param element the method or class, for Javadoc and diagnostics
   * @param kind how the child runs it
   * @param methodName the user method (for {@link Kind#STATIC_METHOD}) and the factory name
   * @param entryKey {@code total(demo.Shop.Order,long[])} or {@code new(java.time.Duration)}
   * @param javadocSignature the erased parameter types, for the {@code {@link}} in Javadoc
   * @param isPublic whether the factory is public (it mirrors the member)
   * @param varargs whether the last parameter is a varargs array
   * @param processName the annotation's {@code name}, empty for Python's default
   * @param result the codec of the (boxed) result, {@code Codecs.VOID} for void
   * @param returnsVoid whether the member returns {@code void} (nothing is encoded)
   */
  record Member(
      Element element,
      Kind kind,
      String methodName,
      String entryKey,
      List<TypeName> javadocSignature,
      boolean isPublic,
      boolean varargs,
      String processName,
      boolean daemon,
      List<String> jvmArgs,
      List<Parameter> parameters,
      CodecModel result,
      boolean returnsVoid) {}

  /**
   * One {@code @Pooled} method, run by a pool as {@code PoolTask<A, R>}.
   *
   * @param element the method, for Javadoc and diagnostics
   * @param name the method name, which is also the name of the constant
   * @param id {@code demo.Shop#add(int,int)}: the binary class name, {@code #}, the entry key
   * @param javadocSignature the erased parameter types, for the {@code {@link}} in Javadoc
   * @param isPublic whether the constant is public (it mirrors the method)
   * @param parameters the method's parameters, with their codecs
   * @param argumentType A: the boxed parameter type, the argument record, or {@code Void}
   * @param argumentCodec the codec of A
   * @param argumentRecord the generated argument record for 2+ parameters, else null
   * @param result the codec of R, the boxed result ({@code Codecs.VOID} for void)
   * @param returnsVoid whether the method returns {@code void} (the body returns null)
   * @param overloaded whether the class has other methods of this name, so that a method reference
   *     from a boxed argument could pick one of them: the body then casts the argument
   */
  record Task(
      Element element,
      String name,
      String id,
      List<TypeName> javadocSignature,
      boolean isPublic,
      List<Parameter> parameters,
      TypeName argumentType,
      CodecModel argumentCodec,
      ClassName argumentRecord,
      CodecModel result,
      boolean returnsVoid,
      boolean overloaded) {}

  /** A parameter of a member, with its codec. */
  record Parameter(String name, TypeName type, CodecModel codec) {}
}
