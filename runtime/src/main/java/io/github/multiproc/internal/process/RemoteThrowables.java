package io.github.multiproc.internal.process;

import io.github.multiproc.RemoteException;
import io.github.multiproc.wire.CorruptDataException;
import io.github.multiproc.wire.WireInput;
import io.github.multiproc.wire.WireOutput;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a throwable and its cause chain as plain data (class name, message, frames) and reads it
 * back as {@link RemoteException}s. No Java serialization: the parent never instantiates a class the
 * child names. Chains are cut at {@link #MAX_DEPTH} and at the first repeated throwable, stacks at
 * {@link #MAX_FRAMES}, so a pathological exception cannot blow up the report.
 */
public final class RemoteThrowables {
  static final int MAX_DEPTH = 16;
  static final int MAX_FRAMES = 1024;

  private RemoteThrowables() {}

  /** Appends {@code throwable} and its causes to {@code out}. */
  public static void encode(WireOutput out, Throwable throwable) {
    List<Throwable> chain = new ArrayList<>();
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    for (Throwable t = throwable; t != null && chain.size() < MAX_DEPTH; t = t.getCause()) {
      if (seen.put(t, Boolean.TRUE) != null) {
        break;
      }
      chain.add(t);
    }
    out.writeSize(chain.size());
    for (Throwable t : chain) {
      out.writeString(t.getClass().getName());
      writeNullable(out, messageOf(t));
      StackTraceElement[] frames = t.getStackTrace();
      int count = Math.min(frames.length, MAX_FRAMES);
      out.writeSize(count);
      for (int i = 0; i < count; i++) {
        StackTraceElement frame = frames[i];
        writeNullable(out, frame.getClassLoaderName());
        writeNullable(out, frame.getModuleName());
        writeNullable(out, frame.getModuleVersion());
        out.writeString(frame.getClassName());
        out.writeString(frame.getMethodName());
        writeNullable(out, frame.getFileName());
        out.writeInt(frame.getLineNumber());
      }
    }
  }

  /** Reads what {@link #encode} wrote. */
  public static RemoteException decode(WireInput in) {
    int depth = in.readCount(3);
    if (depth > MAX_DEPTH) {
      throw new CorruptDataException(
          "a throwable chain of "
              + depth
              + " causes, more than the "
              + MAX_DEPTH
              + " any sender writes");
    }
    String[] classNames = new String[depth];
    String[] messages = new String[depth];
    StackTraceElement[][] stacks = new StackTraceElement[depth][];
    for (int i = 0; i < depth; i++) {
      classNames[i] = in.readString();
      messages[i] = readNullable(in);
      int count = in.readCount(10);
      if (count > MAX_FRAMES) {
        throw new CorruptDataException(
            "a stack of " + count + " frames, more than the " + MAX_FRAMES + " any sender writes");
      }
      StackTraceElement[] frames = new StackTraceElement[count];
      for (int j = 0; j < count; j++) {
        String loader = readNullable(in);
        String module = readNullable(in);
        String version = readNullable(in);
        String className = in.readString();
        String method = in.readString();
        String file = readNullable(in);
        int line = in.readInt();
        frames[j] = new StackTraceElement(loader, module, version, className, method, file, line);
      }
      stacks[i] = frames;
    }
    in.requireFullyRead();
    RemoteException cause = null;
    for (int i = depth - 1; i >= 0; i--) {
      cause = new RemoteException(classNames[i], messages[i], stacks[i], cause);
    }
    return cause;
  }

  private static String messageOf(Throwable t) {
    try {
      return t.getMessage();
    } catch (RuntimeException e) {
      return "<getMessage() threw " + e.getClass().getName() + ">";
    }
  }

  private static void writeNullable(WireOutput out, String value) {
    out.writeBoolean(value != null);
    if (value != null) {
      out.writeString(value);
    }
  }

  private static String readNullable(WireInput in) {
    return in.readBoolean() ? in.readString() : null;
  }
}
