// Subscriptions end to end through a published AppSync client (aws-appsync-subscription-link in
// Apollo Client): fed by the @aws_subscribe mutation with the mutation's selection set as payload,
// argument filtering, enhanced filters and refusals from subscription resolvers, invalidation that
// closes the connection, and the same over wss://. The server is the one `npm start` runs, here
// serving a small hand-written template (test/support/fixture-assembly.ts).
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApolloClient, InMemoryCache, gql, type ApolloLink } from '@apollo/client';
import { createSubscriptionHandshakeLink } from 'aws-appsync-subscription-link';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startShop, type RunningShop } from '../../../local/start/index.ts';
import { writeFixtureAssembly } from '../../support/fixture-assembly.ts';
import { graphql } from '../../support/graphql-client.ts';
import { ROOT } from '../../support/shop-process.ts';

let shop: RunningShop;
const saved = (globalThis as { WebSocket?: unknown }).WebSocket;

beforeAll(async () => {
  (globalThis as { WebSocket?: unknown }).WebSocket = WebSocket; // Node 20 has no global WebSocket
  const dataDir = await mkdtemp(join(tmpdir(), 'fixture-data-'));
  shop = await startShop({
    root: ROOT,
    assemblyDir: await writeFixtureAssembly(),
    dataDir,
    outputsFile: join(dataDir, 'outputs.json'),
    port: 0,
    seed: false,
    log: () => undefined,
  });
}, 60_000);
afterAll(async () => {
  await shop?.stop();
  (globalThis as { WebSocket?: unknown }).WebSocket = saved;
});

const asLink = (link: unknown) => link as ApolloLink;
function client(url = shop.outputs.graphqlUrl) {
  return new ApolloClient({
    link: asLink(
      createSubscriptionHandshakeLink({
        url,
        region: 'us-east-1',
        auth: { type: 'API_KEY', apiKey: shop.outputs.apiKey },
      }),
    ),
    cache: new InMemoryCache(),
  });
}

function watch(c: ApolloClient, query: string, variables: Record<string, unknown> = {}) {
  const seen = { data: [] as any[], errors: [] as string[], closed: false };
  const sub = c.subscribe({ query: gql(query), variables, fetchPolicy: 'no-cache' }).subscribe({
    next: (r) =>
      void (r.error
        ? seen.errors.push(JSON.stringify({ m: r.error.message, c: (r.error as Error).cause }))
        : seen.data.push(r.data)),
    error: (e: unknown) => void seen.errors.push(String((e as Error).message ?? e)),
    complete: () => void (seen.closed = true),
  });
  return { seen, stop: () => sub.unsubscribe() };
}

const send = (variables: Record<string, unknown>, selection = 'id room text') =>
  graphql(
    shop.outputs.graphqlUrl,
    'mutation($room: String!, $text: String!, $author: String, $priority: Int) { ' +
      `sendMessage(room: $room, text: $text, author: $author, priority: $priority) { ${selection} } }`,
    variables,
    { 'x-api-key': shop.outputs.apiKey },
  );

/** A subscription is live once the server has registered it. */
const live = (count: number) => expect.poll(() => shop.subscriptions.count(), { timeout: 10_000 }).toBe(count);

describe('subscriptions through aws-appsync-subscription-link', () => {
  it('delivers the mutation result, limited to the fields the mutation selected, to matching rooms only', async () => {
    const c = client();
    const lobby = watch(c, 'subscription($room: String) { onMessage(room: $room) { id room text author } }', {
      room: 'lobby',
    });
    const everywhere = watch(c, 'subscription { onMessage { room text } }');
    await live(2);
    await send({ room: 'lobby', text: 'hi', author: 'ana' });
    await send({ room: 'kitchen', text: 'elsewhere', author: 'bo' });
    await expect.poll(() => everywhere.seen.data.length, { timeout: 5000 }).toBe(2);
    await expect.poll(() => lobby.seen.data.length, { timeout: 5000 }).toBe(1);
    // author was not selected by the mutation, so subscribers get null for it
    expect(lobby.seen.data[0].onMessage).toMatchObject({ room: 'lobby', text: 'hi', author: null });
    expect(everywhere.seen.data.map((d) => d.onMessage.room)).toEqual(['lobby', 'kitchen']);
    lobby.stop();
    everywhere.stop();
    await live(0);
  });

  it('applies the enhanced filter a subscription resolver sets', async () => {
    const urgent = watch(client(), 'subscription { onUrgentMessage(room: "ops") { text priority } }');
    await live(1);
    await send({ room: 'ops', text: 'low', priority: 1 }, 'id room text priority');
    await send({ room: 'ops', text: 'fire!', priority: 9 }, 'id room text priority');
    await send({ room: 'dev', text: 'not ops', priority: 9 }, 'id room text priority');
    await expect.poll(() => urgent.seen.data.length, { timeout: 5000 }).toBe(1);
    await new Promise((r) => setTimeout(r, 300));
    expect(urgent.seen.data).toEqual([{ onUrgentMessage: { __typename: 'Message', text: 'fire!', priority: 9 } }]);
    urgent.stop();
    await live(0);
  });

  it('refuses a start when the subscription resolver calls util.unauthorized()', async () => {
    const refused = watch(client(), 'subscription { onPrivateMessage { id } }');
    await expect.poll(() => refused.seen.errors.length, { timeout: 5000 }).toBe(1);
    expect(refused.seen.errors[0]).toContain('Unauthorized');
    expect(shop.subscriptions.count()).toBe(0);
  });

  it('ends subscriptions a mutation invalidates, closing their connection', async () => {
    const doomed = watch(client(), 'subscription { onMessage(room: "closing") { text } }');
    await live(1);
    const closed = await graphql(
      shop.outputs.graphqlUrl,
      'mutation { closeRoom(room: "closing") }',
      {},
      { 'x-api-key': shop.outputs.apiKey },
    );
    expect(closed.body).toEqual({ data: { closeRoom: true } });
    await expect.poll(() => doomed.seen.errors.join(' '), { timeout: 5000 }).toContain('Connection closed');
    await live(0);
  });

  it('works over wss:// with the local certificate', async () => {
    const previous = process.env.NODE_TLS_REJECT_UNAUTHORIZED;
    process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'; // the test trusts the locally generated certificate
    try {
      const tlsUrl = (shop.realtimeTlsUrl as string)
        .replace('wss://', 'https://')
        .replace('/graphql/realtime', '/graphql');
      const secure = watch(client(tlsUrl), 'subscription { onMessage(room: "tls") { text } }');
      await live(1);
      await send({ room: 'tls', text: 'over TLS' });
      await expect
        .poll(() => secure.seen.data, { timeout: 5000 })
        .toEqual([{ onMessage: { __typename: 'Message', text: 'over TLS' } }]);
      secure.stop();
      await live(0);
    } finally {
      if (previous === undefined) delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;
      else process.env.NODE_TLS_REJECT_UNAUTHORIZED = previous;
    }
  });
});

describe('the Lambda data source', () => {
  it('runs the bundled handler in process with the template’s environment, and maps its errors', async () => {
    const ok = await graphql(
      shop.outputs.graphqlUrl,
      '{ hello(name: "Ana") }',
      {},
      { 'x-api-key': shop.outputs.apiKey },
    );
    expect(ok.body).toEqual({ data: { hello: 'Hello, Ana (table Fixture-table)' } });
    const failed = await graphql(shop.outputs.graphqlUrl, '{ failing }', {}, { 'x-api-key': shop.outputs.apiKey });
    expect(failed.body).toEqual({ data: { failing: 'Lambda:Unhandled: the function failed on purpose' } });
  });
});
