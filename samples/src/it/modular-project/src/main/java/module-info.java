/** A user's application as a JPMS module: the runtime is read as an automatic module. */
module demo.modular {
  requires io.github.multiproc;
  requires static io.github.multiproc.annotation;
  // Workaround: the generated classes carry @javax.annotation.processing.Generated, which lives in
  // java.compiler; without this line javac reports "package javax.annotation.processing is not
  // visible". Static because that annotation has SOURCE retention: nothing needs it at run time.
  // Remove once the processor omits @Generated where the module does not read java.compiler.
  requires static java.compiler;
}
