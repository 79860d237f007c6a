package demo;

import io.github.multiproc.annotation.Portable;

@Portable
public record Stamp(long millis) {}
