/**
 * Managers: the server ({@code ManagerServer}, in a manager process or in the process that
 * serves) holds the managed objects ({@code Served*}, including the {@code @Managed} interfaces
 * found through {@code ManagedTypeRegistry}) and answers calls, with heartbeats while a call runs;
 * clients in any process ({@code ManagerClient} behind the public {@code Manager}) call them
 * through proxies ({@code *Proxy}) over pooled connections ({@code Endpoint}) that fail a call when
 * the server goes silent.
 */
package io.github.multiproc.internal.manager;
