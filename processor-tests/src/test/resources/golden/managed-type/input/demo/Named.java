package demo;

/** A super-interface whose abstract method is shared too. */
public interface Named {
  String name();
}
