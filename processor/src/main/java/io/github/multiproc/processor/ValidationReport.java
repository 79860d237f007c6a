package io.github.multiproc.processor;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * The problems found in one worker class, each attached to the element to fix (as Dagger's
 * {@code ValidationReport}). Collecting instead of throwing lets one compile show every error;
 * generation happens only for a clean report.
 */
final class ValidationReport {
  /** One problem: where it is, and what it says. */
  record Item(
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value,
      Message message,
      String text) {}

  private final List<Item> items = new ArrayList<>();
  private final List<Item> unresolved = new ArrayList<>();

  void error(Element element, Message message, Object... args) {
    items.add(new Item(element, null, null, message, message.format(args)));
  }

  /** An error about an annotation's value, pointed at that value in the source. */
  void error(
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value,
      Message message,
      Object... args) {
    items.add(new Item(element, annotation, value, message, message.format(args)));
  }

  /**
   * {@code element} refers to a type javac could not resolve; a later round may generate it, so
   * this is only printed when processing is over.
   */
  void unresolved(Element element, String subject, String type) {
    unresolved.add(
        new Item(
            element,
            null,
            null,
            Message.UNRESOLVED_TYPE,
            Message.UNRESOLVED_TYPE.format(subject, type)));
  }

  int errorCount() {
    return items.size();
  }

  boolean hasUnresolved() {
    return !unresolved.isEmpty();
  }

  boolean isClean() {
    return items.isEmpty() && unresolved.isEmpty();
  }

  void printTo(Messager messager) {
    List<Item> all = new ArrayList<>(items);
    all.addAll(unresolved);
    for (Item item : all) {
      messager.printMessage(
          item.message().kind(), item.text(), item.element(), item.annotation(), item.value());
    }
  }
}
