package io.github.multiproc.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the one line {@code py_bench.py --json} prints: a flat JSON object whose values are
 * numbers or strings (Python's {@code json.dumps} of a dict). Numbers come back as {@link Double},
 * strings as {@link String}; anything else (nesting, arrays, booleans) is rejected, since
 * py_bench never prints it. Hand-written so that the benchmarks need no JSON library.
 */
final class FlatJson {
  private final String s;
  private int i;

  private FlatJson(String s) {
    this.s = s;
  }

  /**
   * Parses {@code text} as one flat object.
   *
   * @throws IllegalArgumentException naming the position and what was expected
   */
  static Map<String, Object> parse(String text) {
    FlatJson p = new FlatJson(text);
    p.skipSpace();
    Map<String, Object> out = p.object();
    p.skipSpace();
    if (p.i != text.length()) {
      throw p.error("end of input");
    }
    return out;
  }

  private Map<String, Object> object() {
    Map<String, Object> out = new LinkedHashMap<>();
    expect('{');
    skipSpace();
    if (peek() == '}') {
      i++;
      return out;
    }
    while (true) {
      skipSpace();
      String key = string();
      skipSpace();
      expect(':');
      skipSpace();
      char c = peek();
      Object value = c == '"' ? string() : number();
      if (out.put(key, value) != null) {
        throw new IllegalArgumentException("py_bench JSON has the key \"" + key + "\" twice");
      }
      skipSpace();
      if (peek() == ',') {
        i++;
      } else {
        expect('}');
        return out;
      }
    }
  }

  private String string() {
    expect('"');
    StringBuilder b = new StringBuilder();
    while (true) {
      char c = next();
      if (c == '"') {
        return b.toString();
      }
      if (c != '\\') {
        b.append(c);
        continue;
      }
      char e = next();
      switch (e) {
        case '"':
        case '\\':
        case '/':
          b.append(e);
          break;
        case 'b':
          b.append('\b');
          break;
        case 'f':
          b.append('\f');
          break;
        case 'n':
          b.append('\n');
          break;
        case 'r':
          b.append('\r');
          break;
        case 't':
          b.append('\t');
          break;
        case 'u':
          if (i + 4 > s.length()) {
            throw error("four hex digits after \\u");
          }
          try {
            b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
          } catch (NumberFormatException ex) {
            throw error("four hex digits after \\u");
          }
          i += 4;
          break;
        default:
          throw error("a JSON escape");
      }
    }
  }

  private Double number() {
    int start = i;
    while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
      i++;
    }
    String token = s.substring(start, i);
    // Python's json.dumps writes NaN and Infinity for such floats; accept them as Java reads them.
    for (String special : new String[] {"NaN", "Infinity", "-Infinity"}) {
      if (token.isEmpty() || token.equals("-")) {
        if (s.startsWith(special, start)) {
          i = start + special.length();
          return Double.valueOf(special);
        }
      }
    }
    if (token.isEmpty()) {
      throw error("a number or a string (py_bench prints no other values)");
    }
    try {
      return Double.valueOf(token);
    } catch (NumberFormatException e) {
      i = start;
      throw error("a number");
    }
  }

  private void skipSpace() {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
  }

  private char peek() {
    if (i >= s.length()) {
      throw error("more input");
    }
    return s.charAt(i);
  }

  private char next() {
    char c = peek();
    i++;
    return c;
  }

  private void expect(char c) {
    if (peek() != c) {
      throw error("'" + c + "'");
    }
    i++;
  }

  private IllegalArgumentException error(String expected) {
    String found = i < s.length() ? "'" + s.charAt(i) + "'" : "the end";
    return new IllegalArgumentException(
        "py_bench JSON: expected "
            + expected
            + " at position "
            + i
            + " but found "
            + found
            + " in: "
            + (s.length() > 200 ? s.substring(0, 200) + "..." : s));
  }
}
