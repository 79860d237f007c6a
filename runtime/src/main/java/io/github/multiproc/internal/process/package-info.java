/**
 * Starting and watching child JVMs. The parent side builds the command ({@code JavaCommand},
 * {@code LaunchTarget}), spawns or hands the call to a ready standby JVM ({@code Spawner},
 * {@code StandbyPool}), and watches each child to its exit ({@code RunningChild},
 * {@code ChildRegistry}, its end of the child's control link: {@code ChildLink}); the child side
 * reads its bootstrap from stdin, connects back ({@code ParentLink}), runs the call and reports
 * ({@code ChildRuntime}, {@code StandbyMain}, {@code DeathPipe}).
 */
package io.github.multiproc.internal.process;
