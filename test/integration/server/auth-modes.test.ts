// `npm start`'s API driven through real clients: each authorization mode allowed where the
// contract's identity table allows it and refused elsewhere (HTTP 401/403 for bad credentials,
// errorType Unauthorized for a field outside the caller's row).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../../support/cognito-tokens.ts';
import { graphql } from '../../support/graphql-client.ts';
import { startShopProcess, type ShopProcess } from '../../support/shop-process.ts';
import { signedGraphql } from '../../support/sigv4-client.ts';

let shop: ShopProcess;
let tokens: { admin: string; shopperId: string; shopperAccess: string };

beforeAll(async () => {
  shop = await startShopProcess({ args: ['--no-seed'] });
  const admin = await signIn(shop.outputs, 'admin@example.com');
  const shopper = await signIn(shop.outputs, 'shopper@example.com');
  tokens = { admin: admin.idToken, shopperId: shopper.idToken, shopperAccess: shopper.accessToken };
}, 120_000);
afterAll(async () => {
  await shop?.stop();
});

const CATALOG = '{ categories { id name } listProducts(limit: 1) { items { id } } }';
const CREATE_CATEGORY =
  'mutation($input: CreateCategoryInput!) { createCategory(input: $input) { id slug name parentId } }';
const url = () => shop.outputs.graphqlUrl;

describe('API key (anonymous shopper)', () => {
  it('reads the public catalog', async () => {
    const { status, body } = await graphql(url(), CATALOG, {}, { 'x-api-key': shop.outputs.apiKey });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ categories: [], listProducts: { items: [] } });
  });

  it('may not call admin mutations or customer fields: Unauthorized, no data', async () => {
    const { body } = await graphql(
      url(),
      CREATE_CATEGORY,
      { input: { slug: 'nope', name: 'Nope' } },
      { 'x-api-key': shop.outputs.apiKey },
    );
    expect(body.data).toBeNull();
    expect(body.errors).toEqual([
      {
        path: ['createCategory'],
        data: null,
        errorType: 'Unauthorized',
        errorInfo: null,
        locations: [{ line: 1, column: 42, sourceName: null }],
        message: 'Not Authorized to access createCategory on type Mutation',
      },
    ]);
    const me = await graphql(url(), '{ me { id } }', {}, { 'x-api-key': shop.outputs.apiKey });
    expect(me.body.errors?.[0]).toMatchObject({ errorType: 'Unauthorized', path: ['me'] });
  });

  it('refuses a wrong key and a missing header with HTTP 401', async () => {
    const wrong = await graphql(url(), CATALOG, {}, { 'x-api-key': 'da2-notthekeyatallnotthekeyat' });
    expect(wrong).toEqual({
      status: 401,
      body: { errors: [{ errorType: 'UnauthorizedException', message: 'You are not authorized to make this call.' }] },
    });
    const none = await graphql(url(), CATALOG);
    expect(none.status).toBe(401);
    expect(none.body.errors?.[0]).toMatchObject({ errorType: 'UnauthorizedException' });
  });
});

describe('Cognito user pool', () => {
  it('lets an admin (group admin) manage the catalog', async () => {
    const { body } = await graphql(
      url(),
      CREATE_CATEGORY,
      { input: { slug: 'auth-test', name: 'Auth test' } },
      { authorization: tokens.admin },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.createCategory).toMatchObject({ slug: 'auth-test', name: 'Auth test', parentId: null });
    // Without --verbose the worker slims the trace; the capacity units must survive it.
    await expect
      .poll(() => shop.output(), { timeout: 5000 })
      .toMatch(
        new RegExp(
          '\\[AMAZON_COGNITO_USER_POOLS\\] 200 [\\d.]+ ms — ' +
            '1 data-source call: table:TransactWriteItems [\\d.]+ ms; 0 RCU [1-9]\\d* WCU\\n',
        ),
      );
  });

  it('lets a customer read their own profile (ID or access token) but not manage the catalog', async () => {
    const me = await graphql(url(), '{ me { id email } }', {}, { authorization: tokens.shopperId });
    expect(me.body.data.me.email).toBe('shopper@example.com');
    const viaAccess = await graphql(url(), '{ categories { id } }', {}, { authorization: tokens.shopperAccess });
    expect(viaAccess.body.errors).toBeUndefined();
    const denied = await graphql(
      url(),
      CREATE_CATEGORY,
      { input: { slug: 'shopper-try', name: 'No' } },
      { authorization: tokens.shopperId },
    );
    expect(denied.body.errors?.[0]).toMatchObject({
      errorType: 'Unauthorized',
      message: 'Not Authorized to access createCategory on type Mutation',
    });
  });

  it('refuses a tampered token with HTTP 401', async () => {
    const [header, payload, signature] = tokens.admin.split('.') as [string, string, string];
    const forged = JSON.parse(Buffer.from(payload, 'base64url').toString());
    forged['cognito:groups'] = ['admin', 'superuser'];
    const tampered = `${header}.${Buffer.from(JSON.stringify(forged)).toString('base64url')}.${signature}`;
    const { status } = await graphql(url(), CATALOG, {}, { authorization: tampered });
    expect(status).toBe(401);
  });
});

describe('IAM (backend services)', () => {
  it('allows order and updateOrderStatus, and nothing outside its row', async () => {
    const order = await signedGraphql(url(), shop.outputs.iam, shop.outputs.region, '{ order(id: "01NOPE") { id } }');
    expect(order.status).toBe(200);
    expect(order.body.errors?.filter((e) => e.errorType === 'Unauthorized') ?? []).toEqual([]);
    const catalog = await signedGraphql(url(), shop.outputs.iam, shop.outputs.region, '{ categories { id } }');
    expect(catalog.body.errors?.[0]).toMatchObject({
      errorType: 'Unauthorized',
      message: 'Not Authorized to access categories on type Query',
    });
  });

  it('refuses other keys and bad signatures with HTTP 403', async () => {
    const stranger = await signedGraphql(
      url(),
      { accessKeyId: 'AKIASTRANGERKEY00000', secretAccessKey: 'x'.repeat(40) },
      shop.outputs.region,
      '{ order(id: "1") { id } }',
    );
    expect(stranger.status).toBe(403);
    expect(stranger.body.errors?.[0]).toMatchObject({ errorType: 'UnrecognizedClientException' });
    const wrongSecret = await signedGraphql(
      url(),
      { accessKeyId: shop.outputs.iam.accessKeyId, secretAccessKey: 'not-the-secret' },
      shop.outputs.region,
      '{ order(id: "1") { id } }',
    );
    expect(wrongSecret.status).toBe(403);
    expect(wrongSecret.body.errors?.[0]).toMatchObject({ errorType: 'InvalidSignatureException' });
  });
});

describe('real-time authorization', () => {
  it('starts an admin-only subscription for an admin and refuses it for a shopper', async () => {
    const { ApolloClient, InMemoryCache, gql } = await import('@apollo/client');
    const { createSubscriptionHandshakeLink } = await import('aws-appsync-subscription-link');
    const { default: WebSocket } = await import('ws');
    const saved = (globalThis as { WebSocket?: unknown }).WebSocket;
    (globalThis as { WebSocket?: unknown }).WebSocket = WebSocket;
    try {
      const watch = (jwtToken: string) => {
        const link = createSubscriptionHandshakeLink({
          url: url(),
          region: shop.outputs.region,
          auth: { type: 'AMAZON_COGNITO_USER_POOLS', jwtToken },
        });
        const client = new ApolloClient({ link: link as never, cache: new InMemoryCache() });
        const seen = { errors: [] as string[] };
        const sub = client.subscribe({ query: gql('subscription { onOrderPlaced { id } }') }).subscribe({
          next: (r) =>
            void (r.error && seen.errors.push(JSON.stringify({ m: r.error.message, c: (r.error as Error).cause }))),
          error: (e: unknown) => void seen.errors.push(String(e)),
        });
        return { seen, stop: () => sub.unsubscribe() };
      };
      const shopper = watch(tokens.shopperId);
      await expect.poll(() => shopper.seen.errors.length, { timeout: 10_000 }).toBe(1);
      expect(shopper.seen.errors[0]).toContain('Unauthorized');
      const admin = watch(tokens.admin);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(admin.seen.errors).toEqual([]);
      admin.stop();
      shopper.stop();
    } finally {
      (globalThis as { WebSocket?: unknown }).WebSocket = saved;
    }
  });
});
