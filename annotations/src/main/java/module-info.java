/**
 * The annotations the multiproc processor reads ({@code @Worker}, {@code @Daemon},
 * {@code @Pooled}, ...). A user module needs them at compile time only ({@code requires static}).
 */
module io.github.multiproc.annotation {
  exports io.github.multiproc.annotation;
}
