// The credentials endpoint against the real stack (`npm start`: cognito-local, the local AppSync):
// the headers it answers are what /graphql accepts as that identity, and only as that identity.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { GraphQLResponse } from '../../../test/support/graphql-client.ts';
import { startShopProcess, type ShopProcess } from '../../../test/support/shop-process.ts';
import { createGraphiqlHandler, CREDENTIALS_PATH } from './index.ts';

let shop: ShopProcess | undefined;
let origin = '';

beforeAll(async () => {
  shop = await startShopProcess({ args: ['--no-seed'], timeoutMs: 150_000 });
  origin = new URL(shop.outputs.graphqlUrl).origin;
});

afterAll(async () => {
  await shop?.stop();
});

/** Asks as the page does: the exact body it will send, and the x-graphiql header. */
async function credentials(as: string, body: string): Promise<Record<string, string>> {
  const response = await fetch(`${origin}${CREDENTIALS_PATH}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-graphiql': '1' },
    body: JSON.stringify({ as, body }),
  });
  const answer = (await response.json()) as { headers?: Record<string, string>; message?: string };
  if (!response.ok || !answer.headers) throw new Error(`HTTP ${response.status}: ${answer.message}`);
  return answer.headers;
}

/** POSTs `body` to /graphql with the identity's headers, as GraphiQL's fetcher does. */
async function callAs(as: string, query: string, sentQuery = query): Promise<GraphQLResponse> {
  const headers = await credentials(as, JSON.stringify({ query }));
  const response = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ query: sentQuery }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse['body'] };
}

const errorTypes = (r: GraphQLResponse) => (r.body.errors ?? []).map((e) => e.errorType as string);
const LIST_ORDERS = '{ listOrders(limit: 1) { items { id } } }';
// IAM only (the order-events function's internal mutation); it changes nothing and answers the item.
const PROBE_ITEM = JSON.stringify({ entity: 'Order', id: 'IAM-PROBE', status: 'PAID' });
const IAM_ONLY = `mutation { publishOrderPlaced(item: ${JSON.stringify(PROBE_ITEM)}) { id status } }`;

describe('POST /graphiql/credentials against npm start', () => {
  test('a user: a Cognito ID token that reaches `me` as that user, signed in once', async () => {
    const me = await callAs('user:shopper@example.com', '{ me { email } }');
    expect(me.body).toEqual({ data: { me: { email: 'shopper@example.com' } } });
    const again = await credentials('user:shopper@example.com', '{}');
    const first = await credentials('user:shopper@example.com', '{"query":"{ me { email } }"}');
    expect(again.authorization).toBe(first.authorization); // cached, not a new sign-in per call
    expect(JSON.parse(Buffer.from(first.authorization!.split('.')[1]!, 'base64url').toString())).toMatchObject({
      email: 'shopper@example.com',
      token_use: 'id',
    });
  });

  test('the admin may list orders; the shopper and the API key may not', async () => {
    expect(await callAs('user:admin@example.com', LIST_ORDERS)).toMatchObject({
      status: 200,
      body: { data: { listOrders: { items: expect.any(Array) } } },
    });
    expect(errorTypes(await callAs('user:shopper@example.com', LIST_ORDERS))).toEqual(['Unauthorized']);
    expect(errorTypes(await callAs('api-key', LIST_ORDERS))).toEqual(['Unauthorized']);
  });

  test('IAM: the signature is accepted for exactly the signed body, and only IAM may call the field', async () => {
    expect((await callAs('iam', IAM_ONLY)).body).toEqual({
      data: { publishOrderPlaced: { id: 'IAM-PROBE', status: 'PAID' } },
    });
    const tampered = await callAs('iam', IAM_ONLY, IAM_ONLY.replace('IAM-PROBE', 'IAM-OTHER'));
    expect(tampered.status).toBe(403);
    expect(JSON.stringify(tampered.body)).toContain('signature we calculated does not match');
    expect(errorTypes(await callAs('user:admin@example.com', IAM_ONLY))).toEqual(['Unauthorized']);
    expect(errorTypes(await callAs('api-key', IAM_ONLY))).toEqual(['Unauthorized']);
  });

  test('the API key reads the catalog and is refused `me`', async () => {
    expect((await callAs('api-key', '{ categories { id } }')).body.data).toEqual({ categories: expect.any(Array) });
    expect(errorTypes(await callAs('api-key', '{ me { email } }'))).toEqual(['Unauthorized']);
  });

  test('"Headers tab only" sends no credentials: /graphql answers 401', async () => {
    const response = await callAs('headers', '{ categories { id } }');
    expect(response.status).toBe(401);
  });

  test('the page names the local users but holds none of their passwords, the IAM secret or the key', async () => {
    const html = await (await fetch(`${origin}/`)).text();
    expect(html).toContain('shopper@example.com');
    const { users, iam, apiKey } = shop!.outputs;
    for (const secret of [...users.map((u) => u.password), iam.secretAccessKey, apiKey]) {
      expect(html).not.toContain(secret);
    }
  });

  test("a password Cognito refuses: 502 SignInFailed with Cognito's own error", async () => {
    const outputs = { ...shop!.outputs, users: [{ email: 'shopper@example.com', password: 'Wrong-1234', groups: [] }] };
    const handler = createGraphiqlHandler({ graphqlPath: '/graphql', outputs: () => outputs });
    const server = createServer((req, res) => void (handler(req, res) || res.writeHead(404).end()));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}${CREDENTIALS_PATH}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-graphiql': '1' },
        body: JSON.stringify({ as: 'user:shopper@example.com', body: '{}' }),
      });
      expect(response.status).toBe(502);
      const answer = (await response.json()) as { errorType: string; message: string };
      expect(answer.errorType).toBe('SignInFailed');
      // cognito-local answers InvalidPasswordException; Cognito itself, NotAuthorizedException.
      expect(answer.message).toMatch(/^signing in as shopper@example.com failed: \w+Exception: \S/);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
