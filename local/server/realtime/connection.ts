// One WebSocket connection: init/auth, keep-alive, subscriptions. Messages are handled one at a
// time, in arrival order, so a `stop` can never overtake the `start` it refers to. What it may hold
// is bounded by `limits.ts` (frames, bytes before the ack, queued and unsent bytes, subscriptions).
import type { Duplex } from 'node:stream';
import { WebSocket, type RawData } from 'ws';
import type { CarrierResult } from './headers.ts';
import { meterBytes, rawByteLength, type RealtimeLimits } from './limits.ts';
import { parseClientMessage } from './message-type-guards.ts';
import {
  CLOSE_CODES,
  MESSAGE_TYPES,
  protocolErrors,
  type RealtimeError,
  type ServerMessage,
  type StartMessage,
} from './protocol.ts';
import type { RealtimeServerOptions, StartSubscriptionResult } from './types.ts';

type Payload = { data: unknown; errors?: unknown[] };
interface Subscription {
  state: 'starting' | 'active';
  held: Payload[];
}
export type ConnectionSettings = Required<Pick<RealtimeServerOptions, 'keepAliveMs' | 'connectionTimeoutMs' | 'log'>> &
  Pick<RealtimeServerOptions, 'authenticateConnection' | 'startSubscription' | 'stopSubscription'> & {
    limits: RealtimeLimits;
  };
/** Who is on the other end: the decoded auth carrier, the address, and the raw (post-TLS) socket. */
export interface Peer {
  carrier: CarrierResult;
  remoteAddress: string | undefined;
  raw: Duplex;
}
export interface ConnectionHooks {
  /** The connection was acknowledged (it no longer counts as pending). */
  onReady(connection: RealtimeConnection): void;
  /** The connection is closed and has released everything. Called once. */
  onGone(connection: RealtimeConnection): void;
}

export class RealtimeConnection {
  private state: 'new' | 'ready' | 'closed' = 'new';
  private context: unknown;
  private readonly subs = new Map<string, Subscription>();
  private queue: Promise<void> = Promise.resolve();
  private queuedBytes = 0;
  private keepAlive: NodeJS.Timeout | undefined;
  private readonly initTimer: NodeJS.Timeout;
  private readonly stopMetering: () => void;

  constructor(
    readonly id: string,
    private readonly socket: WebSocket,
    private readonly peer: Peer,
    private readonly settings: ConnectionSettings,
    private readonly hooks: ConnectionHooks,
  ) {
    const { limits } = settings;
    // Counted as bytes arrive, so an unauthenticated peer cannot make `ws` buffer a large frame.
    this.stopMetering = meterBytes(peer.raw, limits.maxPreAckBytes, () =>
      this.close(CLOSE_CODES.MESSAGE_TOO_BIG, 'too much data before connection_ack'),
    );
    socket.on('message', (raw: RawData) => this.enqueue(raw));
    socket.on('ping', () => this.checkBuffered());
    socket.on('close', () => this.cleanup());
    // `ws` reports oversized or malformed frames here and has already sent its close frame (1009/1002).
    socket.on('error', (err) => (this.log('info', 'socket error', err), this.close(CLOSE_CODES.PROTOCOL_ERROR, '')));
    this.initTimer = setTimeout(
      () => this.close(CLOSE_CODES.NORMAL, 'connection timeout'),
      Math.min(limits.initTimeoutMs, settings.connectionTimeoutMs),
    );
  }

  publish(subscriptionId: string, payload: Payload): boolean {
    const sub = this.state === 'closed' ? undefined : this.subs.get(subscriptionId);
    if (!sub) return false;
    if (sub.state === 'starting') sub.held.push(payload);
    else this.sendData(subscriptionId, payload);
    return true;
  }

  /** Invalidation: `complete`, then the whole connection closes. Only for acknowledged subscriptions. */
  complete(subscriptionId: string): boolean {
    if (this.state === 'closed' || this.subs.get(subscriptionId)?.state !== 'active') return false;
    this.send({ type: MESSAGE_TYPES.GQL_COMPLETE, id: subscriptionId });
    this.close(1000, 'subscription completed');
    return true;
  }

  /** Closes the socket and releases every subscription at once (the peer's close frame is not awaited). */
  close(code: number, reason: string): void {
    if (this.state === 'closed') return;
    this.cleanup();
    this.socket.close(code, reason);
    // A peer that never answers the close frame is dropped instead of being held for ws's 30 s.
    setTimeout(() => this.socket.terminate(), this.settings.limits.closeGraceMs).unref();
  }

  /** For server shutdown: close, then wait (at most `graceMs`) for the socket to finish closing. */
  async shutdown(graceMs = 1000): Promise<void> {
    this.close(1001, 'server shutting down');
    if (this.socket.readyState === WebSocket.CLOSED) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => (this.socket.terminate(), resolve()), graceMs);
      this.socket.once('close', () => (clearTimeout(timer), resolve()));
    });
  }

  /** Queues a frame; past `maxQueuedBytes` waiting, the socket is not read until the queue drains. */
  private enqueue(raw: RawData): void {
    const size = rawByteLength(raw);
    this.queuedBytes += size;
    if (this.queuedBytes > this.settings.limits.maxQueuedBytes && !this.socket.isPaused) {
      this.log('debug', 'paused reading: too many bytes queued');
      this.socket.pause();
    }
    this.queue = this.queue
      .then(() => this.handle(raw))
      .catch((err: unknown) => this.log('error', 'message handling failed', err))
      .then(() => {
        this.queuedBytes -= size;
        if (this.socket.isPaused && this.queuedBytes <= this.settings.limits.maxQueuedBytes) this.socket.resume();
      });
  }

  private async handle(raw: RawData): Promise<void> {
    if (this.state === 'closed') return;
    const parsed = parseClientMessage(raw);
    if (!parsed.ok) return this.sendError(parsed.id, [parsed.error]);
    const message = parsed.message;
    if (message.type === MESSAGE_TYPES.GQL_CONNECTION_INIT) await this.init(true);
    else if (message.type === MESSAGE_TYPES.GQL_START) await this.start(message);
    else this.stop(message.id);
  }

  /** Authenticates from the carrier. `start` before `connection_init` initialises implicitly (no ack). */
  private async init(ack: boolean): Promise<boolean> {
    if (this.state === 'ready') {
      if (ack) this.sendAck();
      return true;
    }
    const { carrier, remoteAddress } = this.peer;
    if (!carrier.ok) return this.refuse(protocolErrors.badHeader(carrier.message));
    const result = await this.settings
      .authenticateConnection(carrier.headers, { remoteAddress })
      .catch((err: unknown) => ({ ok: false as const, ...protocolErrors.internal(errorText(err)) }));
    if (this.state === 'closed') return false;
    if (!result.ok) {
      const { errorType, message, errorCode } = result;
      return this.refuse({ errorType, message, ...(errorCode === undefined ? {} : { errorCode }) });
    }
    this.context = result.connectionContext;
    this.state = 'ready';
    clearTimeout(this.initTimer);
    this.stopMetering();
    this.hooks.onReady(this);
    if (ack) this.sendAck();
    this.send({ type: MESSAGE_TYPES.GQL_CONNECTION_KEEP_ALIVE });
    this.keepAlive = setInterval(
      () => this.send({ type: MESSAGE_TYPES.GQL_CONNECTION_KEEP_ALIVE }),
      this.settings.keepAliveMs,
    );
    return true;
  }

  private refuse(error: RealtimeError): false {
    this.log('info', `connection refused: ${error.errorType}`);
    this.send({ type: MESSAGE_TYPES.GQL_CONNECTION_ERROR, payload: { errors: [error] } });
    this.close(1000, 'connection_error');
    return false;
  }

  private async start({ id, payload }: StartMessage): Promise<void> {
    if (this.state !== 'ready' && !(await this.init(false))) return;
    if (this.subs.has(id)) return this.sendError(id, [protocolErrors.duplicate(id)]);
    const max = this.settings.limits.maxSubscriptions;
    if (this.subs.size >= max) return this.sendError(id, [protocolErrors.maxSubscriptions(max)]);
    const sub: Subscription = { state: 'starting', held: [] };
    this.subs.set(id, sub);
    const result: StartSubscriptionResult = await this.settings
      .startSubscription({
        connectionId: this.id,
        subscriptionId: id,
        data: payload.data,
        authorization: payload.extensions?.authorization,
        connectionContext: this.context,
        remoteAddress: this.peer.remoteAddress,
      })
      .catch((err: unknown) => ({ ok: false, errors: [protocolErrors.internal(errorText(err))] }));
    if (this.state === 'closed') {
      if (result.ok) this.stopQuietly(id);
      return;
    }
    if (!result.ok) {
      this.subs.delete(id);
      return this.sendError(id, result.errors);
    }
    sub.state = 'active';
    this.send({ type: MESSAGE_TYPES.GQL_START_ACK, id });
    for (const held of sub.held.splice(0)) this.sendData(id, held);
  }

  private stop(id: string): void {
    if (this.subs.delete(id)) this.stopQuietly(id);
    this.send({ type: MESSAGE_TYPES.GQL_COMPLETE, id });
  }

  private cleanup(): void {
    if (this.state === 'closed') return;
    this.state = 'closed';
    clearTimeout(this.initTimer);
    clearInterval(this.keepAlive);
    this.stopMetering();
    for (const [id, sub] of this.subs) if (sub.state === 'active') this.stopQuietly(id);
    this.subs.clear();
    this.hooks.onGone(this);
  }

  private stopQuietly(subscriptionId: string): void {
    try {
      this.settings.stopSubscription(this.id, subscriptionId);
    } catch (err) {
      this.log('error', 'stopSubscription threw', err);
    }
  }

  private sendAck(): void {
    this.send({
      type: MESSAGE_TYPES.GQL_CONNECTION_ACK,
      payload: { connectionTimeoutMs: this.settings.connectionTimeoutMs },
    });
  }

  private sendData(id: string, { data, errors }: Payload): void {
    this.send({ type: MESSAGE_TYPES.GQL_DATA, id, payload: errors === undefined ? { data } : { data, errors } });
  }

  private sendError(id: string | undefined, errors: RealtimeError[]): void {
    this.send({ type: MESSAGE_TYPES.GQL_ERROR, ...(id === undefined ? {} : { id }), payload: { errors } });
  }

  private send(message: ServerMessage): void {
    if (this.socket.readyState !== WebSocket.OPEN) return;
    this.socket.send(JSON.stringify(message));
    this.checkBuffered();
  }

  /** A client that does not read its messages (or pongs) may not make this process hold them. */
  private checkBuffered(): void {
    if (this.socket.bufferedAmount <= this.settings.limits.maxBufferedBytes) return;
    this.log('info', 'client is not reading: closing');
    this.close(CLOSE_CODES.POLICY_VIOLATION, 'too much unread data');
  }

  private log(level: 'debug' | 'info' | 'warn' | 'error', message: string, err?: unknown): void {
    this.settings.log(level, message, {
      connectionId: this.id,
      ...(err === undefined ? {} : { error: errorText(err) }),
    });
  }
}

const errorText = (err: unknown): string => (err instanceof Error ? err.message : String(err));
