package io.github.multiproc.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import javax.lang.model.type.TypeKind;

/**
 * How one type crosses a process boundary: the model the writers turn into an expression such as
 * {@code Codecs.list(Shop_Codecs.SHOP_ORDER)}. Records give value equality, so equal types share
 * one generated field.
 */
sealed interface CodecModel {
  /** The Java type encoded; for {@link Primitive}, the primitive type itself. */
  TypeName type();

  /** Whether the expression mentions a type variable of a generic record codec class. */
  default boolean usesTypeVariable() {
    return false;
  }

  /** A primitive, written inline with {@code out.writeInt(x)} and read with {@code readInt()}. */
  record Primitive(TypeKind kind, TypeName type) implements CodecModel {
    /** {@code Int} for {@code int}: the suffix of the WireOutput/WireInput methods. */
    String wireSuffix() {
      String name = kind.name().toLowerCase(java.util.Locale.ROOT);
      return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
  }

  /** A constant of {@code Codecs}, such as {@code Codecs.STRING}. */
  record BuiltIn(String constant, TypeName type) implements CodecModel {}

  /** {@code Codecs.array(element, Element.class)} for an array of a reference type. */
  record ArrayOf(CodecModel element, TypeName type) implements CodecModel {
    @Override
    public boolean usesTypeVariable() {
      return element.usesTypeVariable();
    }
  }

  /**
   * A {@code Codecs} factory over element codecs: {@code list}, {@code set}, {@code map},
   * {@code optional}, or {@code collection}/{@code map} with a maker of the concrete container.
   *
   * @param factory the {@code Codecs} method
   * @param arguments the element codecs (one, or key and value)
   * @param container the {@code Containers} method that makes the container to decode into (e.g.
   *     {@code treeSet}), or null
   */
  record Composite(String factory, List<CodecModel> arguments, String container, TypeName type)
      implements CodecModel {
    @Override
    public boolean usesTypeVariable() {
      return arguments.stream().anyMatch(CodecModel::usesTypeVariable);
    }
  }

  /**
   * A handle constant of the runtime, such as {@code SyncHandles.LOCK}: a lock, semaphore, event,
   * barrier or shared-memory object crosses as a reference to the same object.
   */
  record HandleConstant(ClassName owner, String constant, TypeName type) implements CodecModel {}

  /**
   * {@code ManagerHandles.<Counter>reference()}: a {@code @Managed} interface or one of a manager's
   * own proxy types ({@code Namespace}, {@code ManagedEvent}, ...), which only a manager proxy can
   * fill; the proxy crosses as a reference.
   */
  record ManagerReference(TypeName type) implements CodecModel {}

  /**
   * A record, enum or sealed type with a field in the {@code _Codecs} holder, or a channel (queue,
   * pipe end) whose generic handle codec the holder declares.
   */
  record Named(String field, TypeName type) implements CodecModel {}

  /** {@code new PairCodec<>(Codecs.STRING, Codecs.INTEGER)}: a generic record, per use. */
  record GenericInstance(ClassName codecClass, List<CodecModel> arguments, TypeName type)
      implements CodecModel {
    @Override
    public boolean usesTypeVariable() {
      return arguments.stream().anyMatch(CodecModel::usesTypeVariable);
    }
  }

  /** A type parameter of a generic record: its codec is a constructor parameter. */
  record TypeVariable(String name, TypeName type) implements CodecModel {
    @Override
    public boolean usesTypeVariable() {
      return true;
    }
  }
}
