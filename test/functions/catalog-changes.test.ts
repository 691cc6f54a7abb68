// The catalog-changes function (the table stream's one catalog reader) against real parts: DynamoDB Local
// for the table, the search recorder for OpenSearch, s3rver for the images bucket. One batch reaches both
// jobs, failures of either are reported together in batch order, other items are left alone. That the same
// function answers the index set-up at deploy is in index-evolution.test.ts (against the search twin).
import {
  GetObjectTaggingCommand,
  HeadObjectCommand,
  PutObjectCommand,
  PutObjectTaggingCommand,
} from '@aws-sdk/client-s3';
import { PutItemCommand } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { PRODUCT_INDEX } from '../../contracts/index.ts';
import type { StreamRecord } from '../../functions/lib/stream-event.ts';
import { LOCAL_REGION } from '../../local/local-aws.ts';
import { createTable, uniqueTableName, useDynamoDbLocal } from '../support/dynamodb-local.ts';
import { S3RVER_CREDENTIALS, startS3rver, type LocalS3Store } from '../support/s3rver.ts';
import { useSearchRecorder } from '../support/search-recorder.ts';

const ddb = useDynamoDbLocal();
const search = useSearchRecorder();
const TABLE = uniqueTableName('CatalogChanges');
const BUCKET = 'catalog-changes-test';
const saved = { ...process.env };

type Item = Record<string, unknown>;
let s3: LocalS3Store;
let handler: (event: unknown) => Promise<any>;
let resetClients: () => void;

const imageKey = (id: string, name: string) => `products/${id}/${name}.png`;

function product(id: string, images: string[], extra: Item = {}): Item {
  return {
    pk: `PRODUCT#${id}`,
    sk: 'PRODUCT',
    entity: 'Product',
    id,
    slug: `lamp-${id.toLowerCase()}`,
    name: `Lamp ${id}`,
    description: 'A lamp',
    categoryId: 'CAT1',
    tags: [],
    status: 'ACTIVE',
    variantSkus: [`${id}-A`],
    variantPrices: { [`${id}-A`]: 1000 },
    images: images.map((key) => ({ key, alt: null, contentType: 'image/png' })),
    imageKeys: images,
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    version: 1,
    ...extra,
  };
}

const variant = (id: string, stock: number): Item => ({
  pk: `SKU#${id}-A`,
  sk: 'VARIANT',
  entity: 'Variant',
  sku: `${id}-A`,
  productId: id,
  name: 'One size',
  options: [],
  price: 1000,
  stock,
  productStatus: 'ACTIVE',
});

function record(eventName: StreamRecord['eventName'], seq: string, next?: Item, before?: Item): StreamRecord {
  return {
    eventName,
    dynamodb: {
      SequenceNumber: seq,
      ...(next ? { NewImage: marshall(next, { removeUndefinedValues: true }) } : {}),
      ...(before ? { OldImage: marshall(before, { removeUndefinedValues: true }) } : {}),
    },
  } as StreamRecord;
}

const put = (item: Item) => ddb.client.send(new PutItemCommand({ TableName: TABLE, Item: marshall(item) }));

async function storeImage(key: string, tag: string): Promise<void> {
  await s3.client.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: 'png', ContentType: 'image/png' }));
  await s3.client.send(
    new PutObjectTaggingCommand({ Bucket: BUCKET, Key: key, Tagging: { TagSet: [{ Key: 'shop-image', Value: tag }] } }),
  );
}

const imageStored = (key: string) =>
  s3.client.send(new HeadObjectCommand({ Bucket: BUCKET, Key: key })).then(
    () => true,
    (err: { name?: string }) => (err.name === 'NotFound' ? false : Promise.reject(err)),
  );

const tagOf = async (key: string) =>
  (await s3.client.send(new GetObjectTaggingCommand({ Bucket: BUCKET, Key: key }))).TagSet?.find(
    (t) => t.Key === 'shop-image',
  )?.Value;

async function indexedName(id: string): Promise<string | undefined> {
  const answer = await fetch(`${search.endpoint}/${PRODUCT_INDEX}/_doc/${id}`);
  return answer.status === 404 ? undefined : ((await answer.json()) as { _source: { name: string } })._source.name;
}

beforeAll(async () => {
  s3 = await startS3rver(BUCKET);
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
  // The function's environment as the template gives it; one key pair, since s3rver checks its own.
  Object.assign(process.env, {
    TABLE_NAME: TABLE,
    SEARCH_ENDPOINT: search.endpoint,
    BUCKET_NAME: BUCKET,
    AWS_REGION: LOCAL_REGION,
    AWS_ENDPOINT_URL_DYNAMODB: ddb.endpoint,
    AWS_ENDPOINT_URL_S3: s3.endpoint,
    AWS_ACCESS_KEY_ID: S3RVER_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: S3RVER_CREDENTIALS.secretAccessKey,
  });
  delete process.env.AWS_SESSION_TOKEN;
  vi.resetModules();
  // One signature for both events the function takes (stream batches and the custom resource).
  handler = (await import('../../functions/catalog-changes/index.ts')).handler as (event: unknown) => Promise<any>;
  ({ resetClients } = await import('../../functions/search-indexer/index.ts'));
  resetClients();
});

afterAll(async () => {
  resetClients?.();
  await s3?.close();
  process.env = saved;
});

beforeEach(() => search.reset());

describe('catalog-changes', () => {
  it('indexes a batch and cleans up its images in one invocation, leaving order items alone', async () => {
    const [gone, kept, added] = ['01GONE', '01KEPT', '01ADDED'].map((n) => imageKey('P1', n)) as [
      string,
      string,
      string,
    ];
    await storeImage(gone, 'attached');
    await storeImage(kept, 'attached');
    await storeImage(added, 'pending');
    const now = product('P1', [kept, added], { name: 'Brass lamp', version: 2 });
    await put(now);
    await put(variant('P1', 3));
    const order = { pk: 'ORDER#1', sk: 'ORDER', entity: 'Order', id: 'O1', images: [{ key: kept }] };
    const answer = await handler({
      Records: [
        record('MODIFY', '100', now, product('P1', [gone, kept])),
        record('MODIFY', '101', variant('P1', 3), variant('P1', 4)),
        record('REMOVE', '102', undefined, order),
      ],
    });
    expect(answer).toEqual({ batchItemFailures: [] });
    expect(await indexedName('P1')).toBe('Brass lamp');
    expect(search.bulkBodies()).toHaveLength(1);
    expect([await imageStored(gone), await imageStored(kept), await imageStored(added)]).toEqual([false, true, true]);
    expect(await tagOf(added)).toBe('attached');
  });

  it('reports the failures of both jobs together, once each, in batch order', async () => {
    // P2 fails in search (every record of it); P3's record 201 has unreadable images, so the cleanup stops there.
    const left = imageKey('P3', '01LEFT');
    const later = imageKey('P3', '01LATER');
    await storeImage(left, 'attached');
    await storeImage(later, 'attached');
    await put(product('P2', []));
    await put(product('P3', []));
    search.failItems.set('P2', { status: 429, type: 'es_rejected_execution_exception' });
    const answer = await handler({
      Records: [
        record('MODIFY', '200', variant('P2', 1)),
        record('MODIFY', '201', product('P3', [left], { images: 'not a list' }), product('P3', [left])),
        record('MODIFY', '202', product('P2', []), product('P2', [])),
        record('MODIFY', '203', product('P3', []), product('P3', [later])),
      ],
    });
    expect(answer).toEqual({
      batchItemFailures: [{ itemIdentifier: '200' }, { itemIdentifier: '201' }, { itemIdentifier: '202' }],
    });
    // what did not fail went through; what comes after the cleanup's failure waits for the retry
    expect(await indexedName('P3')).toBe('Lamp P3');
    expect(await indexedName('P2')).toBeUndefined();
    expect(await imageStored(later)).toBe(true);
    search.failItems.clear();
  });

  it('fails the whole invocation when a job cannot start, after the other job has run', async () => {
    await put(product('P4', [], { name: 'Still indexed' }));
    delete process.env.BUCKET_NAME;
    try {
      await expect(handler({ Records: [record('INSERT', '300', product('P4', []))] })).rejects.toThrow(
        'BUCKET_NAME must be set',
      );
    } finally {
      process.env.BUCKET_NAME = BUCKET;
    }
    expect(await indexedName('P4')).toBe('Still indexed');
  });
});
