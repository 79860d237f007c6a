/**
 * The order of this JVM's exit: the hook that joins (or ends) the children goes first, and the
 * hooks that remove what a booting child still needs (hub socket, control FIFOs, segments, the
 * lock-owner file) wait for it. Runs in every multiproc process as it exits.
 */
package io.github.multiproc.internal.exit;
