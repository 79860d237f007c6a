package com.example.squares;

import io.github.multiproc.annotation.Worker;
import jakarta.inject.Inject;
import java.util.concurrent.Callable;

/** A class worker the child builds through its @Inject constructor (README's dependency list). */
@Worker
public class Greeter implements Callable<String> {
  private final String name;

  @Inject
  public Greeter(String name) {
    this.name = name;
  }

  /** A second public constructor: without @Inject the processor could not choose. */
  public Greeter() {
    this("nobody");
  }

  @Override
  public String call() {
    return "hello " + name;
  }
}
