package io.github.multiproc.processor;

import com.palantir.javapoet.ClassName;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/** Naming rules for generated classes, fields and entry keys, in one place. */
final class Names {
  private Names() {}

  /** {@code Outer_Inner}: nested user classes name generated top-level classes this way. */
  static String flatName(ClassName userClass) {
    return String.join("_", userClass.simpleNames());
  }

  static ClassName processes(ClassName userClass) {
    return ClassName.get(userClass.packageName(), flatName(userClass) + "Processes");
  }

  static ClassName launcher(ClassName userClass) {
    return ClassName.get(userClass.packageName(), flatName(userClass) + "_Launcher");
  }

  static ClassName codecs(ClassName userClass) {
    return ClassName.get(userClass.packageName(), flatName(userClass) + "_Codecs");
  }

  /** {@code ShopTasks}: the pool tasks of Shop's {@code @Pooled} methods. */
  static ClassName tasks(ClassName userClass) {
    return ClassName.get(userClass.packageName(), flatName(userClass) + "Tasks");
  }

  /** {@code Shop_TaskProvider}: lists ShopTasks for ServiceLoader in a pool worker. */
  static ClassName taskProvider(ClassName userClass) {
    return ClassName.get(userClass.packageName(), flatName(userClass) + "_TaskProvider");
  }

  /** {@code ShopTasks.AddArgs} for the @Pooled method {@code add(int a, int b)}. */
  static ClassName argumentRecord(ClassName tasks, String methodName) {
    return tasks.nestedClass(
        methodName.substring(0, 1).toUpperCase(Locale.ROOT) + methodName.substring(1) + "Args");
  }

  /** {@code Counter_ManagedType}: serves and proxies the @Managed interface Counter. */
  static ClassName managedType(ClassName managedInterface) {
    return ClassName.get(
        managedInterface.packageName(), flatName(managedInterface) + "_ManagedType");
  }

  /** {@code Counter_ManagedCodecs}: the codecs of Counter's methods (apart from any worker's). */
  static ClassName managedCodecs(ClassName managedInterface) {
    return ClassName.get(
        managedInterface.packageName(), flatName(managedInterface) + "_ManagedCodecs");
  }

  /** {@code Counter_ManagedTypes}: the provider listing the managed types of one round. */
  static ClassName managedTypes(ClassName firstInterface) {
    return ClassName.get(firstInterface.packageName(), flatName(firstInterface) + "_ManagedTypes");
  }

  /** {@code Shop_Order_CodecProvider}: registers the codec of the @Portable type Shop.Order. */
  static ClassName codecProvider(ClassName portableType) {
    return ClassName.get(portableType.packageName(), flatName(portableType) + "_CodecProvider");
  }

  /** {@code Shop_CodecsProvider}: registers the types of the codec holder Shop_Codecs. */
  static ClassName holderProvider(ClassName holder) {
    return ClassName.get(holder.packageName(), holder.simpleName() + "Provider");
  }

  /** {@code SHOP_ORDER_LINE} for {@code Shop.OrderLine}. */
  static String constantName(ClassName type) {
    return upperSnake(String.join("_", type.simpleNames()));
  }

  /** {@code ShopOrderCodec} for {@code Shop.Order}. */
  static String codecClassName(ClassName type) {
    return String.join("", type.simpleNames()) + "Codec";
  }

  /** {@code LOCAL_DATE_TIME} for {@code LocalDateTime}. */
  static String upperSnake(String camel) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      boolean boundary =
          i > 0
              && Character.isUpperCase(c)
              && (Character.isLowerCase(camel.charAt(i - 1))
                  || (i + 1 < camel.length()
                      && Character.isLowerCase(camel.charAt(i + 1))
                      && camel.charAt(i - 1) != '_'));
      if (boundary && out.charAt(out.length() - 1) != '_') {
        out.append('_');
      }
      out.append(Character.toUpperCase(c));
    }
    return out.toString();
  }

  /**
   * The erased type as written in an entry key: {@code demo.Shop.Order}, {@code long[]},
   * {@code java.util.List} (never {@code ...} for varargs, never spaces).
   */
  static String erasedName(TypeMirror type, Types types) {
    TypeMirror erased = types.erasure(type);
    if (erased.getKind() == TypeKind.ARRAY) {
      return erasedName(((ArrayType) erased).getComponentType(), types) + "[]";
    }
    if (erased.getKind() == TypeKind.DECLARED) {
      return ((javax.lang.model.element.TypeElement) ((DeclaredType) erased).asElement())
          .getQualifiedName()
          .toString();
    }
    return erased.toString();
  }

  /** {@code methodName(a,b)}. */
  static String entryKey(String name, List<String> erasedParameters) {
    return name + "(" + String.join(",", erasedParameters) + ")";
  }

  /**
   * A generated name that does not clash with the user's: {@code wanted}, else {@code wanted_},
   * {@code wanted__}...
   */
  static String fresh(String wanted, Collection<String> taken) {
    String candidate = wanted;
    while (taken.contains(candidate)) {
      candidate = candidate + "_";
    }
    return candidate;
  }

  static String lowerFirst(String name) {
    return name.isEmpty()
        ? name
        : name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
  }
}
