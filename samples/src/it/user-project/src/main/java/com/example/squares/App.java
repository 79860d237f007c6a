package com.example.squares;

import io.github.multiproc.ChildProcess;

/** The user's main: what {@code java -jar} runs from the shaded jar. */
public final class App {
  private App() {}

  public static void main(String[] args) {
    ChildProcess<String> square = SquaresProcesses.square(7);
    square.start();
    square.join();
    System.out.println("square=" + square.result().split(" from pid ")[0]);
    ChildProcess<String> greeting = GreeterProcesses.create("ann");
    greeting.start();
    greeting.join();
    System.out.println("greeting=" + greeting.result());
  }
}
