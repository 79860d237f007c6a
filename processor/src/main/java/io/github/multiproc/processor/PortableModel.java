package io.github.multiproc.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/**
 * A validated {@code @Portable} type and what its generated {@code CodecProvider} contains.
 *
 * @param element the annotated type, the originating element of the provider
 * @param type its name
 * @param provider the generated provider, {@code <Type>_CodecProvider}
 * @param definitions its codec and those of the types it contains, sorted by type name
 * @param generated the {@code @Generated} annotation, absent where the user's module cannot see it
 */
record PortableModel(
    TypeElement element,
    ClassName type,
    ClassName provider,
    List<CodecDefinition> definitions,
    Optional<AnnotationSpec> generated) {}
