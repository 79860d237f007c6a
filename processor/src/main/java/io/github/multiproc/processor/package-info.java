/**
 * The annotation processor, run by javac: steps ({@code ProcessingStep}) model the annotated types,
 * validate them into a report whose every message names an element ({@code Message}), and only a
 * clean model reaches the JavaPoet writers, which generate the launchers, factories, codecs and
 * providers the runtime calls. Nothing here runs in a multiproc process.
 */
package io.github.multiproc.processor;
