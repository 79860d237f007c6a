package io.github.multiproc.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/**
 * Everything {@link SharedTypeWriter} needs for one {@code @Shared} interface: validated, with a
 * codec for every parameter and result.
 *
 * @param element the interface, the originating element of every generated file
 * @param sharedInterface its name
 * @param sharedType the generated {@code <Interface>_SharedType}
 * @param implementation the class the manager instantiates
 * @param codecs the generated codec holder, {@code <Interface>_SharedCodecs}
 * @param proxyName the simple name of the proxy class nested in the shared type
 * @param methods the abstract methods (declared and inherited), sorted by key
 * @param definitions codecs for the holder, sorted by type name; empty means no holder
 * @param generated the {@code @Generated} annotation, absent where the user's module cannot see it
 */
record SharedModel(
    TypeElement element,
    ClassName sharedInterface,
    ClassName sharedType,
    ClassName implementation,
    ClassName codecs,
    String proxyName,
    List<Method> methods,
    List<CodecDefinition> definitions,
    Optional<AnnotationSpec> generated) {

  /**
   * One shared method.
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
