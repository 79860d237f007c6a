/**
 * Class-data archives for faster child starts: the parent trains an archive of the classes every
 * child loads (AppCDS on JDK 17-24, the AOT cache on 25+), keyed by JDK and class path
 * ({@code ArchiveKey}, {@code ArchiveStore}), in a training JVM ({@code ClassDataTrainingLauncher});
 * children then map it. It sits above {@code internal.process} and {@code internal.pool}, whose
 * classes it trains; child command lines get its flags through {@code process.ArchiveFlags}
 * ({@code ClassDataFlags}, found by {@code ServiceLoader}).
 */
package io.github.multiproc.internal.cds;
