package io.github.multiproc.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Everything the writers need for one user class holding {@code @Worker}/{@code @Daemon} members:
 * an immutable, already validated description.
 *
 * @param element the user class, the originating element of every generated file
 * @param userClass its name
 * @param processes the generated factory class, {@code <Class>Processes}
 * @param launcher the generated launcher, {@code <Class>_Launcher}
 * @param codecs the generated codec holder, {@code <Class>_Codecs}
 * @param members sorted by entry key
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

  /** A parameter of a member, with its codec. */
  record Parameter(String name, TypeName type, CodecModel codec) {}
}
