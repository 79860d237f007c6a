package io.github.multiproc.processor;

import static io.github.multiproc.processor.RuntimeNames.MANAGED_INVOKER;
import static io.github.multiproc.processor.RuntimeNames.MANAGED_TYPE;
import static io.github.multiproc.processor.RuntimeNames.MANAGED_TYPE_PROVIDER;
import static io.github.multiproc.processor.RuntimeNames.PROXY_REFERENCE;
import static io.github.multiproc.processor.RuntimeNames.WIRE_INPUT;
import static io.github.multiproc.processor.RuntimeNames.WIRE_OUTPUT;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Writes {@code <Interface>_ManagedType} (Python's {@code BaseManager.register} entry and
 * {@code AutoProxy}, checked at compile time): it creates the implementation in the manager,
 * dispatches calls on it with a plain {@code switch} on the method key, and makes proxies whose
 * methods encode their arguments and go through a {@code ManagedInvoker}. Also writes the provider
 * that lists the managed types for {@code ServiceLoader}.
 */
final class ManagedTypeWriter {
  private ManagedTypeWriter() {}

  static JavaFile write(ManagedModel model) {
    ClassName proxy = model.managedType().nestedClass(model.proxyName());
    CodecExpressions codecs = CodecExpressions.outside(model.codecs());
    TypeSpec type =
        TypeSpec.classBuilder(model.managedType())
            .addOriginatingElement(model.element())
            .addJavadoc(
                "Serves {@link $T} from a manager and proxies it elsewhere; found through the"
                    + " generated\n{@code ManagedTypeProvider}.\n",
                model.managedInterface())
            .addAnnotations(model.generated().stream().toList())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(ParameterizedTypeName.get(MANAGED_TYPE, model.managedInterface()))
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addJavadoc("Called by the generated provider.\n")
                    .addModifiers(Modifier.PUBLIC)
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("type")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(
                        ParameterizedTypeName.get(
                            ClassName.get(Class.class), model.managedInterface()))
                    .addStatement("return $T.class", model.managedInterface())
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("newInstance")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(model.managedInterface())
                    .addStatement("return new $T()", model.implementation())
                    .build())
            .addMethod(dispatch(model, codecs))
            .addMethod(
                MethodSpec.methodBuilder("newProxy")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(model.managedInterface())
                    .addParameter(MANAGED_INVOKER, "invoker")
                    .addStatement("return new $T(invoker)", proxy)
                    .build())
            .addType(proxy(model, proxy, codecs))
            .build();
    return JavaFile.builder(model.managedType().packageName(), type)
        .skipJavaLangImports(true)
        .build();
  }

  /** The manager side: decode, call the implementation, encode the result. */
  private static MethodSpec dispatch(ManagedModel model, CodecExpressions codecs) {
    Set<String> userNames = new HashSet<>();
    model.methods().forEach(m -> m.parameters().forEach(p -> userNames.add(p.name())));
    String target = Names.fresh("target", userNames);
    String methodKey = Names.fresh("methodKey", userNames);
    String arguments = Names.fresh("arguments", userNames);
    String result = Names.fresh("result", userNames);
    CodeBlock.Builder body = CodeBlock.builder().beginControlFlow("switch ($N)", methodKey);
    for (ManagedModel.Method method : model.methods()) {
      body.add("case $S: {\n", method.key()).indent();
      CodeBlock callArguments = codecs.decodeParameters(body, method.parameters(), arguments);
      CodeBlock call = CodeBlock.of("$N.$N($L)", target, method.signature().name(), callArguments);
      if (method.returnsVoid()) {
        body.addStatement("$L", call);
      } else {
        body.addStatement("$L.encode($N, $L)", codecs.of(method.result()), result, call);
      }
      body.addStatement("return").unindent().add("}\n");
    }
    body.add("default:\n")
        .indent()
        .addStatement(
            "throw new $T($S + $N + $S)",
            IllegalArgumentException.class,
            "unknown method ",
            methodKey,
            " of managed type " + model.managedInterface())
        .unindent()
        .endControlFlow();
    return MethodSpec.methodBuilder("dispatch")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(model.managedInterface(), target)
        .addParameter(String.class, methodKey)
        .addParameter(WIRE_INPUT, arguments)
        .addParameter(WIRE_OUTPUT, result)
        .addException(Throwable.class)
        .addCode(body.build())
        .build();
  }

  /**
   * The proxy: every managed method goes through the invoker. Its reference (what crosses when the
   * proxy is passed to another process) is the invoker's: the runtime's invokers implement
   * {@code ProxyReference}, since only the runtime knows the manager's address and object id.
   */
  private static TypeSpec proxy(ManagedModel model, ClassName proxy, CodecExpressions codecs) {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(proxy)
            .addJavadoc(
                "A proxy of {@link $T}: each call runs in the manager.\n", model.managedInterface())
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addSuperinterface(model.managedInterface())
            .addSuperinterface(PROXY_REFERENCE)
            .addField(
                FieldSpec.builder(MANAGED_INVOKER, "invoker", Modifier.PRIVATE, Modifier.FINAL)
                    .build())
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addParameter(MANAGED_INVOKER, "invoker")
                    .addStatement("this.invoker = invoker")
                    .build());
    for (ManagedModel.Method method : model.methods()) {
      Set<String> userNames = new HashSet<>();
      method.parameters().forEach(p -> userNames.add(p.name()));
      String out = Names.fresh("out", userNames);
      String in = Names.fresh("in", userNames);
      String value = Names.fresh("value", userNames);
      MethodSpec.Builder body = method.signature().toBuilder();
      body.addStatement("$T $N = new $T()", WIRE_OUTPUT, out, WIRE_OUTPUT);
      for (WorkerModel.Parameter parameter : method.parameters()) {
        if (parameter.codec() instanceof CodecModel.Primitive primitive) {
          body.addStatement("$N.write$L($N)", out, primitive.wireSuffix(), parameter.name());
        } else {
          body.addStatement(
              "$L.encode($N, $N)", codecs.of(parameter.codec()), out, parameter.name());
        }
      }
      body.addStatement(
          "$T $N = this.invoker.invoke($S, $N.toByteArray())", WIRE_INPUT, in, method.key(), out);
      if (method.returnsVoid()) {
        body.addStatement("$N.requireFullyRead()", in);
      } else {
        body.addStatement(
            "$T $N = $L.decode($N)", method.result().type(), value, codecs.of(method.result()), in);
        body.addStatement("$N.requireFullyRead()", in);
        body.addStatement("return $N", value);
      }
      type.addMethod(body.build());
    }
    type.addMethod(
        MethodSpec.methodBuilder("writeReference")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(WIRE_OUTPUT, "out")
            .beginControlFlow("if (!(this.invoker instanceof $T))", PROXY_REFERENCE)
            .addStatement(
                "throw new $T($S)",
                IllegalStateException.class,
                "this proxy's invoker is not a ProxyReference, so the proxy cannot cross to another"
                    + " process")
            .endControlFlow()
            .addStatement("(($T) this.invoker).writeReference(out)", PROXY_REFERENCE)
            .build());
    return type.build();
  }

  /** The provider listing {@code managedTypes} for {@code ServiceLoader}. */
  static JavaFile writeProvider(
      ClassName provider,
      List<ClassName> managedTypes,
      List<TypeElement> origins,
      Optional<AnnotationSpec> generated) {
    List<CodeBlock> instances = new ArrayList<>();
    managedTypes.forEach(t -> instances.add(CodeBlock.of("new $T()", t)));
    CodeBlock javadoc =
        CodeBlock.of(
            "Lists the managed types of this compilation for {@code ServiceLoader}. Listed"
                + " in\n{@code META-INF/services/$L}.\n",
            MANAGED_TYPE_PROVIDER);
    TypeSpec.Builder type =
        ServiceProviders.builder(provider, MANAGED_TYPE_PROVIDER, javadoc, generated)
            .addMethod(
                MethodSpec.methodBuilder("managedTypes")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(
                        ParameterizedTypeName.get(
                            ClassName.get(List.class),
                            ParameterizedTypeName.get(
                                MANAGED_TYPE, WildcardTypeName.subtypeOf(Object.class))))
                    .addStatement("return $T.of($L)", List.class, CodeBlock.join(instances, ", "))
                    .build());
    origins.forEach(type::addOriginatingElement);
    return JavaFile.builder(provider.packageName(), type.build()).skipJavaLangImports(true).build();
  }
}
