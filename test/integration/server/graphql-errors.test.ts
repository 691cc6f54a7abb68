// The error shape clients rely on: AppSync's { path, data, errorType, errorInfo, locations
// (sourceName null), message }, for query validation, AppSync scalars, limits and resolver errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../../support/cognito-tokens.ts';
import { graphql } from '../../support/graphql-client.ts';
import { startShopProcess, type ShopProcess } from '../../support/shop-process.ts';

let shop: ShopProcess;
let admin: string;
let shopper: string;
beforeAll(async () => {
  shop = await startShopProcess({ args: ['--no-seed', '--verbose'] });
  admin = (await signIn(shop.outputs, 'admin@example.com')).idToken;
  shopper = (await signIn(shop.outputs, 'shopper@example.com')).idToken;
}, 120_000);
afterAll(async () => {
  await shop?.stop();
});

const asKey = () => ({ 'x-api-key': shop.outputs.apiKey });

describe('request validation', () => {
  it('reports an unknown field as a validation error with its location and no data', async () => {
    const { status, body } = await graphql(shop.outputs.graphqlUrl, '{\n  categories { id colour }\n}', {}, asKey());
    expect(status).toBe(200);
    expect(body).toEqual({
      data: null,
      errors: [
        {
          path: null,
          data: null,
          errorType: 'ValidationError',
          errorInfo: null,
          locations: [{ line: 2, column: 19, sourceName: null }],
          message: 'Validation error of type FieldUndefined: Cannot query field "colour" on type "Category".',
        },
      ],
    });
  });

  it('reports a missing argument and a value that is not a valid AWS scalar', async () => {
    const missing = await graphql(shop.outputs.graphqlUrl, '{ product { id } }', {}, asKey());
    expect(missing.body.errors?.[0]?.message).toMatch(/^Validation error of type MissingFieldArgument: /);
    const phone = await graphql(
      shop.outputs.graphqlUrl,
      'mutation { updateProfile(input: { phone: "call me maybe" }) { id } }',
      {},
      { authorization: shopper },
    );
    expect(phone.body.data).toBeNull();
    expect(phone.body.errors?.[0]).toMatchObject({
      errorType: 'ValidationError',
      message: expect.stringContaining("not a valid 'AWSPhone'"),
    });
  });

  it('enforces the stack’s query depth limit', async () => {
    const deep = '{ listProducts { items { category { id } variants { price { amount } } } } }';
    expect((await graphql(shop.outputs.graphqlUrl, deep, {}, asKey())).body.errors).toBeUndefined();
    const selection = (depth: number): string => (depth === 0 ? 'id' : `category { ${selection(depth - 1)} }`);
    const tooDeep = `{ listProducts { items { ${selection(10)} } } }`;
    const { body } = await graphql(shop.outputs.graphqlUrl, tooDeep, {}, asKey());
    expect(body.errors?.[0]).toMatchObject({
      errorType: 'QueryDepthLimitReached',
      message: 'Query depth 13 exceeds the maximum allowed depth of 10',
    });
  });

  it('allows introspection locally (the Introspection parameter is ENABLED for the twin)', async () => {
    const { body } = await graphql(shop.outputs.graphqlUrl, '{ __schema { queryType { name } } }', {}, asKey());
    expect(body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
  });

  it('answers malformed HTTP requests at the transport level', async () => {
    const bad = await fetch(shop.outputs.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...asKey() },
      body: '{"query": ',
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({
      errors: [
        {
          errorType: 'MalformedHttpRequestException',
          message: 'The request body is not a JSON object { query, variables, operationName }',
        },
      ],
    });
    expect((await fetch(shop.outputs.graphqlUrl, { headers: asKey() })).status).toBe(405);
  });
});

describe('resolver errors', () => {
  it('carries the resolver’s errorType and errorInfo at the field’s path', async () => {
    const { body } = await graphql(
      shop.outputs.graphqlUrl,
      'mutation { createCategory(input: { slug: "Not OK", name: "x" }) { id } }',
      {},
      { authorization: admin },
    );
    expect(body).toEqual({
      data: null,
      errors: [
        {
          path: ['createCategory'],
          data: null,
          errorType: 'ValidationError',
          errorInfo: { fields: ['input.slug'] },
          locations: [{ line: 1, column: 12, sourceName: null }],
          message: 'input.slug must match [a-z0-9-]{1,80}',
        },
      ],
    });
  });

  it('keeps the rest of the data when one field fails', async () => {
    const { body } = await graphql(shop.outputs.graphqlUrl, '{ categories { id } me { id } }', {}, asKey());
    expect(body.data).toEqual({ categories: [], me: null });
    expect(body.errors).toEqual([expect.objectContaining({ path: ['me'], errorType: 'Unauthorized' })]);
  });
});

describe('request logs', () => {
  it('logs one line per operation with its data-source calls, and with --verbose the evaluated requests', async () => {
    await graphql(shop.outputs.graphqlUrl, 'query Shelf { categories { id } }', {}, asKey());
    await expect
      .poll(() => shop.output(), { timeout: 5000 })
      .toMatch(/POST \/graphql query Shelf \[API_KEY\] 200 [\d.]+ ms — 1 data-source call: table:Query [\d.]+ ms/);
    expect(shop.output()).toMatch(/ {4}Query\.categories request \([\d.]+ ms\) → \{"operation":"Query"/);
  });

  it('ends a mutation’s line with the capacity units its DynamoDB calls consumed', async () => {
    const mutation = 'mutation NewShelf { createCategory(input: { slug: "log-units", name: "Units" }) { id } }';
    const { body } = await graphql(shop.outputs.graphqlUrl, mutation, {}, { authorization: admin });
    expect(body.errors).toBeUndefined();
    // Two conditional puts in one transaction (plus the index entry): DynamoDB Local's units, not zero.
    await expect
      .poll(() => shop.output(), { timeout: 5000 })
      .toMatch(
        new RegExp(
          'mutation NewShelf \\[AMAZON_COGNITO_USER_POOLS\\] 200 [\\d.]+ ms — ' +
            '1 data-source call: table:TransactWriteItems [\\d.]+ ms; 0 RCU [1-9]\\d* WCU\\n',
        ),
      );
    expect(shop.output()).toMatch(/\n {4}call table:TransactWriteItems \([\d.]+ ms\) 0 RCU [1-9]\d* WCU\n/);
  });
});

describe('request size', () => {
  it('answers a body over the 1 MiB limit with HTTP 413 and a JSON error, not a reset connection', async () => {
    const query = `{ categories { id } } # ${'x'.repeat(10 * 1024 * 1024)}`;
    const response = await fetch(shop.outputs.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...asKey() },
      body: JSON.stringify({ query }),
    });
    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({
      errors: [{ errorType: 'MalformedHttpRequestException', message: 'The request body exceeds 1048576 bytes' }],
    });
  });
});
