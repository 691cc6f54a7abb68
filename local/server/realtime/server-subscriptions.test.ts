// start/start_ack/error/data/stop/complete, bad messages, ordering and server-side completion.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { API_KEY, startRealtimeHarness, type RealtimeHarness } from '../../../test/support/realtime-harness.ts';
import {
  connectAndInit,
  connectRaw,
  encodeHeader,
  startMessage,
  type RawClient,
} from '../../../test/support/realtime-client.ts';

let harness: RealtimeHarness;
let client: RawClient;
let auth: Record<string, string>;
const ON_PING = 'subscription OnPing { onPing { id } }';

beforeEach(async () => {
  harness = await startRealtimeHarness();
  auth = { host: `127.0.0.1:${harness.port}`, 'x-api-key': API_KEY };
  client = await connectAndInit(harness.realtimeUrl, auth);
});
afterEach(() => harness.close());

const connectionId = () => harness.engine.starts[0]!.connectionId;

describe('start', () => {
  it('acks a start and hands the engine the data string, authorization and context untouched', async () => {
    const message = startMessage('sub-1', ON_PING, { ...auth, 'x-amz-user-agent': 'test' }, { id: '7' });
    client.send(message);
    expect(await client.next('start_ack')).toEqual({ type: 'start_ack', id: 'sub-1' });
    expect(harness.engine.starts).toEqual([
      {
        connectionId: expect.any(String),
        subscriptionId: 'sub-1',
        data: message.payload.data,
        authorization: { ...auth, 'x-amz-user-agent': 'test' },
        connectionContext: { authMode: 'API_KEY', host: auth.host },
        remoteAddress: '127.0.0.1',
      },
    ]);
  });

  it('relays the engine refusal as an error for that id, with no start_ack', async () => {
    client.send(startMessage('sub-1', 'subscription { onRefused { id } }', auth));
    expect(await client.next('error')).toEqual({
      type: 'error',
      id: 'sub-1',
      payload: {
        errors: [{ errorType: 'Unauthorized', message: 'Not Authorized to access onRefused on type Subscription' }],
      },
    });
    expect(await client.quiet('start_ack', 50)).toBe(true);
    expect(harness.realtime.publish(connectionId(), 'sub-1', { data: {} })).toBe(false);
  });

  it('refuses a duplicate id and keeps the first subscription', async () => {
    client.send(startMessage('dup', ON_PING, auth));
    await client.next('start_ack');
    client.send(startMessage('dup', ON_PING, auth));
    const error = await client.next('error');
    expect(error).toMatchObject({ id: 'dup', payload: { errors: [{ errorType: 'DuplicatedOperationError' }] } });
    expect(harness.engine.starts).toHaveLength(1);
    expect(harness.realtime.publish(connectionId(), 'dup', { data: { onPing: { id: '1' } } })).toBe(true);
    expect(await client.next('data')).toMatchObject({ id: 'dup' });
  });

  it('turns an engine exception into an InternalFailure error', async () => {
    harness.engine.onStart = async () => {
      throw new Error('engine down');
    };
    client.send(startMessage('sub-1', ON_PING, auth));
    expect((await client.next('error')).payload.errors[0]).toMatchObject({
      errorType: 'InternalFailure',
      message: 'engine down',
    });
  });

  it('initialises implicitly when start comes before connection_init (no connection_ack)', async () => {
    const bare = await connectRaw(harness.realtimeUrl, ['graphql-ws', `header-${encodeHeader(auth, 'base64url')}`]);
    bare.send(startMessage('early', ON_PING, auth));
    expect(await bare.next('start_ack')).toEqual({ type: 'start_ack', id: 'early' });
    expect(bare.received.some((m) => m.type === 'connection_ack')).toBe(false);
  });
});

describe('data ordering', () => {
  it('holds events published while the start is pending and sends them after start_ack', async () => {
    harness.engine.onStart = async (args) => {
      expect(
        harness.realtime.publish(args.connectionId, args.subscriptionId, { data: { onPing: { id: 'early' } } }),
      ).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 30));
      return { ok: true };
    };
    client.send(startMessage('sub-1', ON_PING, auth));
    await client.next('data');
    const types = client.received.filter((m) => m.id === 'sub-1').map((m) => m.type);
    expect(types).toEqual(['start_ack', 'data']);
  });

  it('delivers data (with errors when given) in publish order', async () => {
    client.send(startMessage('sub-1', ON_PING, auth));
    await client.next('start_ack');
    harness.realtime.publish(connectionId(), 'sub-1', { data: { onPing: { id: '1' } } });
    harness.realtime.publish(connectionId(), 'sub-1', {
      data: { onPing: null },
      errors: [{ message: 'Cannot return null' }],
    });
    expect(await client.next('data')).toEqual({
      type: 'data',
      id: 'sub-1',
      payload: { data: { onPing: { id: '1' } } },
    });
    expect(await client.next('data')).toEqual({
      type: 'data',
      id: 'sub-1',
      payload: { data: { onPing: null }, errors: [{ message: 'Cannot return null' }] },
    });
  });

  it('publish is false for unknown connections and subscriptions', () => {
    expect(harness.realtime.publish('nope', 'sub-1', { data: {} })).toBe(false);
  });
});

describe('stop, complete and closing', () => {
  it('stop → stopSubscription → complete; later publishes are refused', async () => {
    client.send(startMessage('sub-1', ON_PING, auth));
    await client.next('start_ack');
    client.send({ type: 'stop', id: 'sub-1' });
    expect(await client.next('complete')).toEqual({ type: 'complete', id: 'sub-1' });
    expect(harness.engine.stops).toEqual([{ connectionId: connectionId(), subscriptionId: 'sub-1' }]);
    expect(harness.realtime.publish(connectionId(), 'sub-1', { data: {} })).toBe(false);
  });

  it('completes a stop for an unknown id without calling the engine', async () => {
    client.send({ type: 'stop', id: 'never' });
    expect(await client.next('complete')).toEqual({ type: 'complete', id: 'never' });
    expect(harness.engine.stops).toEqual([]);
  });

  it('server-side completion sends complete, closes the socket and stops every subscription once', async () => {
    client.send(startMessage('a', ON_PING, auth));
    client.send(startMessage('b', ON_PING, auth));
    await client.next('start_ack');
    await client.next('start_ack');
    expect(harness.realtime.completeSubscription(connectionId(), 'a')).toBe(true);
    expect(await client.next('complete')).toEqual({ type: 'complete', id: 'a' });
    expect((await client.closed).code).toBe(1000);
    expect(harness.engine.stops.map((s) => s.subscriptionId).sort()).toEqual(['a', 'b']);
    expect(harness.realtime.connections()).toBe(0);
    expect(harness.realtime.completeSubscription(connectionId(), 'a')).toBe(false);
  });

  it('a client disconnect stops all its subscriptions', async () => {
    client.send(startMessage('a', ON_PING, auth));
    client.send(startMessage('b', ON_PING, auth));
    await client.next('start_ack');
    await client.next('start_ack');
    client.ws.close();
    await client.closed;
    await expect.poll(() => harness.engine.stops.length).toBe(2);
    expect(harness.realtime.connections()).toBe(0);
  });

  it('stops a subscription whose start succeeds after the client left', async () => {
    let release!: () => void;
    harness.engine.onStart = () => new Promise((resolve) => (release = () => resolve({ ok: true })));
    client.send(startMessage('late', ON_PING, auth));
    await harness.engine.nextStart();
    client.ws.close();
    await client.closed;
    await expect.poll(() => harness.realtime.connections()).toBe(0);
    release();
    await expect.poll(() => harness.engine.stops).toEqual([{ connectionId: connectionId(), subscriptionId: 'late' }]);
  });
});

describe('bad messages never break the connection', () => {
  it.each([
    ['invalid JSON', 'not json', undefined, 'BadRequestException'],
    ['a JSON array', '[]', undefined, 'BadRequestException'],
    ['an unknown type', '{"id":"x","type":"subscribe"}', 'x', 'UnsupportedOperation'],
    ['a start with object data', '{"id":"x","type":"start","payload":{"data":{}}}', 'x', 'BadRequestException'],
  ])('answers %s with an error and keeps serving', async (_label, raw, id, errorType) => {
    client.sendRaw(raw);
    const error = await client.next('error');
    expect(error.id).toBe(id);
    expect(error.payload.errors[0].errorType).toBe(errorType);
    client.send(startMessage('after', ON_PING, auth));
    expect(await client.next('start_ack')).toEqual({ type: 'start_ack', id: 'after' });
  });
});
