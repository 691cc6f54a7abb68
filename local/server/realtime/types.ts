// The contract between the protocol layer and the engine it is given (auth, GraphQL, filtering).
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { RealtimeLimits } from './limits.ts';
import type { AuthHeaders, RealtimeError } from './protocol.ts';

export type AuthenticateResult =
  { ok: true; connectionContext: unknown } | { ok: false; errorType: string; message: string; errorCode?: number };

export interface StartSubscriptionArgs {
  connectionId: string;
  subscriptionId: string;
  /** The client's `payload.data` as sent: a JSON string of `{ query, variables, operationName? }`. */
  data: string;
  /** `payload.extensions.authorization`, string values only; undefined if the client sent none. */
  authorization: AuthHeaders | undefined;
  connectionContext: unknown;
  remoteAddress: string | undefined;
}

export type StartSubscriptionResult =
  { ok: true } | { ok: false; errors: Array<Pick<RealtimeError, 'errorType' | 'message'>> };

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type RealtimeLog = (level: LogLevel, message: string, fields?: Record<string, unknown>) => void;

export interface RealtimeServerOptions {
  /** Called once per connection with the decoded carrier headers (`{}` if the client sent none). */
  authenticateConnection(
    headers: AuthHeaders,
    meta: { remoteAddress: string | undefined },
  ): Promise<AuthenticateResult>;
  /**
   * Called for each `start`. The engine may call `publish` for this subscription before this
   * resolves: such events are held and sent after `start_ack`.
   */
  startSubscription(args: StartSubscriptionArgs): Promise<StartSubscriptionResult>;
  /**
   * The single clean-up hook: called exactly once for every subscription whose start succeeded,
   * however it ends (client `stop`, `completeSubscription`, disconnect, `close()`).
   */
  stopSubscription(connectionId: string, subscriptionId: string): void;
  /** Interval between `ka` messages. Default 60 000. */
  keepAliveMs?: number;
  /** Announced in `connection_ack`. A connection may stay un-initialised for the lesser of this and `initTimeoutMs`. */
  connectionTimeoutMs?: number;
  /** What one connection may hold (frames, bytes before the ack, subscriptions…). Default `DEFAULT_LIMITS`. */
  limits?: Partial<RealtimeLimits>;
  /** Upgrade paths served. Default `['/graphql/realtime']`. */
  paths?: string[];
  log?: RealtimeLog;
}

export interface RealtimeServer {
  /** Give it every `upgrade` of an http(s) server; answers 404 for paths it does not serve. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Sends a `data` message (held until `start_ack` if still starting). False if no such subscription. */
  publish(connectionId: string, subscriptionId: string, payload: { data: unknown; errors?: unknown[] }): boolean;
  /** Server-side end (invalidation): sends `complete`, then closes the whole connection, as AppSync does. */
  completeSubscription(connectionId: string, subscriptionId: string): boolean;
  /** Open connections. */
  connections(): number;
  /** Open connections not yet acknowledged (capped by `limits.maxPendingConnections`). */
  pendingConnections(): number;
  /** Closes every connection (1001) and stops all subscriptions. */
  close(): Promise<void>;
}
