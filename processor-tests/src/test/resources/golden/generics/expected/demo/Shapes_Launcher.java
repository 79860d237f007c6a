package demo;

import io.github.multiproc.spi.ChildMain;
import io.github.multiproc.spi.WorkerDispatcher;
import io.github.multiproc.wire.Codecs;
import io.github.multiproc.wire.Containers;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import javax.annotation.processing.Generated;

/**
 * Runs the worker members of {@link Shapes} in a child JVM.
 */
@Generated("io.github.multiproc.processor.MultiprocProcessor")
public final class Shapes_Launcher implements WorkerDispatcher {
  private Shapes_Launcher() {
  }

  /**
   * The child JVM's entry point; the runtime passes the call on stdin.
   */
  public static void main(String[] args) {
    ChildMain.run(new Shapes_Launcher(), args);
  }

  /**
   * Run by an idle standby JVM: verifies {@link Shapes} without initializing it, so the child
   * the standby becomes does not do it on its first call.
   */
  public static void standbyWarmUp() {
    ChildMain.linkAhead(Shapes.class);
  }

  @Override
  public void dispatch(String entryKey, WireInput arguments, WireOutput result) throws Throwable {
    switch (entryKey) {
      case "area(java.util.List,java.util.TreeSet,demo.Shapes.Shape[])": {
        List<Shapes.Shape> shapes = Codecs.list(Shapes_Codecs.SHAPES_SHAPE).decode(arguments);
        TreeSet<String> names = Codecs.<String, TreeSet<String>>collection(Codecs.STRING, Containers.treeSet()).decode(arguments);
        Shapes.Shape[] many = Codecs.array(Shapes_Codecs.SHAPES_SHAPE, Shapes.Shape.class).decode(arguments);
        arguments.requireFullyRead();
        Codecs.DOUBLE.encode(result, Shapes.area(shapes, names, many));
        return;
      }
      case "describe(demo.Shapes.Shape,demo.Shapes.Pair,java.util.SortedMap)": {
        Shapes.Shape shape = Shapes_Codecs.SHAPES_SHAPE.decode(arguments);
        Shapes.Pair<String, Integer> pair = new Shapes_Codecs.ShapesPairCodec<>(Codecs.STRING, Codecs.INTEGER).decode(arguments);
        SortedMap<String, Set<Integer>> index = Codecs.<String, Set<Integer>, SortedMap<String, Set<Integer>>>map(Codecs.STRING, Codecs.set(Codecs.INTEGER), Containers.treeMap()).decode(arguments);
        arguments.requireFullyRead();
        new Shapes_Codecs.ShapesPairCodec<>(Codecs.STRING, Shapes_Codecs.SHAPES_TREE).encode(result, Shapes.describe(shape, pair, index));
        return;
      }
      default:
        throw WorkerDispatcher.unknownEntry(entryKey, Shapes_Launcher.class);
    }
  }
}
