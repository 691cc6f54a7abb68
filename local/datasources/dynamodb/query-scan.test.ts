import { BatchWriteItemCommand } from '@aws-sdk/client-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTable, uniqueTableName, useDynamoDbLocal } from '../../../test/support/dynamodb-local.ts';
import type { DataSource, InvocationContext } from '../data-source.ts';
import { createDynamoDbDataSource, INVALID_TOKEN_MESSAGE } from './index.ts';

const ddb = useDynamoDbLocal();
const table = uniqueTableName('Catalog');
const listProducts: InvocationContext = {
  callerId: 'Query.listProducts',
  info: { fieldName: 'listProducts', parentTypeName: 'Query' },
};
const listOrders: InvocationContext = {
  callerId: 'Query.listOrders',
  info: { fieldName: 'listOrders', parentTypeName: 'Query' },
};
let ds: DataSource;

const products = [
  { pk: 'CAT#kitchen', sk: 'PROD#1', name: 'Mug', category: 'kitchen', price: 12, inStock: true },
  { pk: 'CAT#kitchen', sk: 'PROD#2', name: 'Teapot', category: 'kitchen', price: 30, inStock: false },
  { pk: 'CAT#kitchen', sk: 'PROD#3', name: 'Kettle', category: 'kitchen', price: 45, inStock: true },
  { pk: 'CAT#kitchen', sk: 'PROD#4', name: 'Spoon', category: 'kitchen', price: 3, inStock: true },
  { pk: 'CAT#garden', sk: 'PROD#5', name: 'Rake', category: 'garden', price: 20, inStock: true },
];
const byKitchen = {
  expression: '#pk = :pk',
  expressionNames: { '#pk': 'pk' },
  expressionValues: { ':pk': { S: 'CAT#kitchen' } },
};

beforeAll(async () => {
  await createTable(ddb.client, {
    TableName: table,
    KeySchema: [
      { AttributeName: 'pk', KeyType: 'HASH' },
      { AttributeName: 'sk', KeyType: 'RANGE' },
    ],
    AttributeDefinitions: [
      { AttributeName: 'pk', AttributeType: 'S' },
      { AttributeName: 'sk', AttributeType: 'S' },
      { AttributeName: 'category', AttributeType: 'S' },
      { AttributeName: 'price', AttributeType: 'N' },
    ],
    GlobalSecondaryIndexes: [
      {
        IndexName: 'byCategory',
        KeySchema: [
          { AttributeName: 'category', KeyType: 'HASH' },
          { AttributeName: 'price', KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      },
    ],
  });
  await ddb.client.send(
    new BatchWriteItemCommand({
      RequestItems: {
        [table]: products.map((p) => ({
          PutRequest: {
            Item: {
              pk: { S: p.pk },
              sk: { S: p.sk },
              name: { S: p.name },
              category: { S: p.category },
              price: { N: String(p.price) },
              inStock: { BOOL: p.inStock },
            },
          },
        })),
      },
    }),
  );
  ds = createDynamoDbDataSource({ name: 'CatalogTable', tableName: table, client: ddb.client });
});

async function pages(source: DataSource, request: Record<string, unknown>, caller: InvocationContext) {
  const seen: Array<{ items: unknown[]; nextToken: string | null }> = [];
  let nextToken: string | null = null;
  do {
    const outcome = await source.invoke({ ...request, ...(nextToken ? { nextToken } : {}) }, caller);
    expect(outcome.error).toBeUndefined();
    const page = outcome.result as { items: unknown[]; nextToken: string | null };
    seen.push(page);
    nextToken = page.nextToken;
  } while (nextToken && seen.length < 10);
  return seen;
}

describe('Query', () => {
  it('answers { items, nextToken: null, scannedCount } in sort-key order', async () => {
    const outcome = await ds.invoke({ operation: 'Query', query: byKitchen }, listProducts);
    expect(outcome).toEqual({ result: { items: products.slice(0, 4), nextToken: null, scannedCount: 4 } });
  });

  it('queries a GSI backwards with a filter; scannedCount counts items before the filter', async () => {
    const outcome = await ds.invoke(
      {
        operation: 'Query',
        index: 'byCategory',
        query: {
          expression: '#c = :c AND #p >= :min',
          expressionNames: { '#c': 'category', '#p': 'price' },
          expressionValues: { ':c': { S: 'kitchen' }, ':min': { N: 10 } },
        },
        filter: {
          expression: '#s = :yes',
          expressionNames: { '#s': 'inStock' },
          expressionValues: { ':yes': { BOOL: true } },
        },
        scanIndexForward: false,
      },
      listProducts,
    );
    expect(outcome).toEqual({ result: { items: [products[2], products[0]], nextToken: null, scannedCount: 3 } });
  });

  it('applies projection and select SPECIFIC_ATTRIBUTES; refuses an unknown select', async () => {
    const outcome = await ds.invoke(
      {
        operation: 'Query',
        query: byKitchen,
        select: 'SPECIFIC_ATTRIBUTES',
        projection: { expression: '#n', expressionNames: { '#n': 'name' } },
        limit: 2,
      },
      listProducts,
    );
    expect(outcome.result).toMatchObject({ items: [{ name: 'Mug' }, { name: 'Teapot' }], scannedCount: 2 });
    const bad = await ds.invoke({ operation: 'Query', query: byKitchen, select: 'COUNT' }, listProducts);
    expect(bad.error).toEqual({
      type: 'MappingTemplate',
      message:
        "'select' must be one of ALL_ATTRIBUTES, ALL_PROJECTED_ATTRIBUTES, SPECIFIC_ATTRIBUTES, " +
        'got the string "COUNT".',
    });
  });
});

describe('nextToken', () => {
  it('pages through a query with limit 2 and every item exactly once, in order', async () => {
    const seen = await pages(ds, { operation: 'Query', query: byKitchen, limit: 2 }, listProducts);
    expect(seen.flatMap((p) => p.items)).toEqual(products.slice(0, 4));
    expect(seen[0]!.items).toEqual(products.slice(0, 2));
    expect(seen.at(-1)!.nextToken).toBeNull();
    // Opaque: the key it stands for cannot be read out of it.
    expect(Buffer.from(seen[0]!.nextToken!, 'base64url').toString('latin1')).not.toContain('PROD#2');
  });

  it('pages a GSI query too (the key carries table and index attributes)', async () => {
    const request = {
      operation: 'Query',
      index: 'byCategory',
      query: { expression: 'category = :c', expressionValues: { ':c': { S: 'kitchen' } } },
      limit: 3,
    };
    const seen = await pages(ds, request, listProducts);
    expect(seen.flatMap((p) => p.items).map((i) => (i as { price: number }).price)).toEqual([3, 12, 30, 45]);
  });

  async function firstToken(): Promise<string> {
    const outcome = await ds.invoke({ operation: 'Query', query: byKitchen, limit: 1 }, listProducts);
    return (outcome.result as { nextToken: string }).nextToken;
  }

  const invalid = {
    type: 'DynamoDB:DynamoDbException',
    message: expect.stringMatching(/Service: DynamoDb, Status Code: 400/),
  };

  it.each([
    [
      'used by another resolver',
      async (token: string) => ds.invoke({ operation: 'Query', query: byKitchen, nextToken: token }, listOrders),
    ],
    [
      'used on an index',
      async (token: string) =>
        ds.invoke(
          {
            operation: 'Query',
            index: 'byCategory',
            query: { expression: 'category = :c', expressionValues: { ':c': { S: 'kitchen' } } },
            nextToken: token,
          },
          listProducts,
        ),
    ],
    ['used for a Scan', async (token: string) => ds.invoke({ operation: 'Scan', nextToken: token }, listProducts)],
    [
      'tampered with',
      async (token: string) => {
        const raw = Buffer.from(token, 'base64url');
        raw.writeUInt8(raw.readUInt8(raw.length - 1) ^ 0x01, raw.length - 1);
        return ds.invoke({ operation: 'Query', query: byKitchen, nextToken: raw.toString('base64url') }, listProducts);
      },
    ],
    [
      'garbage',
      async () => ds.invoke({ operation: 'Query', query: byKitchen, nextToken: 'not-a-token' }, listProducts),
    ],
    [
      'from another process (another key)',
      async (token: string) => {
        const other = createDynamoDbDataSource({ name: 'CatalogTable', tableName: table, client: ddb.client });
        return other.invoke({ operation: 'Query', query: byKitchen, nextToken: token }, listProducts);
      },
    ],
  ])('a token %s is rejected', async (_label, use) => {
    const outcome = await use(await firstToken());
    expect(outcome).toEqual({ error: invalid });
    expect(outcome.error!.message.startsWith(`${INVALID_TOKEN_MESSAGE} (Service: DynamoDb`)).toBe(true);
  });

  it('a shared tokenKey lets another data source instance continue the same caller’s pages', async () => {
    const tokenKey = new Uint8Array(32).fill(7);
    const a = createDynamoDbDataSource({ name: 'CatalogTable', tableName: table, client: ddb.client, tokenKey });
    const b = createDynamoDbDataSource({ name: 'CatalogTable', tableName: table, client: ddb.client, tokenKey });
    const first = (await a.invoke({ operation: 'Query', query: byKitchen, limit: 3 }, listProducts)).result as {
      nextToken: string;
    };
    const second = await b.invoke(
      { operation: 'Query', query: byKitchen, limit: 3, nextToken: first.nextToken },
      listProducts,
    );
    expect((second.result as { items: unknown[] }).items).toEqual([products[3]]);
  });
});

describe('Scan', () => {
  it('answers { items, nextToken, scannedCount } with a filter applied after reading', async () => {
    const outcome = await ds.invoke(
      {
        operation: 'Scan',
        filter: { expression: 'price > :p', expressionValues: { ':p': { N: 25 } } },
        consistentRead: true,
      },
      listProducts,
    );
    const result = outcome.result as { items: Array<{ name: string }>; nextToken: unknown; scannedCount: number };
    expect(result.items.map((i) => i.name).sort()).toEqual(['Kettle', 'Teapot']);
    expect({ nextToken: result.nextToken, scannedCount: result.scannedCount }).toEqual({
      nextToken: null,
      scannedCount: 5,
    });
  });

  it('pages a scan and covers every item once', async () => {
    const seen = await pages(ds, { operation: 'Scan', limit: 2 }, listProducts);
    expect(seen.flatMap((p) => p.items)).toHaveLength(5);
    expect(new Set(seen.flatMap((p) => p.items.map((i) => (i as { sk: string }).sk))).size).toBe(5);
  });

  it('parallel scan segments together cover the table; a lone segment is refused', async () => {
    const segment = async (n: number) =>
      (
        (await ds.invoke({ operation: 'Scan', segment: n, totalSegments: 2 }, listProducts)).result as {
          items: unknown[];
        }
      ).items;
    expect([...(await segment(0)), ...(await segment(1))]).toHaveLength(5);
    expect((await ds.invoke({ operation: 'Scan', segment: 0 }, listProducts)).error).toEqual({
      type: 'MappingTemplate',
      message: "'segment' and 'totalSegments' must be given together or not at all.",
    });
  });
});
