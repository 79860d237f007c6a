/**
 * Pipes ({@code Pipe}, {@code Connection}) and the links under them ({@code FrameLink}).
 *
 * <p>A pipe end behaves as an inherited descriptor of an OS pipe does in Python: any number of
 * processes may use it at once. Each message arrives whole and once; a poll takes nothing; the
 * messages of one sender arrive in order; a message queued for an end stays there until some
 * process that holds the end receives it.
 *
 * <h2>Who does what</h2>
 *
 * The JVM that created the pipe is its broker ({@link io.github.multiproc.internal.pipe.PipeCore},
 * one per pipe). Any other process that decodes an end attaches to it as a <em>holder</em>
 * ({@code RemoteEnd}): a connection to the creator's hub that carries what the holder sends. The
 * end stays open while some holder (or the creator's own copy) does; when the last holder closes
 * it or dies, the peer's readers read the end of the stream. Forwarding an end to a grandchild just
 * makes the grandchild one more holder.
 *
 * <h2>Routes</h2>
 *
 * <ul>
 *   <li><b>Sending.</b> A holder's frames go over its own connection; the creator's hub thread for
 *       it (the pump) hands each to the peer end's readers. A frame sent in the creating JVM goes
 *       there directly.
 *   <li><b>Receiving, shared.</b> A frame for an end waits in the creator, in that end's
 *       {@code MemoryInbox}. The creator's own threads take it there; a holder receives or polls
 *       over a second hub connection ({@code ReadService}), answered from the same inbox. So
 *       several readers each get whole messages and a poll anywhere takes nothing.
 *   <li><b>Receiving, fast path.</b> When a holder asks for a message, nothing waits, and no other
 *       process or thread has ever read the end, it becomes the end's only reader: from then on
 *       frames for it go straight down its own connection ({@code pushTo}). And while the creator's
 *       threads read an end whose peer has a single sender in another process, they read that
 *       sender's socket directly ({@code source}) instead of through its pump. A pipe between the
 *       creator and one child thus runs over one socket with no thread in between, as before.
 *   <li><b>Leaving the fast path.</b> When a second reader comes (a thread here, or another
 *       holder), the creator ends the pushed stream after the frames already in it: the first
 *       reader reads those, sees the stream end and carries on through the shared route. A
 *       second sender likewise moves the creator's readers from the direct socket to the inbox.
 *       A holder that closes its end (or exits normally) while frames were pushed to it and not
 *       read hands them back to the creator first, ahead of the rest.
 * </ul>
 *
 * <p>What is weaker than an OS pipe: frames pushed to the only reader before a second reader came
 * go to that first reader (on its next receive, or back at its close or exit); if it is killed
 * before either, they are lost with it. Every route needs the creating JVM alive.
 */
package io.github.multiproc.internal.pipe;
