/**
 * The parent's hub and the framing every connection shares: an authenticated Unix-domain socket
 * server in a private directory that children connect back to ({@code Hub}), the HMAC challenge
 * ({@code Handshake}), links ({@code BlockingLink}: a socket or FIFO carrying length-prefixed
 * frames whose buffers grow as bytes arrive; "link" is the runtime's one word for such a framed
 * byte stream), the cap on connections still in their handshake, and the rules for authkeys and
 * bind addresses. The hub runs in the parent; the client side in each child.
 */
package io.github.multiproc.internal.hub;
