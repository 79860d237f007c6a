package io.github.multiproc.processor;

import static io.github.multiproc.processor.RuntimeNames.CODECS;
import static io.github.multiproc.processor.RuntimeNames.CONTAINERS;
import static io.github.multiproc.processor.RuntimeNames.MANAGER_HANDLES;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Turns a {@link CodecModel} into a Java expression. Where the expression appears decides how
 * named codecs and nested codecs are referenced: outside the holder ({@code Shop_Codecs.SHOP_ORDER},
 * composites inline), or inside it (bare field names, composites taken from fields the holder
 * declares so they are built once).
 */
final class CodecExpressions {

  private final ClassName holder;
  private final Function<CodecModel, CodeBlock> override;

  private CodecExpressions(ClassName holder, Function<CodecModel, CodeBlock> override) {
    this.holder = holder;
    this.override = override;
  }

  /** For factories and launchers: everything qualified, composites inline. */
  static CodecExpressions outside(ClassName holder) {
    return new CodecExpressions(holder, model -> null);
  }

  /**
   * For code inside the holder: {@code override} may replace any sub-expression (with a field, or
   * {@code this}); it returns null to let the model be written inline.
   */
  static CodecExpressions inside(Function<CodecModel, CodeBlock> override) {
    return new CodecExpressions(null, override);
  }

  /** The expression for {@code model}; a primitive is written as its boxed built-in. */
  CodeBlock of(CodecModel model) {
    CodeBlock replaced = override.apply(model);
    return replaced != null ? replaced : inline(model);
  }

  /**
   * An expression that reads one value of {@code codec} from the {@code WireInput} named {@code
   * in}: a primitive straight from the input (no boxing), anything else through its codec.
   */
  CodeBlock decode(CodecModel codec, String in) {
    if (codec instanceof CodecModel.Primitive primitive) {
      return CodeBlock.of("$N.read$L()", in, primitive.wireSuffix());
    }
    return CodeBlock.of("$L.decode($N)", of(codec), in);
  }

  /**
   * Adds to {@code body} a local per parameter, decoded in order from the {@code WireInput} named
   * {@code in}, then the check that the input is fully read: the call arguments, joined, are
   * returned. Launchers and managed types decode a call this way.
   */
  CodeBlock decodeParameters(
      CodeBlock.Builder body, List<WorkerModel.Parameter> parameters, String in) {
    List<CodeBlock> callArguments = new ArrayList<>();
    for (WorkerModel.Parameter parameter : parameters) {
      body.addStatement(
          "$T $N = $L", parameter.type(), parameter.name(), decode(parameter.codec(), in));
      callArguments.add(CodeBlock.of("$N", parameter.name()));
    }
    body.addStatement("$N.requireFullyRead()", in);
    return CodeBlock.join(callArguments, ", ");
  }

  /** The expression for {@code model} itself, with {@link #of} for its parts. */
  CodeBlock inline(CodecModel model) {
    if (model instanceof CodecModel.Primitive primitive) {
      return CodeBlock.of(
          "$T.$N",
          CODECS,
          Names.upperSnake(primitive.type().box().toString().substring("java.lang.".length())));
    }
    if (model instanceof CodecModel.BuiltIn builtIn) {
      return CodeBlock.of("$T.$N", CODECS, builtIn.constant());
    }
    if (model instanceof CodecModel.HandleConstant handle) {
      return CodeBlock.of("$T.$N", handle.owner(), handle.constant());
    }
    if (model instanceof CodecModel.ManagerReference reference) {
      return CodeBlock.of("$T.<$T>reference()", MANAGER_HANDLES, reference.type());
    }
    if (model instanceof CodecModel.Named named) {
      return holder == null
          ? CodeBlock.of("$N", named.field())
          : CodeBlock.of("$T.$N", holder, named.field());
    }
    if (model instanceof CodecModel.ArrayOf array) {
      return CodeBlock.of(
          "$T.array($L, $T.class)", CODECS, of(array.element()), rawType(array.element().type()));
    }
    if (model instanceof CodecModel.GenericInstance generic) {
      CodeBlock.Builder code = CodeBlock.builder().add("new $T<>(", generic.codecClass());
      for (int i = 0; i < generic.arguments().size(); i++) {
        code.add(i == 0 ? "$L" : ", $L", of(generic.arguments().get(i)));
      }
      return code.add(")").build();
    }
    if (model instanceof CodecModel.TypeVariable variable) {
      return CodeBlock.of("$N", typeVariableField(variable.name()));
    }
    CodecModel.Composite composite = (CodecModel.Composite) model;
    CodeBlock.Builder code = CodeBlock.builder();
    if (composite.container() == null) {
      code.add("$T.$N(", CODECS, composite.factory());
    } else {
      // Explicit type arguments: without them javac infers the concrete class (TreeSet<Object>)
      // instead of the declared type (SortedSet<String>).
      ParameterizedTypeName declared = (ParameterizedTypeName) composite.type();
      code.add("$T.<", CODECS);
      for (TypeName argument : declared.typeArguments()) {
        code.add("$T, ", argument);
      }
      code.add("$T>$N(", declared, composite.factory());
    }
    for (int i = 0; i < composite.arguments().size(); i++) {
      code.add(i == 0 ? "$L" : ", $L", of(composite.arguments().get(i)));
    }
    if (composite.container() != null) {
      // A maker class of the runtime, not a constructor reference: a child's first lambda links
      // java.lang.invoke, which slows its start (see Containers).
      code.add(", $T.$N()", CONTAINERS, composite.container());
    }
    return code.add(")").build();
  }

  /** The constructor parameter and field holding the codec of type variable {@code name}. */
  static String typeVariableField(String name) {
    return "codec" + name;
  }

  /** {@code Shop.Order} for {@code Shop.Order}, {@code List} for {@code List<String>}. */
  static TypeName rawType(TypeName type) {
    return type instanceof ParameterizedTypeName parameterized ? parameterized.rawType() : type;
  }
}
