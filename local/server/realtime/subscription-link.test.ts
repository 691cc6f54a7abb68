// The published AppSync client, unchanged: aws-appsync-subscription-link inside Apollo Client.
// It derives ws://127.0.0.1:<port>/graphql/realtime from the GraphQL URL and authenticates with the
// `header-<base64url>` subprotocol.
import { ApolloClient, InMemoryCache, gql, type ApolloLink } from '@apollo/client';
import { createSubscriptionHandshakeLink } from 'aws-appsync-subscription-link';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { API_KEY, startRealtimeHarness, type RealtimeHarness } from '../../../test/support/realtime-harness.ts';

const ON_PING = gql`
  subscription OnPing($room: String!) {
    onPing(room: $room) {
      id
      room
    }
  }
`;

let harness: RealtimeHarness;
const saved = (globalThis as { WebSocket?: unknown }).WebSocket;
beforeAll(() => void ((globalThis as { WebSocket?: unknown }).WebSocket = WebSocket)); // Node 20 has none
afterAll(() => void ((globalThis as { WebSocket?: unknown }).WebSocket = saved));
afterEach(() => harness?.close());

/** Apollo Client 4 wraps the link's `{ errors: [...] }` in an UnconventionalError; read through it. */
const describeError = (error: unknown) =>
  JSON.stringify({ message: (error as Error).message, cause: (error as Error).cause });

/** The link's .d.ts resolves @apollo/client to its CJS declarations under NodeNext: same class, other type. */
const asLink = (link: unknown) => link as ApolloLink;

function apollo(apiKey = API_KEY) {
  const link = createSubscriptionHandshakeLink({
    url: harness.graphqlUrl,
    region: 'us-east-1',
    auth: { type: 'API_KEY', apiKey },
  });
  return new ApolloClient({ link: asLink(link), cache: new InMemoryCache() });
}

/** Subscribes and collects what the observer sees (Apollo Client 4 emits errors as `{ error }` results). */
function watch(client: ApolloClient, room = 'lobby') {
  const seen = { data: [] as unknown[], errors: [] as unknown[] };
  const sub = client.subscribe({ query: ON_PING, variables: { room }, fetchPolicy: 'no-cache' }).subscribe({
    next: (result) => void (result.error ? seen.errors.push(result.error) : seen.data.push(result.data)),
    error: (error: unknown) => void seen.errors.push(error),
  });
  return { seen, unsubscribe: () => sub.unsubscribe() };
}

describe('aws-appsync-subscription-link against the emulator', () => {
  it('connects, starts, receives published data and stops', async () => {
    harness = await startRealtimeHarness();
    const { seen, unsubscribe } = watch(apollo());
    const start = await harness.engine.nextStart();

    // What the client put on the wire, as the engine received it.
    expect(harness.engine.authCalls).toHaveLength(1);
    expect(harness.engine.authCalls[0]!.headers).toEqual({
      host: `127.0.0.1:${harness.port}`,
      'x-amz-date': expect.stringMatching(/^\d{8}T\d{6}Z$/),
      'x-api-key': API_KEY,
    });
    expect(JSON.parse(start.data)).toEqual({
      query: expect.stringContaining('subscription OnPing'),
      variables: { room: 'lobby' },
    });
    expect(start.authorization).toMatchObject({
      host: `127.0.0.1:${harness.port}`,
      'x-api-key': API_KEY,
      'x-amz-user-agent': expect.any(String),
    });

    const event = { onPing: { __typename: 'Ping', id: 'p1', room: 'lobby' } };
    expect(harness.realtime.publish(start.connectionId, start.subscriptionId, { data: event })).toBe(true);
    await expect.poll(() => seen.data, { timeout: 5000 }).toEqual([event]);
    expect(seen.errors).toEqual([]);

    unsubscribe();
    await expect
      .poll(() => harness.engine.stops, { timeout: 5000 })
      .toEqual([{ connectionId: start.connectionId, subscriptionId: start.subscriptionId }]);
    // With no subscription left the client closes its socket about a second later.
    await expect.poll(() => harness.realtime.connections(), { timeout: 5000 }).toBe(0);
  });

  it('fails once, without retrying, when the API key is refused (connection_error 401)', async () => {
    harness = await startRealtimeHarness();
    const { seen } = watch(apollo('da2-wrong'));
    await expect.poll(() => seen.errors.length, { timeout: 5000 }).toBe(1);
    expect(describeError(seen.errors[0])).toContain('UnauthorizedException');
    await new Promise((resolve) => setTimeout(resolve, 500)); // a retry would come within ~300 ms
    expect(harness.engine.authCalls).toHaveLength(1);
    expect(harness.engine.starts).toHaveLength(0);
  });

  it('surfaces a refused start as a subscription error', async () => {
    harness = await startRealtimeHarness();
    harness.engine.onStart = async () => ({
      ok: false,
      errors: [{ errorType: 'Unauthorized', message: 'Not Authorized to access onPing' }],
    });
    const { seen } = watch(apollo());
    await expect.poll(() => seen.errors.length, { timeout: 5000 }).toBe(1);
    expect(describeError(seen.errors[0])).toContain('Not Authorized to access onPing');
  });

  it('ends the subscription with an error when the server completes it and closes the socket', async () => {
    harness = await startRealtimeHarness();
    const { seen } = watch(apollo());
    const start = await harness.engine.nextStart();
    await expect
      .poll(() => harness.realtime.completeSubscription(start.connectionId, start.subscriptionId), { timeout: 5000 })
      .toBe(true);
    await expect.poll(() => seen.errors.length, { timeout: 5000 }).toBe(1);
    expect(describeError(seen.errors[0])).toContain('Connection closed');
    expect(harness.engine.stops).toHaveLength(1);
  });

  it('shares one connection between two subscriptions and routes data by id', async () => {
    harness = await startRealtimeHarness();
    const client = apollo();
    const a = watch(client, 'a');
    const startA = await harness.engine.nextStart();
    const b = watch(client, 'b');
    const startB = await harness.engine.nextStart();
    expect(startB.connectionId).toBe(startA.connectionId);
    harness.realtime.publish(startB.connectionId, startB.subscriptionId, {
      data: { onPing: { __typename: 'Ping', id: 'b1', room: 'b' } },
    });
    harness.realtime.publish(startA.connectionId, startA.subscriptionId, {
      data: { onPing: { __typename: 'Ping', id: 'a1', room: 'a' } },
    });
    await expect.poll(() => [a.seen.data.length, b.seen.data.length], { timeout: 5000 }).toEqual([1, 1]);
    expect(a.seen.data).toEqual([{ onPing: { __typename: 'Ping', id: 'a1', room: 'a' } }]);
    a.unsubscribe();
    b.unsubscribe();
  });
});
