package io.github.multiproc.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/**
 * Everything {@link ManagedTypeWriter} needs for one {@code @Managed} interface: validated, with a
 * codec for every parameter and result.
 *
 * @param element the interface, the originating element of every generated file
 * @param managedInterface its name
 * @param managedType the generated {@code <Interface>_ManagedType}
 * @param implementation the class the manager instantiates
 * @param codecs the generated codec holder, {@code <Interface>_ManagedCodecs}
 * @param proxyName the simple name of the proxy class nested in the managed type
 * @param methods the abstract methods (declared and inherited), sorted by key
 * @param definitions codecs for the holder, sorted by type name; empty means no holder
 * @param generated the {@code @Generated} annotation, absent where the user's module cannot see it
 */
record ManagedModel(
    TypeElement element,
    ClassName managedInterface,
    ClassName managedType,
    ClassName implementation,
    ClassName codecs,
    String proxyName,
    List<Method> methods,
    List<CodecDefinition> definitions,
    Optional<AnnotationSpec> generated) {

  /**
   * One managed method.
   *
   * @param key {@code increment(int)}: the name and erased parameter types, as a worker entry key
   * @param signature the proxy's overriding declaration (no body)
   * @param parameters the parameters with their codecs
   * @param result the codec of the boxed result, {@code Codecs.VOID} for void
   * @param returnsVoid whether nothing is encoded for the result
   */
  record Method(
      String key,
      MethodSpec signature,
      List<WorkerModel.Parameter> parameters,
      CodecModel result,
      boolean returnsVoid) {}
}
