package io.github.multiproc.processor;

import static io.github.multiproc.processor.RuntimeNames.CHILD_MAIN;
import static io.github.multiproc.processor.RuntimeNames.WIRE_INPUT;
import static io.github.multiproc.processor.RuntimeNames.WIRE_OUTPUT;
import static io.github.multiproc.processor.RuntimeNames.WORKER_DISPATCHER;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Class>_Launcher}: the child JVM's {@code main}, which dispatches on the entry key
 * with a plain {@code switch} and calls the user's code directly (no reflection).
 */
final class LauncherWriter {
  private LauncherWriter() {}

  static JavaFile write(WorkerModel model) {
    // The dispatch parameters are ours to name: keep them clear of every user parameter name.
    Set<String> userNames = new HashSet<>();
    model.members().forEach(m -> m.parameters().forEach(p -> userNames.add(p.name())));
    String entryKey = Names.fresh("entryKey", userNames);
    String arguments = Names.fresh("arguments", userNames);
    String result = Names.fresh("result", userNames);

    CodecExpressions codecs = CodecExpressions.outside(model.codecs());
    CodeBlock.Builder body = CodeBlock.builder().beginControlFlow("switch ($N)", entryKey);
    for (WorkerModel.Member member : model.members()) {
      body.add("case $S: {\n", member.entryKey()).indent();
      CodeBlock joined = codecs.decodeParameters(body, member.parameters(), arguments);
      CodeBlock call;
      switch (member.kind()) {
        case STATIC_METHOD:
          call = CodeBlock.of("$T.$N($L)", model.userClass(), member.methodName(), joined);
          break;
        case RUNNABLE:
          call = CodeBlock.of("new $T($L).run()", model.userClass(), joined);
          break;
        default:
          call = CodeBlock.of("new $T($L).call()", model.userClass(), joined);
          break;
      }
      if (member.returnsVoid()) {
        body.addStatement("$L", call);
      } else {
        body.addStatement("$L.encode($N, $L)", codecs.of(member.result()), result, call);
      }
      body.addStatement("return").unindent().add("}\n");
    }
    body.add("default:\n")
        .indent()
        .addStatement(
            "throw $T.unknownEntry($N, $T.class)", WORKER_DISPATCHER, entryKey, model.launcher())
        .unindent()
        .endControlFlow();

    MethodSpec dispatch =
        MethodSpec.methodBuilder("dispatch")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(String.class, entryKey)
            .addParameter(WIRE_INPUT, arguments)
            .addParameter(WIRE_OUTPUT, result)
            .addException(Throwable.class)
            .addCode(body.build())
            .build();
    MethodSpec main =
        MethodSpec.methodBuilder("main")
            .addJavadoc("The child JVM's entry point; the runtime passes the call on stdin.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addParameter(ArrayTypeName.of(String.class), "args")
            .addStatement("$T.run(new $T(), args)", CHILD_MAIN, model.launcher())
            .build();
    MethodSpec standbyWarmUp =
        MethodSpec.methodBuilder("standbyWarmUp")
            .addJavadoc(
                "Run by an idle standby JVM: verifies {@link $T} without initializing it, so"
                    + " the child\nthe standby becomes does not do it on its first call.\n",
                model.userClass())
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addStatement("$T.linkAhead($T.class)", CHILD_MAIN, model.userClass())
            .build();
    TypeSpec type =
        TypeSpec.classBuilder(model.launcher())
            .addOriginatingElement(model.element())
            .addJavadoc(
                "Runs the worker members of {@link $T} in a child JVM.\n", model.userClass())
            .addAnnotations(model.generated().stream().toList())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(WORKER_DISPATCHER)
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
            .addMethod(main)
            .addMethod(standbyWarmUp)
            .addMethod(dispatch)
            .build();
    return JavaFile.builder(model.launcher().packageName(), type).skipJavaLangImports(true).build();
  }
}
