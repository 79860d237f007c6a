package io.github.multiproc.internal.shm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Segment names: what a handle from another process may name. */
class SegmentsTest {
  @Test
  void plainFileNamesPass() {
    for (String name :
        new String[] {
          "a", "Z9", "_x", "multiproc-12-ab.cd_ef", "x".repeat(200), Segments.newName()
        }) {
      assertEquals(name, Segments.checkName(name));
    }
  }

  @Test
  void pathsDotFilesAndOddCharactersAreRefused() {
    for (String name :
        new String[] {
          null,
          "",
          ".hidden",
          "-flag",
          "..",
          "a/b",
          "../etc",
          "a b",
          "é",
          "x".repeat(201),
          "a\u0000b"
        }) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Segments.checkName(name));
      assertEquals(
          "'"
              + name
              + "' is not a valid shared segment name: use 1-200 letters, digits,"
              + " '.', '_' or '-', not starting with '.' or '-'",
          e.getMessage());
    }
  }
}
