/**
 * Shared memory: segments in {@code /dev/shm} mapped by every process that uses them, the lock
 * word of the robust process locks, the waiter table of conditions, and the proof that a holder
 * is dead ({@code ProcessIdentity}, {@code Owners}) that lets a waiter take over an abandoned lock
 * and a sweep remove what dead processes left. Runs in every process that touches a lock, value,
 * array or segment.
 */
package io.github.multiproc.internal.shm;
