// Upgrade, both auth carriers, connection_init/ack/error, keep-alive and timeouts, over raw `ws`.
import { afterEach, describe, expect, it } from 'vitest';
import { API_KEY, startRealtimeHarness, type RealtimeHarness } from '../../../test/support/realtime-harness.ts';
import { connectAndInit, connectRaw, encodeHeader, tryUpgrade } from '../../../test/support/realtime-client.ts';

let harness: RealtimeHarness;
afterEach(() => harness?.close());
const auth = () => ({ host: `127.0.0.1:${harness.port}`, 'x-api-key': API_KEY });

describe('upgrade', () => {
  it('selects graphql-ws when offered with the header- entry', async () => {
    harness = await startRealtimeHarness();
    const result = await tryUpgrade(harness.realtimeUrl, ['graphql-ws', `header-${encodeHeader(auth(), 'base64url')}`]);
    expect(result).toMatchObject({ status: 101, protocol: 'graphql-ws' });
  });

  it.each([
    ['graphql-transport-ws only', ['graphql-transport-ws']],
    ['no subprotocol', []],
  ])('refuses %s with 400 and an AppSync error body', async (_label, protocols) => {
    harness = await startRealtimeHarness();
    const result = await tryUpgrade(harness.realtimeUrl, protocols);
    expect(result.status).toBe(400);
    expect(JSON.parse(result.body)).toEqual({
      errors: [{ errorType: 'BadRequestException', message: expect.stringContaining('graphql-ws') }],
    });
    expect(harness.realtime.connections()).toBe(0);
  });

  it('answers 404 for another path', async () => {
    harness = await startRealtimeHarness();
    const result = await tryUpgrade(`ws://127.0.0.1:${harness.port}/graphql`, ['graphql-ws']);
    expect(result.status).toBe(404);
  });
});

describe('connection_init', () => {
  it.each(['subprotocol', 'query'] as const)('acks with connectionTimeoutMs 300000 (%s carrier)', async (carrier) => {
    harness = await startRealtimeHarness();
    const client = await connectAndInit(harness.realtimeUrl, { ...auth(), 'x-amz-date': '20240101T000000Z' }, carrier);
    expect(client.received[0]).toEqual({ type: 'connection_ack', payload: { connectionTimeoutMs: 300000 } });
    expect(harness.engine.authCalls).toEqual([
      { headers: { ...auth(), 'x-amz-date': '20240101T000000Z' }, remoteAddress: '127.0.0.1' },
    ]);
    expect(harness.realtime.connections()).toBe(1);
  });

  it('accepts a raw (not URL-encoded) base64 query carrier', async () => {
    harness = await startRealtimeHarness();
    // Grow the probe until the header's base64 contains `+`, `/` and ends in `=` (the port varies).
    const headers = { ...auth(), probe: '>>>???~~~ü' };
    while (!encodeHeader(headers, 'base64').endsWith('=')) headers.probe += 'x';
    expect(encodeHeader(headers, 'base64')).toMatch(/[+/].*=$/);
    const client = await connectRaw(`${harness.realtimeUrl}?header=${encodeHeader(headers, 'base64')}&payload=e30=`);
    client.send({ type: 'connection_init' });
    expect(await client.next('connection_ack')).toBeTruthy();
    expect(harness.engine.authCalls[0]?.headers).toEqual(headers);
  });

  it('announces a configured connectionTimeoutMs', async () => {
    harness = await startRealtimeHarness({ connectionTimeoutMs: 120_000 });
    const client = await connectAndInit(harness.realtimeUrl, auth());
    expect(client.received[0]).toEqual({ type: 'connection_ack', payload: { connectionTimeoutMs: 120000 } });
  });

  it('answers connection_error (UnauthorizedException, 401) and closes when auth fails', async () => {
    harness = await startRealtimeHarness();
    const client = await connectAndInit(harness.realtimeUrl, { ...auth(), 'x-api-key': 'wrong' });
    expect(client.received[0]).toEqual({
      type: 'connection_error',
      payload: {
        errors: [
          { errorType: 'UnauthorizedException', message: 'You are not authorized to make this call.', errorCode: 401 },
        ],
      },
    });
    expect((await client.closed).code).toBe(1000);
    expect(harness.realtime.connections()).toBe(0);
  });

  it('authenticates a connection without any carrier with empty headers (the engine refuses)', async () => {
    harness = await startRealtimeHarness();
    const client = await connectRaw(harness.realtimeUrl);
    client.send({ type: 'connection_init' });
    expect((await client.next('connection_error')).payload.errors[0].errorCode).toBe(401);
    expect(harness.engine.authCalls[0]?.headers).toEqual({});
  });

  it('answers BadRequestException (400) for an unreadable carrier without asking the engine', async () => {
    harness = await startRealtimeHarness();
    const client = await connectRaw(`${harness.realtimeUrl}?header=bm90IGpzb24=&payload=e30=`);
    client.send({ type: 'connection_init' });
    const error = await client.next('connection_error');
    expect(error.payload.errors).toEqual([
      { errorType: 'BadRequestException', message: expect.stringContaining('not JSON'), errorCode: 400 },
    ]);
    expect(harness.engine.authCalls).toEqual([]);
    await client.closed;
  });

  it('answers InternalFailure (500) when the engine throws', async () => {
    harness = await startRealtimeHarness();
    harness.engine.onAuthenticate = async () => {
      throw new Error('boom');
    };
    const client = await connectAndInit(harness.realtimeUrl, auth());
    expect(client.received[0]?.payload.errors).toEqual([
      { errorType: 'InternalFailure', message: 'boom', errorCode: 500 },
    ]);
  });
});

describe('keep-alive and timeouts', () => {
  it('sends ka right after the ack and then every keepAliveMs, none before', async () => {
    harness = await startRealtimeHarness({ keepAliveMs: 40 });
    const client = await connectRaw(harness.realtimeUrl, ['graphql-ws', `header-${encodeHeader(auth(), 'base64url')}`]);
    expect(await client.quiet('ka', 120)).toBe(true);
    client.send({ type: 'connection_init' });
    await client.next('connection_ack');
    expect(client.received.map((m) => m.type).slice(0, 2)).toEqual(['connection_ack', 'ka']);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(client.received.filter((m) => m.type === 'ka').length).toBeGreaterThanOrEqual(4);
  });

  it('closes a connection that never sends connection_init', async () => {
    harness = await startRealtimeHarness({ connectionTimeoutMs: 150 });
    const client = await connectRaw(harness.realtimeUrl);
    const started = Date.now();
    expect((await client.closed).code).toBe(1000);
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
    expect(harness.realtime.connections()).toBe(0);
  });

  it('keeps an acknowledged connection open past connectionTimeoutMs', async () => {
    harness = await startRealtimeHarness({ connectionTimeoutMs: 100, keepAliveMs: 1000 });
    const client = await connectAndInit(harness.realtimeUrl, auth());
    expect(await client.quiet('connection_error', 250)).toBe(true);
    expect(client.ws.readyState).toBe(client.ws.OPEN);
  });

  it('rejects non-positive timings', async () => {
    const { createRealtimeServer } = await import('./server.ts');
    const engine = {
      authenticateConnection: async () => ({ ok: true as const, connectionContext: 1 }),
      startSubscription: async () => ({ ok: true as const }),
      stopSubscription: () => {},
    };
    expect(() => createRealtimeServer({ ...engine, keepAliveMs: 0 })).toThrow(RangeError);
  });

  it('close() closes every connection with 1001 and refuses new upgrades', async () => {
    harness = await startRealtimeHarness();
    const clients = await Promise.all([
      connectAndInit(harness.realtimeUrl, auth()),
      connectAndInit(harness.realtimeUrl, auth()),
    ]);
    expect(harness.realtime.connections()).toBe(2);
    await harness.realtime.close();
    expect((await clients[0]!.closed).code).toBe(1001);
    expect((await clients[1]!.closed).code).toBe(1001);
    expect(harness.realtime.connections()).toBe(0);
    expect((await tryUpgrade(harness.realtimeUrl, ['graphql-ws'])).status).toBe(503);
  });
});
