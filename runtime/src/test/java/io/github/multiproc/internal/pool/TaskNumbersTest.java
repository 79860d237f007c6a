package io.github.multiproc.internal.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.multiproc.PoolTask;
import io.github.multiproc.wire.Codecs;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;
import org.junit.jupiter.api.Test;

class TaskNumbersTest {
  private static final PoolTask<Integer, Integer> FIRST =
      PoolTask.of("test#first", Codecs.INTEGER, Codecs.INTEGER, x -> x);
  private static final PoolTask<Integer, Integer> SECOND =
      PoolTask.of("test#second", Codecs.INTEGER, Codecs.INTEGER, x -> x);

  @Test
  void numbersTasksInOrderAndWritesEachTaskFrameOnce() {
    TaskNumbers numbers = new TaskNumbers();
    WireOutput out = new WireOutput(64);
    assertEquals(0, numbers.number(FIRST, out));
    assertEquals(1, numbers.number(SECOND, out));
    int twoFrames = out.size();
    assertEquals(0, numbers.number(FIRST, out));
    assertEquals(1, numbers.number(SECOND, out));
    assertEquals(twoFrames, out.size(), "a task already numbered writes nothing");

    WireInput in = new WireInput(out.toByteArray());
    assertTaskFrame(in, 0, "test#first");
    assertTaskFrame(in, 1, "test#second");
    in.requireFullyRead();
  }

  @Test
  void aTaskWithTheIdOfANumberedOneHasItsNumber() {
    TaskNumbers numbers = new TaskNumbers();
    WireOutput out = new WireOutput(64);
    numbers.number(FIRST, out);
    int oneFrame = out.size();
    PoolTask<Integer, Integer> sameId =
        PoolTask.of("test#first", Codecs.INTEGER, Codecs.INTEGER, x -> -x);
    assertEquals(0, numbers.number(sameId, out));
    assertEquals(oneFrame, out.size());
  }

  private static void assertTaskFrame(WireInput in, int number, String id) {
    int length = in.readInt();
    int start = in.position();
    assertEquals(PoolProtocol.TASK, in.readByte());
    assertEquals(number, in.readSize());
    assertEquals(id, in.readString());
    assertEquals(length, in.position() - start);
  }
}
