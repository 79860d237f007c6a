package demo;

import io.github.multiproc.annotation.Worker;

public class Outer {
  public static class Inner {
    public record Message(String text) {}

    @Worker
    public static String hello(Message out, String entryKey, int arguments, String result) {
      return out.text() + entryKey + arguments + result;
    }
  }
}
