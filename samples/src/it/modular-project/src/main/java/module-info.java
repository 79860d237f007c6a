/**
 * A user's application as a JPMS module: the runtime is read as an automatic module. It does not
 * read java.compiler, so this also guards that generated code compiles without it (the processor
 * leaves out {@code @Generated} where the module cannot see it).
 */
module demo.modular {
  requires io.github.multiproc;
  requires static io.github.multiproc.annotation;
}
