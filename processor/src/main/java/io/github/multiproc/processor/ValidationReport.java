package io.github.multiproc.processor;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;

/**
 * The problems found in one worker class, each attached to the element to fix (as Dagger's
 * {@code ValidationReport}). Collecting instead of throwing lets one compile show every error;
 * generation happens only for a clean report.
 */
final class ValidationReport {
  /** One problem: where it is, and what it says. */
  record Item(Element element, Message message, String text) {}

  private final List<Item> items = new ArrayList<>();
  private final List<Item> unresolved = new ArrayList<>();

  void error(Element element, Message message, Object... args) {
    items.add(new Item(element, message, message.format(args)));
  }

  /**
   * {@code element} refers to a type javac could not resolve; a later round may generate it, so
   * this is only printed when processing is over.
   */
  void unresolved(Element element, String subject, String type) {
    unresolved.add(
        new Item(element, Message.UNRESOLVED_TYPE, Message.UNRESOLVED_TYPE.format(subject, type)));
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
      messager.printMessage(item.message().kind(), item.text(), item.element());
    }
  }
}
