/**
 * Class-data archives for faster child starts: the parent trains an archive of the classes every
 * child loads (AppCDS on JDK 17-24, the AOT cache on 25+), keyed by JDK and class path
 * ({@code ArchiveKey}, {@code ArchiveStore}), in a training JVM ({@code ClassDataTrainingLauncher});
 * children then map it.
 */
package io.github.multiproc.internal.cds;
