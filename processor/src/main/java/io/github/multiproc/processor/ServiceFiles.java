package io.github.multiproc.processor;

import com.palantir.javapoet.ClassName;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The {@code META-INF/services} files of one compilation: every provider the steps generated,
 * grouped by service interface and written once, sorted, when processing is over (the Filer
 * refuses to open a resource twice, so a file cannot grow round by round).
 */
final class ServiceFiles {
  private final Filer filer;
  private final Messager messager;

  /** Service interface → provider binary name → the user type it was generated from. */
  private final Map<String, TreeMap<String, Element>> providers = new TreeMap<>();

  ServiceFiles(Filer filer, Messager messager) {
    this.filer = filer;
    this.messager = messager;
  }

  void add(ClassName service, ClassName provider, Element origin) {
    providers
        .computeIfAbsent(service.reflectionName(), s -> new TreeMap<>())
        .put(provider.reflectionName(), origin);
  }

  /** Writes every file; call once, in the last round. */
  void write() {
    for (Map.Entry<String, TreeMap<String, Element>> service : providers.entrySet()) {
      String path = "META-INF/services/" + service.getKey();
      try {
        FileObject file =
            filer.createResource(
                StandardLocation.CLASS_OUTPUT,
                "",
                path,
                service.getValue().values().toArray(new Element[0]));
        try (Writer writer =
            new OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)) {
          for (String provider : service.getValue().keySet()) {
            writer.write(provider + "\n");
          }
        }
      } catch (IOException e) {
        messager.printMessage(Diagnostic.Kind.ERROR, "could not write " + path + ": " + e);
      }
    }
    providers.clear();
  }
}
