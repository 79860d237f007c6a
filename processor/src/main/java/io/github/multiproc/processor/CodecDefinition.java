package io.github.multiproc.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import java.util.List;

/** A codec the processor writes into the {@code <Class>_Codecs} holder. */
sealed interface CodecDefinition {
  /** The canonical name of the type; definitions are sorted by it. */
  String qualifiedName();

  /** {@code Codecs.enumOf(Color.values())}. */
  record EnumCodec(String qualifiedName, ClassName type, String field) implements CodecDefinition {}

  /**
   * A nested class extending {@code NullSafeCodec} that writes each component in order and calls
   * the canonical constructor. Generic records have no field: they are instantiated per use.
   *
   * @param field the holder field, or null for a generic record
   * @param typeVariables the record's type parameters, empty unless generic
   */
  record RecordCodec(
      String qualifiedName,
      TypeName type,
      ClassName recordClass,
      String field,
      ClassName codecClass,
      List<TypeVariableName> typeVariables,
      List<Component> components)
      implements CodecDefinition {
    boolean generic() {
      return !typeVariables.isEmpty();
    }
  }

  /** One record component: its accessor name, type and codec. */
  record Component(String name, TypeName type, CodecModel codec) {}

  /**
   * A sealed type: a tag byte (the index of the permitted subtype, sorted by name), then the
   * subtype's own codec.
   */
  record SealedCodec(
      String qualifiedName,
      ClassName type,
      String field,
      ClassName codecClass,
      List<CodecModel.Named> subtypes)
      implements CodecDefinition {}

  /**
   * A channel handle codec such as {@code QueueHandles.queue()} for {@code ProcessQueue<Order>}:
   * declared as a holder field so the field's type fixes the element type, and so that factories
   * and launchers touch the holder (registering its types) before any element can travel.
   *
   * @param qualifiedName the channel type, e.g. {@code io.github.multiproc.ProcessQueue<demo.Order>}
   * @param owner the runtime class with the factory method, e.g. {@code QueueHandles}
   * @param method the factory method, e.g. {@code queue}
   */
  record HandleCodec(
      String qualifiedName, TypeName type, String field, ClassName owner, String method)
      implements CodecDefinition {}
}
