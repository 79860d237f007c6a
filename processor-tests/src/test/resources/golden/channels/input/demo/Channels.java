package demo;

import io.github.multiproc.Connection;
import io.github.multiproc.ProcessLock;
import io.github.multiproc.ProcessQueue;
import io.github.multiproc.ShareableList;
import io.github.multiproc.SharedFloatArray;
import io.github.multiproc.SharedInt;
import io.github.multiproc.SharedMemoryManager;
import io.github.multiproc.annotation.Worker;

public class Channels {
  public record Order(String id, int quantity) {}

  @Worker
  static void consume(ProcessQueue<Order> orders) {}

  @Worker
  static void talk(Connection<String> conn) {}

  @Worker
  static void greet(ProcessLock lock, int i) {}

  @Worker
  static void count(SharedInt counter) {}

  @Worker
  static void share(ShareableList items, SharedFloatArray samples, SharedMemoryManager manager) {}
}
