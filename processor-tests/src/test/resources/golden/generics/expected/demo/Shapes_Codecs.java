package demo;

import io.github.multiproc.wire.Codec;
import io.github.multiproc.wire.Codecs;
import io.github.multiproc.wire.CorruptDataException;
import io.github.multiproc.wire.NullSafeCodec;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Codecs for the types that {@link Shapes}'s workers send between processes.
 */
@Generated("io.github.multiproc.processor.MultiprocProcessor")
final class Shapes_Codecs {
  static final Codec<Shapes.Circle> SHAPES_CIRCLE = new ShapesCircleCodec();

  static final Codec<Shapes.Shape> SHAPES_SHAPE = new ShapesShapeCodec();

  static final Codec<Shapes.Square> SHAPES_SQUARE = new ShapesSquareCodec();

  static final Codec<Shapes.Tree> SHAPES_TREE = new ShapesTreeCodec();

  static final Codec<Shapes.Unit> SHAPES_UNIT = Codecs.enumOf(Shapes.Unit.values());

  private static final Codec<Optional<String>> OPTIONAL_OF_STRING = Codecs.optional(Codecs.STRING);

  private static final Codec<List<Shapes.Tree>> LIST_OF_SHAPES_TREE = Codecs.list(SHAPES_TREE);

  private static final Codec<Map<String, Shapes.Tree>> MAP_OF_STRING_AND_SHAPES_TREE = Codecs.map(Codecs.STRING, SHAPES_TREE);

  static {
    registerTypes();
  }

  private Shapes_Codecs() {
  }

  /**
   * Registers the records, enums and sealed types above so they can travel as {@code Object}:
   * when this holder loads, and when {@code ServiceLoader} finds {@link Shapes_CodecsProvider}
   * in a JVM that never loaded it. Registering twice changes nothing.
   */
  static void registerTypes() {
    Codecs.register(Shapes.Circle.class, SHAPES_CIRCLE);
    Codecs.register(Shapes.Shape.class, SHAPES_SHAPE);
    Codecs.register(Shapes.Square.class, SHAPES_SQUARE);
    Codecs.register(Shapes.Tree.class, SHAPES_TREE);
    Codecs.register(Shapes.Unit.class, SHAPES_UNIT);
  }

  private static final class ShapesCircleCodec extends NullSafeCodec<Shapes.Circle> {
    @Override
    protected void encodeValue(WireOutput out, Shapes.Circle value) {
      out.writeDouble(value.radius());
    }

    @Override
    protected Shapes.Circle decodeValue(WireInput in) {
      double radius = in.readDouble();
      return new Shapes.Circle(radius);
    }
  }

  static final class ShapesPairCodec<A, B> extends NullSafeCodec<Shapes.Pair<A, B>> {
    private final Codec<A> codecA;

    private final Codec<B> codecB;

    private final Codec<List<B>> listOfB;

    ShapesPairCodec(Codec<A> codecA, Codec<B> codecB) {
      this.codecA = codecA;
      this.codecB = codecB;
      this.listOfB = Codecs.list(this.codecB);
    }

    @Override
    protected void encodeValue(WireOutput out, Shapes.Pair<A, B> value) {
      this.codecA.encode(out, value.first());
      this.codecB.encode(out, value.second());
      this.listOfB.encode(out, value.more());
    }

    @Override
    protected Shapes.Pair<A, B> decodeValue(WireInput in) {
      A first = this.codecA.decode(in);
      B second = this.codecB.decode(in);
      List<B> more = this.listOfB.decode(in);
      return new Shapes.Pair<>(first, second, more);
    }
  }

  private static final class ShapesShapeCodec extends NullSafeCodec<Shapes.Shape> {
    @Override
    protected void encodeValue(WireOutput out, Shapes.Shape value) {
      if (value instanceof Shapes.Circle) {
        out.writeByte(0);
        SHAPES_CIRCLE.encode(out, (Shapes.Circle) value);
      } else if (value instanceof Shapes.Square) {
        out.writeByte(1);
        SHAPES_SQUARE.encode(out, (Shapes.Square) value);
      } else if (value instanceof Shapes.Unit) {
        out.writeByte(2);
        SHAPES_UNIT.encode(out, (Shapes.Unit) value);
      } else {
        throw new IllegalArgumentException("not a permitted subtype of demo.Shapes.Shape: " + value.getClass().getName());
      }
    }

    @Override
    protected Shapes.Shape decodeValue(WireInput in) {
      byte tag = in.readByte();
      switch (tag) {
        case 0:
          return SHAPES_CIRCLE.decode(in);
        case 1:
          return SHAPES_SQUARE.decode(in);
        case 2:
          return SHAPES_UNIT.decode(in);
        default:
          throw new CorruptDataException("unknown subtype tag of demo.Shapes.Shape: " + tag);
      }
    }
  }

  private static final class ShapesSquareCodec extends NullSafeCodec<Shapes.Square> {
    @Override
    protected void encodeValue(WireOutput out, Shapes.Square value) {
      out.writeDouble(value.side());
      OPTIONAL_OF_STRING.encode(out, value.label());
    }

    @Override
    protected Shapes.Square decodeValue(WireInput in) {
      double side = in.readDouble();
      Optional<String> label = OPTIONAL_OF_STRING.decode(in);
      return new Shapes.Square(side, label);
    }
  }

  private static final class ShapesTreeCodec extends NullSafeCodec<Shapes.Tree> {
    @Override
    protected void encodeValue(WireOutput out, Shapes.Tree value) {
      Codecs.STRING.encode(out, value.label());
      LIST_OF_SHAPES_TREE.encode(out, value.children());
      MAP_OF_STRING_AND_SHAPES_TREE.encode(out, value.byName());
    }

    @Override
    protected Shapes.Tree decodeValue(WireInput in) {
      String label = Codecs.STRING.decode(in);
      List<Shapes.Tree> children = LIST_OF_SHAPES_TREE.decode(in);
      Map<String, Shapes.Tree> byName = MAP_OF_STRING_AND_SHAPES_TREE.decode(in);
      return new Shapes.Tree(label, children, byName);
    }
  }
}
