package io.github.multiproc.processor;

import static io.github.multiproc.processor.RuntimeNames.POOL_TASK;
import static io.github.multiproc.processor.RuntimeNames.TASK_PROVIDER;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Class>_TaskProvider}, which lists the class's pool tasks for
 * {@code ServiceLoader}: a pool worker finds a task by id among these, never by loading a class a
 * peer names.
 */
final class TaskProviderWriter {
  private TaskProviderWriter() {}

  static JavaFile write(WorkerModel model) {
    WildcardTypeName any = WildcardTypeName.subtypeOf(Object.class);
    List<CodeBlock> constants = new ArrayList<>();
    for (WorkerModel.Task task : model.tasks()) {
      constants.add(CodeBlock.of("$T.$N", model.tasksClass(), task.name()));
    }
    CodeBlock javadoc =
        CodeBlock.of(
            "Lists the pool tasks of {@link $T} for {@code ServiceLoader} in a pool worker."
                + " Listed in\n{@code META-INF/services/$L}.\n",
            model.userClass(),
            TASK_PROVIDER);
    TypeSpec provider =
        ServiceProviders.builder(model.taskProvider(), TASK_PROVIDER, javadoc, model.generated())
            .addOriginatingElement(model.element())
            .addMethod(
                MethodSpec.methodBuilder("tasks")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(
                        ParameterizedTypeName.get(
                            ClassName.get(List.class),
                            ParameterizedTypeName.get(POOL_TASK, any, any)))
                    .addStatement("return $T.of($L)", List.class, CodeBlock.join(constants, ", "))
                    .build())
            .build();
    return JavaFile.builder(model.taskProvider().packageName(), provider)
        .skipJavaLangImports(true)
        .build();
  }
}
