// The search indexer's logic (run by catalog-changes) against real parts: DynamoDB Local for the table,
// and a real HTTP server for OpenSearch (test/support/search-recorder.ts, answering as docs/search.md says;
// swap in the search twin through the same SearchBackend handle). Insert, update, delete, out-of-order
// images, a stock change, failed items and a failed request, the documents. The index set-up at deploy and
// search:reindex are in index-evolution.test.ts, against the search twin (they need its alias APIs).
import { DeleteItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PRODUCT_INDEX, type ProductDocument } from '../../contracts/index.ts';
import { indexBatch, productDocument, resetClients } from '../../functions/search-indexer/index.ts';
import type { StreamRecord } from '../../functions/lib/stream-event.ts';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../local/local-aws.ts';
import { createTable, uniqueTableName, useDynamoDbLocal } from '../support/dynamodb-local.ts';
import { useSearchRecorder } from '../support/search-recorder.ts';

const ddb = useDynamoDbLocal();
const search = useSearchRecorder();
const TABLE = uniqueTableName('SearchIndexer');

type Item = Record<string, unknown>;

function product(id: string, skus: string[], extra: Item = {}): Item {
  return {
    pk: `PRODUCT#${id}`,
    sk: 'PRODUCT',
    entity: 'Product',
    id,
    slug: `lamp-${id.toLowerCase()}`,
    name: 'Desk lamp',
    description: 'A lamp for the desk',
    categoryId: 'CAT1',
    category: { id: 'CAT1', slug: 'lighting', name: 'Lighting', parentId: null },
    tags: ['lighting', 'desk'],
    status: 'ACTIVE',
    variantSkus: skus,
    variantPrices: {},
    images: [],
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    version: 1,
    ...extra,
  };
}

function variant(sku: string, productId: string, price: number, stock: number): Item {
  return {
    pk: `SKU#${sku}`,
    sk: 'VARIANT',
    entity: 'Variant',
    sku,
    productId,
    name: sku,
    options: [],
    price,
    stock,
    productStatus: 'ACTIVE',
  };
}

function record(eventName: StreamRecord['eventName'], seq: string, next?: Item, before?: Item): StreamRecord {
  return {
    eventName,
    dynamodb: {
      SequenceNumber: seq,
      ...(next ? { NewImage: marshall(next) } : {}),
      ...(before ? { OldImage: marshall(before) } : {}),
    },
  } as StreamRecord;
}

const put = (item: Item) =>
  ddb.client.send(new PutItemCommand({ TableName: TABLE, Item: marshall(item, { removeUndefinedValues: true }) }));
const remove = (pk: string, sk: string) =>
  ddb.client.send(new DeleteItemCommand({ TableName: TABLE, Key: marshall({ pk, sk }) }));

/** Reads a stored document back over HTTP, as any OpenSearch client would. */
async function stored(id: string): Promise<{ version: number; source: ProductDocument } | undefined> {
  const answer = await fetch(`${search.endpoint}/${PRODUCT_INDEX}/_doc/${id}`);
  if (answer.status === 404) return undefined;
  const body = (await answer.json()) as { _version: number; _source: ProductDocument };
  return { version: body._version, source: body._source };
}

async function createProduct(id: string, variants: Array<[string, number, number]>, extra: Item = {}) {
  const item = product(
    id,
    variants.map(([sku]) => sku),
    { variantPrices: Object.fromEntries(variants.map(([sku, price]) => [sku, price])), ...extra },
  );
  await put(item);
  const variantItems = variants.map(([sku, price, stock]) => variant(sku, id, price, stock));
  for (const v of variantItems) await put(v);
  return { item, variantItems };
}

beforeAll(async () => {
  await createTable(ddb.client, {
    TableName: TABLE,
    KeySchema: [
      { AttributeName: 'pk', KeyType: 'HASH' },
      { AttributeName: 'sk', KeyType: 'RANGE' },
    ],
    AttributeDefinitions: [
      { AttributeName: 'pk', AttributeType: 'S' },
      { AttributeName: 'sk', AttributeType: 'S' },
    ],
  });
  Object.assign(process.env, {
    TABLE_NAME: TABLE,
    SEARCH_ENDPOINT: search.endpoint,
    AWS_REGION: LOCAL_REGION,
    AWS_ENDPOINT_URL_DYNAMODB: ddb.endpoint,
    AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
  });
  resetClients();
});
afterAll(() => resetClients());
beforeEach(() => search.reset());

describe('a stream batch (indexBatch)', () => {
  it('insert: indexes the product read from the table, versioned with the read time', async () => {
    const { item, variantItems } = await createProduct('P1', [
      ['P1-S', 1500, 0],
      ['P1-M', 1200, 4],
    ]);
    const before = Date.now();
    const answer = await indexBatch([
      record('INSERT', '100', item),
      record('INSERT', '101', variantItems[0]),
      record('INSERT', '102', variantItems[1]),
    ]);
    expect(answer).toEqual({ batchItemFailures: [] });
    const [body] = search.bulkBodies();
    expect(body).toHaveLength(2);
    const action = body![0] as { index: Record<string, unknown> };
    expect(action).toEqual({
      index: { _index: PRODUCT_INDEX, _id: 'P1', version: expect.any(Number), version_type: 'external_gte' },
    });
    expect(action.index.version as number).toBeGreaterThanOrEqual(before);
    expect(action.index.version as number).toBeLessThanOrEqual(Date.now());
    expect(body![1]).toEqual({
      id: 'P1',
      slug: 'lamp-p1',
      name: 'Desk lamp',
      description: 'A lamp for the desk',
      tags: ['lighting', 'desk'],
      categoryId: 'CAT1',
      status: 'ACTIVE',
      priceMin: 1200,
      priceMax: 1500,
      inStock: true,
      createdAt: item.createdAt,
      updatedAt: item.updatedAt,
      source: { product: item, variants: variantItems },
    });
    expect((await stored('P1'))?.source.priceMin).toBe(1200);
  });

  it('update: a product change re-reads and overwrites with a newer version', async () => {
    const first = await stored('P1');
    const { item } = await createProduct(
      'P1',
      [
        ['P1-S', 1500, 0],
        ['P1-M', 1200, 4],
      ],
      {
        name: 'Desk lamp, brass',
        status: 'ARCHIVED',
        updatedAt: '2026-11-02T10:00:00.000Z',
        version: 2,
      },
    );
    const answer = await indexBatch([record('MODIFY', '200', item, product('P1', []))]);
    expect(answer).toEqual({ batchItemFailures: [] });
    const now = await stored('P1');
    expect(now?.source).toMatchObject({ name: 'Desk lamp, brass', status: 'ARCHIVED' });
    expect(now!.version).toBeGreaterThan(first!.version);
  });

  it('a stock change (variant record only) reaches inStock and the price range', async () => {
    const { item } = await createProduct('P2', [['P2-A', 3000, 1]]);
    await indexBatch([record('INSERT', '300', item)]);
    expect((await stored('P2'))?.source.inStock).toBe(true);
    const sold = variant('P2-A', 'P2', 2800, 0);
    await put(sold);
    const answer = await indexBatch([record('MODIFY', '301', sold, variant('P2-A', 'P2', 3000, 1))]);
    expect(answer).toEqual({ batchItemFailures: [] });
    expect(search.bulkBodies().at(-1)?.[0]).toMatchObject({ index: { _id: 'P2' } });
    expect((await stored('P2'))?.source).toMatchObject({ inStock: false, priceMin: 2800, priceMax: 2800 });
  });

  it('delete: a product gone from the table is deleted with the same versioning', async () => {
    const { item, variantItems } = await createProduct('P3', [['P3-A', 500, 2]]);
    await indexBatch([record('INSERT', '400', item)]);
    expect(await stored('P3')).toBeDefined();
    await remove('PRODUCT#P3', 'PRODUCT');
    await remove('SKU#P3-A', 'VARIANT');
    const answer = await indexBatch([
      record('REMOVE', '401', undefined, item),
      record('REMOVE', '402', undefined, variantItems[0]),
    ]);
    expect(answer).toEqual({ batchItemFailures: [] });
    expect(search.bulkBodies().at(-1)).toEqual([
      { delete: { _index: PRODUCT_INDEX, _id: 'P3', version: expect.any(Number), version_type: 'external_gte' } },
    ]);
    expect(await stored('P3')).toBeUndefined();
    // a repeated removal finds nothing to delete (404 not_found), which is no failure
    expect(await indexBatch([record('REMOVE', '403', undefined, item)])).toEqual({ batchItemFailures: [] });
  });

  it('out-of-order images: the table, not the image, decides the document, once per product', async () => {
    const { item } = await createProduct('P4', [['P4-A', 900, 5]], { name: 'Newest name', version: 3 });
    const v1 = { ...item, name: 'First name', version: 1 };
    const v2 = { ...item, name: 'Second name', version: 2 };
    const answer = await indexBatch([
      record('MODIFY', '502', item, v2),
      record('MODIFY', '500', v1),
      record('MODIFY', '501', v2, v1),
    ]);
    expect(answer).toEqual({ batchItemFailures: [] });
    const [body] = search.bulkBodies();
    expect(body).toHaveLength(2);
    expect((await stored('P4'))?.source.name).toBe('Newest name');
  });

  it('a late older read loses to the stored newer one (409), and that is not a failure', async () => {
    const { item } = await createProduct('P5', [['P5-A', 100, 1]], { name: 'Read before us' });
    const newer = Date.now() + 60_000;
    search.seed('P5', { version: newer, source: { id: 'P5', name: 'Read after us' } });
    const answer = await indexBatch([record('MODIFY', '600', item)]);
    expect(answer).toEqual({ batchItemFailures: [] });
    expect(await stored('P5')).toEqual({ version: newer, source: { id: 'P5', name: 'Read after us' } });
  });

  it('a failed item reports every record of that product, earliest first; the others go through', async () => {
    const a = await createProduct('P6', [['P6-A', 100, 1]]);
    const b = await createProduct('P7', [
      ['P7-A', 200, 1],
      ['P7-B', 300, 0],
    ]);
    search.failItems.set('P7', { status: 429, type: 'es_rejected_execution_exception' });
    const answer = await indexBatch([
      record('MODIFY', '700', b.variantItems[1]),
      record('INSERT', '701', a.item),
      record('INSERT', '702', b.item),
      record('MODIFY', '703', b.variantItems[0]),
    ]);
    expect(answer).toEqual({
      batchItemFailures: [{ itemIdentifier: '700' }, { itemIdentifier: '702' }, { itemIdentifier: '703' }],
    });
    expect(await stored('P6')).toBeDefined();
    expect(await stored('P7')).toBeUndefined();
  });

  it('a failed request (503) reports every record of the batch', async () => {
    const a = await createProduct('P8', [['P8-A', 100, 1]]);
    search.failRequests = 503;
    const answer = await indexBatch([record('INSERT', '800', a.item), record('INSERT', '801', a.variantItems[0])]);
    expect(answer).toEqual({ batchItemFailures: [{ itemIdentifier: '800' }, { itemIdentifier: '801' }] });
  });

  it('ignores records of other items', async () => {
    const order = { pk: 'ORDER#1', sk: 'ORDER', entity: 'Order', id: 'O1', productId: 'P1' };
    expect(await indexBatch([record('INSERT', '900', order)])).toEqual({ batchItemFailures: [] });
    expect(search.requests).toEqual([]);
  });
});

describe('productDocument', () => {
  it('orders variants as the product lists them; prices from variants, else the product copy', () => {
    const p = product('X', ['B', 'A'], { variantPrices: { A: 700, B: 900 }, description: undefined, tags: undefined });
    const doc = productDocument({ product: p, variants: [variant('A', 'X', 500, 0), variant('B', 'X', 800, 0)] });
    expect(doc.source.variants.map((v) => v.sku)).toEqual(['B', 'A']);
    expect([doc.priceMin, doc.priceMax, doc.inStock, doc.description, doc.tags]).toEqual([500, 800, false, '', []]);
    const bare = productDocument({ product: p, variants: [] });
    expect([bare.priceMin, bare.priceMax, bare.inStock]).toEqual([700, 900, false]);
  });
});
