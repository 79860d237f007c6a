package io.github.multiproc.internal.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** How many chunks a taker gets: its room for the waiting chunks' size, and its share. */
@Timeout(10)
class ChunkQueueTest {
  private static final Job IGNORED =
      new Job() {
        @Override
        public void accept(int index, Object value) {}

        @Override
        public void fail(int index, Throwable failure) {}

        @Override
        public boolean abandoned() {
          return false;
        }
      };

  private static List<Chunk> chunks(int count, int size) {
    List<Chunk> chunks = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      chunks.add(
          new Chunk(IGNORED, TaskRef.ofFunction(Function.identity()), i * size, new Object[size]));
    }
    return chunks;
  }

  @Test
  void roomIsAskedForTheSizeOfTheFirstWaitingChunk() throws InterruptedException {
    ChunkQueue queue = new ChunkQueue();
    queue.addAll(chunks(8, 12_500));
    List<Integer> asked = new ArrayList<>();
    List<Chunk> taken =
        queue.take(
            size -> {
              asked.add(size);
              return size > 1_000 ? 1 : 64;
            },
            1,
            () -> true);
    assertEquals(List.of(12_500), asked);
    assertEquals(1, taken.size());

    queue.closeAndDrain();
    ChunkQueue small = new ChunkQueue();
    small.addAll(chunks(8, 1));
    assertEquals(8, small.take(size -> size > 1_000 ? 1 : 64, 1, () -> true).size());
  }

  @Test
  void noRoomStillTakesOneChunk() throws InterruptedException {
    ChunkQueue queue = new ChunkQueue();
    queue.addAll(chunks(3, 10));
    assertEquals(1, queue.take(size -> 0, 1, () -> true).size());
  }

  @Test
  void aTakerGetsAtMostItsShareOfTheWaitingChunks() throws InterruptedException {
    ChunkQueue queue = new ChunkQueue();
    queue.addAll(chunks(8, 10));
    assertEquals(4, queue.take(size -> 100, 2, () -> true).size());
    assertEquals(2, queue.take(size -> 100, 2, () -> true).size());
    assertEquals(1, queue.take(size -> 100, 2, () -> true).size());
  }
}
