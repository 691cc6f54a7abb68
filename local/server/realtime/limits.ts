// What one real-time connection may make this process hold, before and after `connection_ack`.
// AppSync's published quotas where there is one (https://docs.aws.amazon.com/general/latest/gr/appsync.html);
// the rest are small numbers of our own, marked UNVERIFIED against AWS.
import type { Duplex } from 'node:stream';
import type { RawData } from 'ws';

export interface RealtimeLimits {
  /** Largest client frame (message) at any time; a bigger one closes the socket with 1009. */
  maxFrameBytes: number;
  /** Bytes a socket may send in total before its connection is acknowledged (then 1009). */
  maxPreAckBytes: number;
  /** Connections upgraded but not yet acknowledged, all clients together (past it the oldest is closed, 1013). */
  maxPendingConnections: number;
  /** How long a socket may stay without `connection_init` (or a first `start`) before it is closed. */
  initTimeoutMs: number;
  /** Received frames waiting to be handled on one connection; above it the socket stops being read. */
  maxQueuedBytes: number;
  /** Bytes waiting to be sent to a client that does not read; above it the connection is closed. */
  maxBufferedBytes: number;
  /** Subscriptions (started or starting) on one connection. */
  maxSubscriptions: number;
  /** After a close frame, how long the peer has to finish the closing handshake before the socket is dropped. */
  closeGraceMs: number;
}

export const DEFAULT_LIMITS: Readonly<RealtimeLimits> = Object.freeze({
  // AppSync quota "Subscription payload size: 240 KB"; applying it to inbound frames is UNVERIFIED against AWS.
  maxFrameBytes: 240 * 1024,
  // UNVERIFIED against AWS: `connection_init` is ~30 bytes, a `start` with auth headers a few KB.
  maxPreAckBytes: 64 * 1024,
  // UNVERIFIED against AWS: everything local comes from 127.0.0.1, so the cap is global, not per address.
  maxPendingConnections: 128,
  // UNVERIFIED against AWS (no published deadline); the published clients send `connection_init` at once.
  initTimeoutMs: 10_000,
  // UNVERIFIED against AWS: about four maximum frames waiting on one connection.
  maxQueuedBytes: 1024 * 1024,
  // UNVERIFIED against AWS: about sixteen maximum subscription payloads unread by the client.
  maxBufferedBytes: 4 * 1024 * 1024,
  // AppSync quota "Subscriptions per connection: 100" (error type observed by clients: MaxSubscriptionsReachedError).
  maxSubscriptions: 100,
  // UNVERIFIED against AWS: `ws` itself would wait 30 s for the peer's close frame.
  closeGraceMs: 2_000,
});

/** Defaults overridden by `overrides`; every value must be a positive number. */
export function resolveLimits(overrides: Partial<RealtimeLimits> = {}): RealtimeLimits {
  const limits = { ...DEFAULT_LIMITS, ...overrides };
  for (const [name, value] of Object.entries(limits)) {
    if (!Number.isFinite(value) || value <= 0) throw new RangeError(`limits.${name} must be a positive number`);
  }
  return limits;
}

/** Size of a frame as `ws` hands it over. */
export function rawByteLength(raw: RawData | string): number {
  if (typeof raw === 'string') return Buffer.byteLength(raw);
  if (Array.isArray(raw)) return raw.reduce((sum, part) => sum + part.length, 0);
  return raw.byteLength;
}

/**
 * Counts the bytes arriving on `socket` (after TLS) as they arrive, so a budget is enforced before
 * `ws` buffers a frame. Calls `onExceeded` once; returns a function that stops counting.
 */
export function meterBytes(socket: Duplex, budget: number, onExceeded: () => void): () => void {
  let seen = 0;
  const count = (chunk: Buffer | string): void => {
    seen += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
    if (seen <= budget) return;
    stop();
    onExceeded();
  };
  const stop = (): void => void socket.off('data', count);
  socket.on('data', count);
  return stop;
}
