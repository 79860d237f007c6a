package io.github.multiproc.internal.manager;

import java.util.ArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A managed queue (Python's {@code manager.Queue()}): a {@link LinkedBlockingQueue} in the server,
 * which is thread-safe itself, so a blocked take never stops a put on another connection.
 */
final class ServedQueue extends BuiltinServed {
  private final LinkedBlockingQueue<Object> queue;

  ServedQueue(Object maxSize) {
    int max = maxSize instanceof Integer i && i > 0 ? i : Integer.MAX_VALUE;
    this.queue = new LinkedBlockingQueue<>(max);
  }

  @Override
  Object call(String method, Object[] a) throws InterruptedException {
    switch (method) {
      case "offer":
        return a.length == 1
            ? queue.offer(new Item(a[0]))
            : queue.offer(new Item(a[0]), millis(a[1]), TimeUnit.MILLISECONDS);
      case "put":
        queue.put(new Item(a[0]));
        return null;
      case "poll":
        return wrap(a.length == 0 ? queue.poll() : queue.poll(millis(a[0]), TimeUnit.MILLISECONDS));
      case "take":
        return wrap(queue.take());
      case "peek":
        return wrap(queue.peek());
      case "size":
        return queue.size();
      case "remainingCapacity":
        return queue.remainingCapacity();
      case "copy":
        ArrayList<Object> items = new ArrayList<>();
        for (Object item : queue) {
          items.add(((Item) item).value);
        }
        return items;
      default:
        throw unknown(method, "queue");
    }
  }

  /** An empty answer is an empty list, an item is a one-item list: a null item stays an item. */
  private static Object wrap(Object item) {
    ArrayList<Object> answer = new ArrayList<>(1);
    if (item != null) {
      answer.add(((Item) item).value);
    }
    return answer;
  }

  /** Boxes items so that null can be queued, as Python's {@code None}. */
  private record Item(Object value) {}
}
