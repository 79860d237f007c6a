package io.github.multiproc.processor;

import static io.github.multiproc.processor.RuntimeNames.POOL_TASK;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Class>Tasks}: one {@code PoolTask} constant per {@code @Pooled} method, named as
 * the method (the {@code func} of Python's {@code pool.apply_async(func, args)}), and for a method
 * with several parameters the argument record a pool maps over (Python's {@code starmap}). Each
 * body is a plain method reference or lambda: a pool worker runs it without reflection.
 */
final class TasksWriter {
  private TasksWriter() {}

  static JavaFile write(WorkerModel model) {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(model.tasksClass())
            .addOriginatingElement(model.element())
            .addJavadoc(
                "Pool tasks for the {@code @Pooled} methods of {@link $T}: pass them to a"
                    + " {@code Pool} or a\n{@code ThreadPool}.\n",
                model.userClass())
            .addAnnotations(model.generated().stream().toList())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL);
    CodecExpressions codecs = CodecExpressions.outside(model.codecs());
    for (WorkerModel.Task task : model.tasks()) {
      type.addField(constant(model, task, codecs));
    }
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (WorkerModel.Task task : model.tasks()) {
      if (task.argumentRecord() != null) {
        type.addType(argumentRecord(model, task));
      }
    }
    return JavaFile.builder(model.tasksClass().packageName(), type.build())
        .skipJavaLangImports(true)
        .build();
  }

  private static FieldSpec constant(
      WorkerModel model, WorkerModel.Task task, CodecExpressions codecs) {
    FieldSpec.Builder field =
        FieldSpec.builder(
            ParameterizedTypeName.get(POOL_TASK, task.argumentType(), task.result().type().box()),
            task.name());
    if (task.isPublic()) {
      field.addModifiers(Modifier.PUBLIC);
    }
    return field
        .addModifiers(Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The pool task running {@link $L}.\n", link(model, task))
        .initializer(
            "$T.of($S,$W$L,$W$L,$W$L)",
            POOL_TASK,
            task.id(),
            codecs.of(task.argumentCodec()),
            codecs.of(task.result()),
            body(model, task))
        .build();
  }

  /**
   * {@code Foo::foo} where a method reference calls exactly the method; otherwise a lambda. A
   * method returning void needs a lambda returning null, as {@code TaskBody} returns {@code Void}.
   */
  private static CodeBlock body(WorkerModel model, WorkerModel.Task task) {
    List<CodeBlock> arguments = new ArrayList<>();
    String parameter;
    if (task.parameters().isEmpty()) {
      parameter = "unused";
    } else if (task.parameters().size() == 1) {
      parameter = "argument";
      WorkerModel.Parameter only = task.parameters().get(0);
      boolean unbox = only.codec() instanceof CodecModel.Primitive;
      if (!task.returnsVoid() && !(unbox && task.overloaded())) {
        return CodeBlock.of("$T::$N", model.userClass(), task.name());
      }
      // A boxed argument could pick an overload taking Integer or Object: unbox it first.
      arguments.add(
          unbox && task.overloaded()
              ? CodeBlock.of("($T) $N", only.type(), parameter)
              : CodeBlock.of("$N", parameter));
    } else {
      parameter = "args";
      for (WorkerModel.Parameter each : task.parameters()) {
        arguments.add(CodeBlock.of("$N.$N()", parameter, each.name()));
      }
    }
    CodeBlock call =
        CodeBlock.of("$T.$N($L)", model.userClass(), task.name(), CodeBlock.join(arguments, ", "));
    return task.returnsVoid()
        ? CodeBlock.of("$N -> {\n$>$L;\nreturn null;\n$<}", parameter, call)
        : CodeBlock.of("$N -> $L", parameter, call);
  }

  private static TypeSpec argumentRecord(WorkerModel model, WorkerModel.Task task) {
    MethodSpec.Builder components = MethodSpec.constructorBuilder();
    for (WorkerModel.Parameter parameter : task.parameters()) {
      components.addParameter(ParameterSpec.builder(parameter.type(), parameter.name()).build());
    }
    return TypeSpec.recordBuilder(task.argumentRecord())
        .addJavadoc(
            "The arguments of {@link $L}, for {@code starmap} and the other pool"
                + " operations.\n",
            link(model, task))
        .addModifiers(Modifier.PUBLIC)
        .recordConstructor(components.build())
        .build();
  }

  private static CodeBlock link(WorkerModel model, WorkerModel.Task task) {
    CodeBlock.Builder link = CodeBlock.builder().add("$T#$L(", model.userClass(), task.name());
    for (int i = 0; i < task.javadocSignature().size(); i++) {
      link.add(i == 0 ? "$T" : ", $T", task.javadocSignature().get(i));
    }
    return link.add(")").build();
  }
}
