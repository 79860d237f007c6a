package io.github.multiproc.processor;

import static io.github.multiproc.processor.RuntimeNames.CHILD_PROCESS;
import static io.github.multiproc.processor.RuntimeNames.WORKER_CALL;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Class>Processes}: one factory per worker member, with the member's parameters,
 * returning an unstarted {@code ChildProcess} (Python's {@code Process(target=f, args=...)}).
 */
final class ProcessesWriter {
  private ProcessesWriter() {}

  static JavaFile write(WorkerModel model) {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(model.processes())
            .addOriginatingElement(model.element())
            .addJavadoc("Factories for the worker processes of {@link $T}.\n", model.userClass())
            .addAnnotations(model.generated().stream().toList())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    CodecExpressions codecs = CodecExpressions.outside(model.codecs());
    for (WorkerModel.Member member : model.members()) {
      type.addMethod(factory(model, member, codecs));
    }
    return JavaFile.builder(model.processes().packageName(), type.build())
        .skipJavaLangImports(true)
        .build();
  }

  private static MethodSpec factory(
      WorkerModel model, WorkerModel.Member member, CodecExpressions codecs) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(member.methodName())
            .addJavadoc(javadoc(model, member))
            .returns(ParameterizedTypeName.get(CHILD_PROCESS, member.result().type().box()))
            .varargs(member.varargs());
    if (member.isPublic()) {
      method.addModifiers(Modifier.PUBLIC);
    }
    method.addModifiers(Modifier.STATIC);
    List<String> names = new ArrayList<>();
    for (WorkerModel.Parameter parameter : member.parameters()) {
      method.addParameter(ParameterSpec.builder(parameter.type(), parameter.name()).build());
      names.add(parameter.name());
    }
    CodeBlock.Builder body =
        CodeBlock.builder()
            .add(
                "return $T.to($T.class, $S, $L)",
                WORKER_CALL,
                model.launcher(),
                member.entryKey(),
                codecs.of(member.result()))
            .indent()
            .indent();
    if (!member.processName().isEmpty()) {
      body.add("\n.name($S)", member.processName());
    }
    if (member.daemon()) {
      body.add("\n.daemon(true)");
    }
    if (!member.jvmArgs().isEmpty()) {
      body.add("\n.jvmArgs(");
      for (int i = 0; i < member.jvmArgs().size(); i++) {
        body.add(i == 0 ? "$S" : ", $S", member.jvmArgs().get(i));
      }
      body.add(")");
    }
    String out = Names.fresh("out", names);
    if (member.parameters().size() == 1) {
      body.add("\n.arguments($N -> $L)", out, encode(member.parameters().get(0), out, codecs));
    } else if (!member.parameters().isEmpty()) {
      body.add("\n.arguments($N -> {\n", out).indent();
      for (WorkerModel.Parameter parameter : member.parameters()) {
        body.add("$L;\n", encode(parameter, out, codecs));
      }
      body.unindent().add("})");
    }
    body.add("\n.newProcess();\n").unindent().unindent();
    return method.addCode(body.build()).build();
  }

  private static CodeBlock encode(
      WorkerModel.Parameter parameter, String out, CodecExpressions codecs) {
    if (parameter.codec() instanceof CodecModel.Primitive primitive) {
      return CodeBlock.of("$N.write$L($N)", out, primitive.wireSuffix(), parameter.name());
    }
    return CodeBlock.of("$L.encode($N, $N)", codecs.of(parameter.codec()), out, parameter.name());
  }

  private static CodeBlock javadoc(WorkerModel model, WorkerModel.Member member) {
    CodeBlock.Builder link = CodeBlock.builder();
    String target =
        member.kind() == WorkerModel.Kind.STATIC_METHOD
            ? member.methodName()
            : model.userClass().simpleName();
    link.add("$T#$L(", model.userClass(), target);
    for (int i = 0; i < member.javadocSignature().size(); i++) {
      link.add(i == 0 ? "$T" : ", $T", member.javadocSignature().get(i));
    }
    link.add(")");
    String what =
        member.kind() == WorkerModel.Kind.STATIC_METHOD ? "running" : "constructing and running";
    return CodeBlock.of(
        "An unstarted $L process $L {@link $L}.\n",
        member.daemon() ? "daemon" : "child",
        what,
        link.build());
  }
}
