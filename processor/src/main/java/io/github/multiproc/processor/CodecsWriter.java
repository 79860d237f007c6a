package io.github.multiproc.processor;

import static io.github.multiproc.processor.RuntimeNames.CODEC;
import static io.github.multiproc.processor.RuntimeNames.CODECS;
import static io.github.multiproc.processor.RuntimeNames.CODEC_PROVIDER;
import static io.github.multiproc.processor.RuntimeNames.CORRUPT_DATA_EXCEPTION;
import static io.github.multiproc.processor.RuntimeNames.NULL_SAFE_CODEC;
import static io.github.multiproc.processor.RuntimeNames.WIRE_INPUT;
import static io.github.multiproc.processor.RuntimeNames.WIRE_OUTPUT;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Writes {@code <Class>_Codecs}, the package-private holder of the codecs for the records, enums
 * and sealed types a worker class sends, and of its channel handles. Fields come first, those of
 * named types (sorted; they are built without touching other fields), then those of composite
 * codecs in dependency order; codec classes read fields only when encoding, so a record may refer
 * to itself. A static initializer registers every record, enum and sealed type with
 * {@code Codecs.register}, so they can also travel as {@code Object} (every channel item does);
 * a public {@code <holder>Provider}, listed for {@code ServiceLoader}, registers them in a JVM
 * that receives or sends one without having loaded the holder.
 *
 * <p>For {@code @Portable} types the same content becomes a public {@code CodecProvider}
 * ({@code <Type>_CodecProvider}) that registers them when {@code ServiceLoader} finds it.
 */
final class CodecsWriter {
  /** The holder's static method that registers its types, run by its static initializer. */
  private static final String REGISTER_TYPES = "registerTypes";

  /** Composite codecs shared by the whole holder, in the order they must be initialized. */
  private final Map<CodecModel, String> sharedFields = new LinkedHashMap<>();

  private final List<FieldSpec> sharedFieldSpecs = new ArrayList<>();
  private final Set<String> fieldNames = new HashSet<>();

  private CodecsWriter() {}

  /** The holder of a worker class's codecs and, when it registers types, its provider. */
  static List<JavaFile> write(WorkerModel model, ServiceFiles services) {
    return holderFiles(
        model.element(),
        model.userClass(),
        senders(model),
        model.codecs(),
        model.definitions(),
        model.generated(),
        services);
  }

  /**
   * The holder {@code codecs} and, when it registers types, its {@link #holderProvider}, which
   * this adds to {@code services}.
   */
  static List<JavaFile> holderFiles(
      TypeElement element,
      ClassName userClass,
      String senders,
      ClassName codecs,
      List<CodecDefinition> definitions,
      Optional<AnnotationSpec> generated,
      ServiceFiles services) {
    JavaFile holder = holder(element, userClass, senders, codecs, definitions, generated);
    if (registrations(definitions).isEmpty()) {
      return List.of(holder);
    }
    services.add(CODEC_PROVIDER, Names.holderProvider(codecs), element);
    return List.of(holder, holderProvider(element, codecs, generated));
  }

  /**
   * A package-private holder named {@code codecs} for {@code definitions}; {@code senders} says
   * in its Javadoc what of {@code userClass} sends them ("workers", "managed methods").
   */
  private static JavaFile holder(
      TypeElement element,
      ClassName userClass,
      String senders,
      ClassName codecs,
      List<CodecDefinition> definitions,
      Optional<AnnotationSpec> generated) {
    TypeSpec.Builder holder =
        TypeSpec.classBuilder(codecs)
            .addOriginatingElement(element)
            .addJavadoc(
                "Codecs for the types that {@link $T}'s $L send between processes.\n",
                userClass,
                senders)
            .addAnnotations(generated.stream().toList())
            .addModifiers(Modifier.FINAL);
    CodecsWriter writer = new CodecsWriter();
    List<TypeSpec> classes = writer.addFields(holder, definitions);
    CodeBlock registrations = registrations(definitions);
    if (!registrations.isEmpty()) {
      // Runs when a factory or launcher first touches this holder: before any item travels.
      holder.addStaticBlock(CodeBlock.of("$N();\n", REGISTER_TYPES));
    }
    holder.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    if (!registrations.isEmpty()) {
      holder.addMethod(
          MethodSpec.methodBuilder(REGISTER_TYPES)
              .addJavadoc(
                  "Registers the records, enums and sealed types above so they can travel as"
                      + " {@code Object}:\nwhen this holder loads, and when {@code ServiceLoader} finds"
                      + " {@link $T}\nin a JVM that never loaded it. Registering twice changes nothing.\n",
                  Names.holderProvider(codecs))
              .addModifiers(Modifier.STATIC)
              .addCode(registrations)
              .build());
    }
    holder.addTypes(classes);
    return JavaFile.builder(codecs.packageName(), holder.build()).skipJavaLangImports(true).build();
  }

  private static String senders(WorkerModel model) {
    if (model.tasks().isEmpty()) {
      return "workers";
    }
    return model.members().isEmpty() ? "pool tasks" : "workers and pool tasks";
  }

  /**
   * The public {@code CodecProvider} of the holder {@code codecs} ({@code <holder>Provider}): a
   * record named only in another class's signature can arrive inside an {@code Object} (a queue
   * item) in a JVM that never loaded that class's holder; the runtime's {@code ServiceLoader} finds
   * this provider the first time such an unknown type name is met, and the holder registers its
   * types.
   */
  private static JavaFile holderProvider(
      TypeElement element, ClassName codecs, Optional<AnnotationSpec> generated) {
    ClassName name = Names.holderProvider(codecs);
    CodeBlock javadoc =
        CodeBlock.of(
            "Registers the types of {@link $T} so they can travel as an {@code Object} in"
                + " any\nJVM of the program. Listed in {@code META-INF/services/$L}.\n",
            codecs,
            CODEC_PROVIDER);
    TypeSpec provider =
        ServiceProviders.builder(name, CODEC_PROVIDER, javadoc, generated)
            .addOriginatingElement(element)
            .addMethod(
                MethodSpec.methodBuilder("registerCodecs")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .addStatement("$T.$N()", codecs, REGISTER_TYPES)
                    .build())
            .build();
    return JavaFile.builder(name.packageName(), provider).skipJavaLangImports(true).build();
  }

  /**
   * The {@code CodecProvider} of a {@code @Portable} type: its codecs (and those of the types it
   * contains), registered when {@code ServiceLoader} calls {@code registerCodecs()}.
   */
  static JavaFile writeProvider(PortableModel model) {
    CodeBlock javadoc =
        CodeBlock.of(
            "Registers the codec of the {@code @Portable} type {@link $T} (and of the types"
                + " it contains) so\nit can travel as an {@code Object}, for example in a queue."
                + " Listed in\n{@code META-INF/services/$L}.\n",
            model.type(),
            CODEC_PROVIDER);
    TypeSpec.Builder provider =
        ServiceProviders.builder(model.provider(), CODEC_PROVIDER, javadoc, model.generated())
            .addOriginatingElement(model.element());
    CodecsWriter writer = new CodecsWriter();
    List<TypeSpec> classes = writer.addFields(provider, model.definitions());
    provider.addMethod(
        MethodSpec.methodBuilder("registerCodecs")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addCode(registrations(model.definitions()))
            .build());
    provider.addTypes(classes);
    return JavaFile.builder(model.provider().packageName(), provider.build())
        .skipJavaLangImports(true)
        .build();
  }

  /**
   * {@code Codecs.register(X.class, X_FIELD)} for each record, enum and sealed type. Generic
   * records are left out: their codecs need the codecs of type arguments a bare Object lacks.
   */
  private static CodeBlock registrations(List<CodecDefinition> definitions) {
    CodeBlock.Builder code = CodeBlock.builder();
    for (CodecDefinition definition : definitions) {
      if (definition instanceof CodecDefinition.EnumCodec enumCodec) {
        code.addStatement("$T.register($T.class, $N)", CODECS, enumCodec.type(), enumCodec.field());
      } else if (definition instanceof CodecDefinition.RecordCodec record && !record.generic()) {
        code.addStatement(
            "$T.register($T.class, $N)", CODECS, record.recordClass(), record.field());
      } else if (definition instanceof CodecDefinition.SealedCodec sealed) {
        code.addStatement("$T.register($T.class, $N)", CODECS, sealed.type(), sealed.field());
      }
    }
    return code.build();
  }

  /**
   * Adds the fields (named codecs and channel handles, sorted, then shared composites) and returns
   * the codec classes, for the caller to add after its own members.
   */
  private List<TypeSpec> addFields(TypeSpec.Builder type, List<CodecDefinition> definitions) {
    List<FieldSpec> namedFields = new ArrayList<>();
    List<TypeSpec> classes = new ArrayList<>();
    for (CodecDefinition definition : definitions) {
      if (definition instanceof CodecDefinition.HandleCodec handle) {
        fieldNames.add(handle.field());
        // The field's type fixes the element type the generic factory method cannot infer.
        namedFields.add(
            FieldSpec.builder(
                    codecOf(handle.type()), handle.field(), Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.$N()", handle.owner(), handle.method())
                .build());
      } else if (definition instanceof CodecDefinition.EnumCodec enumCodec) {
        fieldNames.add(enumCodec.field());
        namedFields.add(
            FieldSpec.builder(
                    codecOf(enumCodec.type()), enumCodec.field(), Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.enumOf($T.values())", CODECS, enumCodec.type())
                .build());
      } else if (definition instanceof CodecDefinition.RecordCodec record) {
        if (!record.generic()) {
          fieldNames.add(record.field());
          namedFields.add(
              FieldSpec.builder(
                      codecOf(record.type()), record.field(), Modifier.STATIC, Modifier.FINAL)
                  .initializer("new $T()", record.codecClass())
                  .build());
        }
      } else if (definition instanceof CodecDefinition.SealedCodec sealed) {
        fieldNames.add(sealed.field());
        namedFields.add(
            FieldSpec.builder(
                    codecOf(sealed.type()), sealed.field(), Modifier.STATIC, Modifier.FINAL)
                .initializer("new $T()", sealed.codecClass())
                .build());
      }
    }
    for (CodecDefinition definition : definitions) {
      if (definition instanceof CodecDefinition.RecordCodec record) {
        classes.add(record.generic() ? genericRecordClass(record) : recordClass(record));
      } else if (definition instanceof CodecDefinition.SealedCodec sealed) {
        classes.add(sealedClass(sealed));
      }
    }
    namedFields.sort(Comparator.comparing(FieldSpec::name));
    classes.sort(Comparator.comparing(TypeSpec::name));
    // Writing the classes above created the shared composite fields they use.
    type.addFields(namedFields).addFields(sharedFieldSpecs);
    return classes;
  }

  /** Expressions inside a non-generic codec: composites become shared fields. */
  private CodecExpressions shared() {
    return CodecExpressions.inside(this::sharedField);
  }

  private CodeBlock sharedField(CodecModel model) {
    if (!(model instanceof CodecModel.Composite
        || model instanceof CodecModel.ArrayOf
        || model instanceof CodecModel.GenericInstance)) {
      return null;
    }
    String existing = sharedFields.get(model);
    if (existing == null) {
      // Parts first: their fields must be initialized before this one.
      CodeBlock initializer = shared().inline(model);
      existing = Names.fresh(compositeName(model), fieldNames);
      fieldNames.add(existing);
      sharedFields.put(model, existing);
      sharedFieldSpecs.add(
          FieldSpec.builder(
                  codecOf(model.type().box()),
                  existing,
                  Modifier.PRIVATE,
                  Modifier.STATIC,
                  Modifier.FINAL)
              .initializer(initializer)
              .build());
    }
    return CodeBlock.of("$N", existing);
  }

  private TypeSpec recordClass(CodecDefinition.RecordCodec record) {
    return TypeSpec.classBuilder(record.codecClass())
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(NULL_SAFE_CODEC, record.type()))
        .addMethod(encodeRecord(record, shared()))
        .addMethod(decodeRecord(record, shared()))
        .build();
  }

  /**
   * A generic record's codec takes the codecs of its type arguments; composites that mention them
   * are built once per instance, in the constructor.
   */
  private TypeSpec genericRecordClass(CodecDefinition.RecordCodec record) {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(record.codecClass())
            .addModifiers(Modifier.STATIC, Modifier.FINAL)
            .addTypeVariables(record.typeVariables())
            .superclass(ParameterizedTypeName.get(NULL_SAFE_CODEC, record.type()));
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
    Set<String> instanceNames = new HashSet<>();
    for (TypeVariableName variable : record.typeVariables()) {
      String field = CodecExpressions.typeVariableField(variable.name());
      instanceNames.add(field);
      type.addField(codecOf(variable), field, Modifier.PRIVATE, Modifier.FINAL);
      constructor.addParameter(codecOf(variable), field);
      constructor.addStatement("this.$N = $N", field, field);
    }
    Map<CodecModel, String> instanceFields = new LinkedHashMap<>();
    CodecExpressions[] expressions = new CodecExpressions[1];
    expressions[0] =
        CodecExpressions.inside(
            model -> {
              if (model instanceof CodecModel.TypeVariable variable) {
                return CodeBlock.of("this.$N", CodecExpressions.typeVariableField(variable.name()));
              }
              if (model instanceof CodecModel.GenericInstance generic
                  && generic.codecClass().equals(record.codecClass())
                  && isOwnVariables(generic, record)) {
                return CodeBlock.of("this");
              }
              if (!model.usesTypeVariable()) {
                return sharedField(model);
              }
              String existing = instanceFields.get(model);
              if (existing == null) {
                CodeBlock initializer = expressions[0].inline(model);
                existing =
                    Names.fresh(Names.lowerFirst(camel(compositeName(model))), instanceNames);
                instanceNames.add(existing);
                instanceFields.put(model, existing);
                type.addField(
                    codecOf(model.type().box()), existing, Modifier.PRIVATE, Modifier.FINAL);
                constructor.addStatement("this.$N = $L", existing, initializer);
              }
              return CodeBlock.of("this.$N", existing);
            });
    MethodSpec encode = encodeRecord(record, expressions[0]);
    MethodSpec decode = decodeRecord(record, expressions[0]);
    return type.addMethod(constructor.build()).addMethod(encode).addMethod(decode).build();
  }

  private static boolean isOwnVariables(
      CodecModel.GenericInstance generic, CodecDefinition.RecordCodec record) {
    for (int i = 0; i < generic.arguments().size(); i++) {
      if (!(generic.arguments().get(i) instanceof CodecModel.TypeVariable variable)
          || !variable.name().equals(record.typeVariables().get(i).name())) {
        return false;
      }
    }
    return true;
  }

  private static MethodSpec encodeRecord(
      CodecDefinition.RecordCodec record, CodecExpressions codecs) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("encodeValue")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PROTECTED)
            .addParameter(WIRE_OUTPUT, "out")
            .addParameter(record.type(), "value");
    for (CodecDefinition.Component component : record.components()) {
      if (component.codec() instanceof CodecModel.Primitive primitive) {
        method.addStatement("out.write$L(value.$N())", primitive.wireSuffix(), component.name());
      } else {
        method.addStatement(
            "$L.encode(out, value.$N())", codecs.of(component.codec()), component.name());
      }
    }
    return method.build();
  }

  private static MethodSpec decodeRecord(
      CodecDefinition.RecordCodec record, CodecExpressions codecs) {
    List<String> names = new ArrayList<>();
    record.components().forEach(c -> names.add(c.name()));
    String in = Names.fresh("in", names);
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("decodeValue")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PROTECTED)
            .returns(record.type())
            .addParameter(WIRE_INPUT, in);
    List<CodeBlock> arguments = new ArrayList<>();
    for (CodecDefinition.Component component : record.components()) {
      CodeBlock read =
          component.codec() instanceof CodecModel.Primitive primitive
              ? CodeBlock.of("$N.read$L()", in, primitive.wireSuffix())
              : CodeBlock.of("$L.decode($N)", codecs.of(component.codec()), in);
      method.addStatement("$T $N = $L", component.type(), component.name(), read);
      arguments.add(CodeBlock.of("$N", component.name()));
    }
    String diamond = record.generic() ? "<>" : "";
    return method
        .addStatement(
            "return new $T$L($L)", record.recordClass(), diamond, CodeBlock.join(arguments, ", "))
        .build();
  }

  private static TypeSpec sealedClass(CodecDefinition.SealedCodec sealed) {
    MethodSpec.Builder encode =
        MethodSpec.methodBuilder("encodeValue")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PROTECTED)
            .addParameter(WIRE_OUTPUT, "out")
            .addParameter(sealed.type(), "value");
    MethodSpec.Builder decode =
        MethodSpec.methodBuilder("decodeValue")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PROTECTED)
            .returns(sealed.type())
            .addParameter(WIRE_INPUT, "in")
            .addStatement("byte tag = in.readByte()")
            .beginControlFlow("switch (tag)");
    for (int tag = 0; tag < sealed.subtypes().size(); tag++) {
      CodecModel.Named subtype = sealed.subtypes().get(tag);
      if (tag == 0) {
        encode.beginControlFlow("if (value instanceof $T)", subtype.type());
      } else {
        encode.nextControlFlow("else if (value instanceof $T)", subtype.type());
      }
      encode
          .addStatement("out.writeByte($L)", tag)
          .addStatement("$N.encode(out, ($T) value)", subtype.field(), subtype.type());
      decode
          .addCode("case $L:\n", tag)
          .addCode(
              CodeBlock.builder()
                  .indent()
                  .addStatement("return $N.decode(in)", subtype.field())
                  .unindent()
                  .build());
    }
    if (!sealed.subtypes().isEmpty()) {
      encode.nextControlFlow("else");
    }
    // Reachable only when the hierarchy changed after this code was generated.
    encode.addStatement(
        "throw new $T($S + value.getClass().getName())",
        IllegalArgumentException.class,
        "not a permitted subtype of " + sealed.type().canonicalName() + ": ");
    if (!sealed.subtypes().isEmpty()) {
      encode.endControlFlow();
    }
    decode
        .addCode("default:\n")
        .addCode(
            CodeBlock.builder()
                .indent()
                .addStatement(
                    "throw new $T($S + tag)",
                    CORRUPT_DATA_EXCEPTION,
                    "unknown subtype tag of " + sealed.type().canonicalName() + ": ")
                .unindent()
                .build())
        .endControlFlow();
    return TypeSpec.classBuilder(sealed.codecClass())
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(NULL_SAFE_CODEC, sealed.type()))
        .addMethod(encode.build())
        .addMethod(decode.build())
        .build();
  }

  private static TypeName codecOf(TypeName type) {
    return ParameterizedTypeName.get(CODEC, type);
  }

  /** {@code LIST_OF_SHOP_ITEM}, {@code PAIR_OF_STRING_AND_INTEGER}, {@code SHOP_ORDER_ARRAY}. */
  static String compositeName(CodecModel model) {
    if (model instanceof CodecModel.BuiltIn builtIn) {
      return builtIn.constant();
    }
    if (model instanceof CodecModel.Named named) {
      return named.field();
    }
    if (model instanceof CodecModel.HandleConstant handle) {
      return handle.constant();
    }
    if (model instanceof CodecModel.ManagerReference reference) {
      return Names.constantName((ClassName) CodecExpressions.rawType(reference.type()))
          + "_REFERENCE";
    }
    if (model instanceof CodecModel.Primitive primitive) {
      return primitive.kind().name();
    }
    if (model instanceof CodecModel.TypeVariable variable) {
      return Names.upperSnake(variable.name());
    }
    if (model instanceof CodecModel.ArrayOf array) {
      return compositeName(array.element()) + "_ARRAY";
    }
    List<CodecModel> arguments;
    ClassName raw;
    if (model instanceof CodecModel.GenericInstance generic) {
      arguments = generic.arguments();
      raw = (ClassName) CodecExpressions.rawType(generic.type());
    } else {
      CodecModel.Composite composite = (CodecModel.Composite) model;
      arguments = composite.arguments();
      raw = (ClassName) CodecExpressions.rawType(composite.type());
    }
    List<String> parts = new ArrayList<>();
    arguments.forEach(a -> parts.add(compositeName(a)));
    return Names.constantName(raw) + "_OF_" + String.join("_AND_", parts);
  }

  /** {@code listOfShopItem} for {@code LIST_OF_SHOP_ITEM}. */
  private static String camel(String upperSnake) {
    StringBuilder out = new StringBuilder();
    for (String part : upperSnake.split("_")) {
      if (!part.isEmpty()) {
        out.append(part.charAt(0)).append(part.substring(1).toLowerCase(java.util.Locale.ROOT));
      }
    }
    return out.toString();
  }
}
