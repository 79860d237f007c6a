/**
 * The leak check that the JUnit extension ({@code multiproc-junit}) and the runtime's own tests run
 * around each test: what a test left running through multiproc, named and ended. Runs in the
 * process that runs the tests; exported only to {@code io.github.multiproc.junit}.
 */
package io.github.multiproc.internal.leak;
