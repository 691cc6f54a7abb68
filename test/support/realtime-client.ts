// A raw `ws` client for driving AppSync's real-time protocol message by message in tests.
import WebSocket from 'ws';
import { MESSAGE_TYPES, SUBPROTOCOL } from '../../local/server/index.ts';

export type Received = { type: string; id?: string; payload?: any };
type Match = string | ((message: Received) => boolean);

export interface RawClient {
  readonly ws: WebSocket;
  /** Every message received so far, in order (including ones already taken by `next`). */
  readonly received: Received[];
  /** Takes the first not-yet-taken message matching `match` (a type, or a predicate), waiting if needed. */
  next(match: Match, timeoutMs?: number): Promise<Received>;
  /** Resolves true if no message matching `match` arrives (untaken) within `ms`. */
  quiet(match: Match, ms: number): Promise<boolean>;
  send(message: unknown): void;
  sendRaw(text: string): void;
  readonly closed: Promise<{ code: number; reason: string }>;
}

/** base64 (with padding) or base64url (no padding) of the JSON, as the two carriers use. */
export function encodeHeader(headers: Record<string, unknown>, form: 'base64' | 'base64url'): string {
  const b64 = Buffer.from(JSON.stringify(headers)).toString('base64');
  return form === 'base64' ? b64 : b64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function connectRaw(url: string, protocols: string[] = [SUBPROTOCOL], ca?: string): Promise<RawClient> {
  const ws = new WebSocket(url, protocols, ca ? { ca } : {});
  const received: Received[] = [];
  const inbox: Received[] = [];
  const waiters = new Set<() => void>();
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  ws.on('message', (raw) => {
    const message = JSON.parse(raw.toString()) as Received;
    received.push(message);
    inbox.push(message);
    waiters.forEach((wake) => wake());
  });
  const matches = (match: Match) => (m: Received) => (typeof match === 'string' ? m.type === match : match(m));
  const take = (match: Match): Received | undefined => {
    const index = inbox.findIndex(matches(match));
    return index < 0 ? undefined : inbox.splice(index, 1)[0];
  };
  const client: RawClient = {
    ws,
    received,
    closed,
    send: (message) => ws.send(JSON.stringify(message)),
    sendRaw: (text) => ws.send(text),
    next: (match, timeoutMs = 3000) =>
      new Promise((resolve, reject) => {
        const found = take(match);
        if (found) return resolve(found);
        const timer = setTimeout(() => {
          waiters.delete(wake);
          reject(new Error(`no ${String(match)} message within ${timeoutMs} ms; got ${JSON.stringify(received)}`));
        }, timeoutMs);
        const wake = () => {
          const message = take(match);
          if (!message) return;
          clearTimeout(timer);
          waiters.delete(wake);
          resolve(message);
        };
        waiters.add(wake);
      }),
    quiet: async (match, ms) => {
      await new Promise((resolve) => setTimeout(resolve, ms));
      return !inbox.some(matches(match));
    },
  };
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(client));
    ws.once('error', reject);
  });
}

/** Opens a connection carrying `headers` the given way and completes `connection_init`. */
export async function connectAndInit(
  realtimeUrl: string,
  headers: Record<string, unknown>,
  carrier: 'subprotocol' | 'query' = 'subprotocol',
  ca?: string,
): Promise<RawClient> {
  const client =
    carrier === 'subprotocol'
      ? await connectRaw(realtimeUrl, [SUBPROTOCOL, `header-${encodeHeader(headers, 'base64url')}`], ca)
      : await connectRaw(
          `${realtimeUrl}?header=${encodeURIComponent(encodeHeader(headers, 'base64'))}&payload=e30=`,
          [SUBPROTOCOL],
          ca,
        );
  client.send({ type: MESSAGE_TYPES.GQL_CONNECTION_INIT });
  await client.next(
    (m) => m.type === MESSAGE_TYPES.GQL_CONNECTION_ACK || m.type === MESSAGE_TYPES.GQL_CONNECTION_ERROR,
  );
  return client;
}

/** Attempts an upgrade and reports the HTTP answer instead of throwing. */
export function tryUpgrade(
  url: string,
  protocols: string[],
): Promise<{ status: number; protocol?: string; body: string }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, protocols);
    ws.on('unexpected-response', (_req, res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    ws.on('open', () => {
      resolve({ status: 101, protocol: ws.protocol, body: '' });
      ws.close();
    });
    ws.on('error', (err) => (err.message.includes('Unexpected server response') ? undefined : reject(err)));
  });
}

/** A `start` message as AppSync clients build it. */
export function startMessage(id: string, query: string, authorization: Record<string, string>, variables: object = {}) {
  return {
    id,
    type: MESSAGE_TYPES.GQL_START,
    payload: { data: JSON.stringify({ query, variables }), extensions: { authorization } },
  };
}
