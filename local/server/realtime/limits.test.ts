// The limits on what one real-time connection may make the server hold, over a real server and `ws`.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import {
  connectAndInit,
  connectRaw,
  encodeHeader,
  startMessage,
  type RawClient,
} from '../../../test/support/realtime-client.ts';
import { DEFAULT_LIMITS, resolveLimits, type RealtimeLimits } from './limits.ts';
import { createRealtimeServer } from './server.ts';
import type { RealtimeServer, StartSubscriptionArgs, StartSubscriptionResult } from './types.ts';

const KEY = 'da2-limits';
const MIB = 1024 * 1024;

interface Setup {
  realtime: RealtimeServer;
  url: string;
  auth: Record<string, string>;
  starts: StartSubscriptionArgs[];
  stops: string[];
  logs: string[];
  onStart: (args: StartSubscriptionArgs) => Promise<StartSubscriptionResult>;
  /** TCP connections the http server still holds (upgraded sockets included). */
  sockets(): Promise<number>;
  close(): Promise<void>;
}
let setup: Setup | undefined;
afterEach(async () => {
  await setup?.close();
  setup = undefined;
});

async function start(limits: Partial<RealtimeLimits> = {}): Promise<Setup> {
  const server = createServer((_req, res) => res.writeHead(404).end());
  const starts: StartSubscriptionArgs[] = [];
  const stops: string[] = [];
  const logs: string[] = [];
  const realtime = createRealtimeServer({
    limits,
    authenticateConnection: async (headers) =>
      headers['x-api-key'] === KEY
        ? { ok: true, connectionContext: {} }
        : { ok: false, errorType: 'UnauthorizedException', message: 'no', errorCode: 401 },
    startSubscription: (args) => (starts.push(args), s.onStart(args)),
    stopSubscription: (_connectionId, subscriptionId) => void stops.push(subscriptionId),
    log: (_level, message) => void logs.push(message),
  });
  server.on('upgrade', (req, socket, head) => realtime.handleUpgrade(req, socket, head));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const s: Setup = {
    realtime,
    starts,
    stops,
    logs,
    onStart: async () => ({ ok: true }),
    url: `ws://127.0.0.1:${port}/graphql/realtime`,
    auth: { host: `127.0.0.1:${port}`, 'x-api-key': KEY },
    sockets: () => new Promise((resolve, reject) => server.getConnections((e, n) => (e ? reject(e) : resolve(n)))),
    async close() {
      await realtime.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return (setup = s);
}

const anonymous = async (url: string): Promise<RawClient> => {
  const client = await connectRaw(url);
  client.ws.on('error', () => {}); // the server may reset a socket still writing a refused frame
  return client;
};
const authenticated = (s: Setup): Promise<RawClient> => connectAndInit(s.url, s.auth);
const until = async (check: () => boolean, ms = 3000): Promise<void> => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not reached');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

describe('resolveLimits', () => {
  it('uses AppSync quotas where published: 240 KB frames, 100 subscriptions per connection', () => {
    expect(resolveLimits()).toEqual(DEFAULT_LIMITS);
    expect(DEFAULT_LIMITS.maxFrameBytes).toBe(240 * 1024);
    expect(DEFAULT_LIMITS.maxSubscriptions).toBe(100);
    expect(DEFAULT_LIMITS.maxPreAckBytes).toBeLessThan(DEFAULT_LIMITS.maxFrameBytes);
    expect(resolveLimits({ initTimeoutMs: 5 }).initTimeoutMs).toBe(5);
  });

  it.each([0, -1, Number.NaN, Infinity])('refuses %s as a limit', (value) => {
    expect(() => resolveLimits({ maxFrameBytes: value })).toThrow(RangeError);
  });
});

describe('before connection_ack', () => {
  it('closes with 1009 an anonymous socket sending a 5 MiB frame, and forgets it', async () => {
    const s = await start();
    const client = await anonymous(s.url);
    client.ws.send(Buffer.alloc(5 * MIB, 0x61));
    expect((await client.closed).code).toBe(1009);
    await until(() => s.realtime.connections() === 0 && s.realtime.pendingConnections() === 0);
  });

  it('closes with 1009 a frame under the frame limit but over the pre-ack budget', async () => {
    const s = await start();
    const client = await anonymous(s.url);
    client.sendRaw(JSON.stringify({ type: 'connection_init', payload: { pad: 'x'.repeat(100 * 1024) } }));
    expect((await client.closed).code).toBe(1009);
  });

  it('counts every frame before the ack: many small ones add up to the budget', async () => {
    const s = await start({ maxPreAckBytes: 4096 });
    const client = await anonymous(s.url);
    for (let i = 0; i < 300; i++) client.sendRaw(JSON.stringify({ type: 'stop', id: `s-${i}` }));
    expect((await client.closed).code).toBe(1009);
  });

  it('closes a socket that never sends connection_init after initTimeoutMs (not connectionTimeoutMs)', async () => {
    const s = await start({ initTimeoutMs: 200 });
    const client = await anonymous(s.url);
    const opened = Date.now();
    expect((await client.closed).code).toBe(1000);
    expect(Date.now() - opened).toBeGreaterThanOrEqual(150);
    expect(Date.now() - opened).toBeLessThan(2000);
    expect(s.realtime.connections()).toBe(0);
  });

  it('has a 10 s init deadline by default', () => {
    expect(DEFAULT_LIMITS.initTimeoutMs).toBe(10_000);
  });

  it('closes the oldest unacknowledged socket (1013) past maxPendingConnections, not acknowledged ones', async () => {
    const s = await start({ maxPendingConnections: 3 });
    const acked = await authenticated(s);
    const idle = [await anonymous(s.url), await anonymous(s.url), await anonymous(s.url)];
    expect(s.realtime.pendingConnections()).toBe(3);
    const newcomer = await connectRaw(s.url, ['graphql-ws', `header-${encodeHeader(s.auth, 'base64url')}`]);
    expect((await idle[0]!.closed).code).toBe(1013);
    expect(s.realtime.pendingConnections()).toBe(3);
    newcomer.send({ type: 'connection_init' });
    expect(await newcomer.next('connection_ack')).toBeTruthy();
    expect(s.realtime.pendingConnections()).toBe(2);
    expect(idle[1]!.ws.readyState).toBe(WebSocket.OPEN);
    expect(acked.ws.readyState).toBe(WebSocket.OPEN);
    expect(s.realtime.connections()).toBe(4);
  });
});

describe('after connection_ack', () => {
  it('accepts a frame over the pre-ack budget and closes with 1009 one over the frame limit', async () => {
    const s = await start();
    const client = await authenticated(s);
    const big = startMessage('big', `subscription { onPing { id } } # ${'x'.repeat(100 * 1024)}`, s.auth);
    client.send(big);
    expect(await client.next('start_ack')).toEqual({ type: 'start_ack', id: 'big' });
    client.ws.on('error', () => {});
    client.ws.send(Buffer.alloc(DEFAULT_LIMITS.maxFrameBytes + 1, 0x61));
    expect((await client.closed).code).toBe(1009);
    await until(() => s.realtime.connections() === 0);
    expect(s.stops).toEqual(['big']); // the subscription was released with the connection
  });

  it('answers MaxSubscriptionsReachedError past maxSubscriptions, and accepts again after a stop', async () => {
    const s = await start({ maxSubscriptions: 2 });
    const client = await authenticated(s);
    for (const id of ['a', 'b', 'c']) client.send(startMessage(id, 'subscription { onPing { id } }', s.auth));
    await client.next((m) => m.type === 'start_ack' && m.id === 'b');
    expect(await client.next('error')).toEqual({
      type: 'error',
      id: 'c',
      payload: {
        errors: [{ errorType: 'MaxSubscriptionsReachedError', message: 'Max number of 2 subscriptions reached' }],
      },
    });
    client.send({ type: 'stop', id: 'a' });
    client.send(startMessage('c', 'subscription { onPing { id } }', s.auth));
    expect(await client.next((m) => m.type === 'start_ack' && m.id === 'c')).toBeTruthy();
    expect(s.starts.map((a) => a.subscriptionId)).toEqual(['a', 'b', 'c']);
  });

  it('stops reading a connection whose queue passes maxQueuedBytes, then handles every frame in order', async () => {
    const s = await start({ maxQueuedBytes: 2048 });
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    s.onStart = async () => (await gate, { ok: true });
    const client = await authenticated(s);
    const ids = Array.from({ length: 40 }, (_, i) => `q-${i}`);
    for (const id of ids) client.send(startMessage(id, `subscription { onPing { id } } # ${'p'.repeat(200)}`, s.auth));
    await until(() => s.logs.includes('paused reading: too many bytes queued'));
    release();
    for (const id of ids) await client.next((m) => m.type === 'start_ack' && m.id === id);
    expect(s.starts.map((a) => a.subscriptionId)).toEqual(ids);
  });

  it('closes a connection that does not read what it is sent past maxBufferedBytes', async () => {
    const s = await start({ maxBufferedBytes: 256 * 1024 });
    const client = await authenticated(s);
    client.send(startMessage('slow', 'subscription { onPing { id } }', s.auth));
    await client.next('start_ack');
    client.ws.pause(); // a client that stops reading
    const { connectionId } = s.starts[0]!;
    const event = { data: { onPing: { id: 'x'.repeat(200 * 1024) } } };
    let sent = 0;
    while (s.realtime.publish(connectionId, 'slow', event) && sent < 500) sent++;
    expect(sent).toBeLessThan(500);
    expect(s.realtime.connections()).toBe(0);
    expect(s.stops).toEqual(['slow']);
    client.ws.terminate();
  });
});

describe('closing', () => {
  it('drops a peer that never answers the close frame after closeGraceMs', async () => {
    const s = await start({ initTimeoutMs: 50, closeGraceMs: 200 });
    const client = new WebSocket(s.url, ['graphql-ws']);
    client.on('error', () => {});
    await new Promise((resolve) => client.once('open', resolve));
    // Stop reading: the server's close frame is never answered, the closing handshake never completes.
    (client as unknown as { _socket: { pause(): void } })._socket.pause();
    await until(() => s.realtime.connections() === 0);
    expect(await s.sockets()).toBe(1);
    // Without the grace the server would hold the socket for ws's 30 s close timeout.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await s.sockets()).toBe(0);
    client.terminate();
  });
});
