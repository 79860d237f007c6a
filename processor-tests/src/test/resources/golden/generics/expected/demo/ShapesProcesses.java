package demo;

import io.github.multiproc.ChildProcess;
import io.github.multiproc.spi.WorkerCall;
import io.github.multiproc.wire.Codecs;
import io.github.multiproc.wire.Containers;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import javax.annotation.processing.Generated;

/**
 * Factories for the worker processes of {@link Shapes}.
 */
@Generated("io.github.multiproc.processor.MultiprocProcessor")
public final class ShapesProcesses {
  private ShapesProcesses() {
  }

  /**
   * An unstarted child process running {@link Shapes#area(List, TreeSet, Shapes.Shape[])}.
   */
  static ChildProcess<Double> area(List<Shapes.Shape> shapes, TreeSet<String> names,
      Shapes.Shape[] many) {
    return WorkerCall.to(Shapes_Launcher.class, "area(java.util.List,java.util.TreeSet,demo.Shapes.Shape[])", Codecs.DOUBLE)
        .arguments(out -> {
          Codecs.list(Shapes_Codecs.SHAPES_SHAPE).encode(out, shapes);
          Codecs.<String, TreeSet<String>>collection(Codecs.STRING, Containers.treeSet()).encode(out, names);
          Codecs.array(Shapes_Codecs.SHAPES_SHAPE, Shapes.Shape.class).encode(out, many);
        })
        .newProcess();
  }

  /**
   * An unstarted child process running {@link Shapes#describe(Shapes.Shape, Shapes.Pair, SortedMap)}.
   */
  public static ChildProcess<Shapes.Pair<String, Shapes.Tree>> describe(Shapes.Shape shape,
      Shapes.Pair<String, Integer> pair, SortedMap<String, Set<Integer>> index) {
    return WorkerCall.to(Shapes_Launcher.class, "describe(demo.Shapes.Shape,demo.Shapes.Pair,java.util.SortedMap)", new Shapes_Codecs.ShapesPairCodec<>(Codecs.STRING, Shapes_Codecs.SHAPES_TREE))
        .arguments(out -> {
          Shapes_Codecs.SHAPES_SHAPE.encode(out, shape);
          new Shapes_Codecs.ShapesPairCodec<>(Codecs.STRING, Codecs.INTEGER).encode(out, pair);
          Codecs.<String, Set<Integer>, SortedMap<String, Set<Integer>>>map(Codecs.STRING, Codecs.set(Codecs.INTEGER), Containers.treeMap()).encode(out, index);
        })
        .newProcess();
  }
}
