package io.github.multiproc.internal.cds;

import io.github.multiproc.internal.process.ArchiveFlags;
import java.util.List;

/**
 * {@link ClassDataArchive}'s flags as the {@link ArchiveFlags} that child command lines take;
 * found with {@link java.util.ServiceLoader}, which is why it is public. Runs in every process
 * that starts children.
 */
public final class ClassDataFlags implements ArchiveFlags {
  /** For {@link java.util.ServiceLoader}. */
  public ClassDataFlags() {}

  @Override
  public List<String> flagsFor(List<String> jvmArgs, boolean defaultExecutable) {
    return ClassDataArchive.flagsFor(jvmArgs, defaultExecutable);
  }
}
