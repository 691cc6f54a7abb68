// The image-objects function against a real local S3 (s3rver in process; S3rver/S3RVER keys,
// path-style, checksums only when required): inspect by HeadObject, and the stream cleanup it exports to
// catalog-changes (deletes of detached images, tags of attached ones, archiving that keeps them, and
// partial batch failures).
import {
  GetObjectTaggingCommand,
  HeadObjectCommand,
  PutObjectCommand,
  PutObjectTaggingCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { marshall } from '@aws-sdk/util-dynamodb';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { StreamRecord } from '../../functions/lib/stream-event.ts';
import { S3RVER_CREDENTIALS, startS3rver, type LocalS3Store } from '../support/s3rver.ts';

const BUCKET = 'shop-images-test';
const saved = { ...process.env };

let s3store: LocalS3Store;
let s3: S3Client;
let handler: (event: unknown) => Promise<any>;
let cleanUpImages: (records: StreamRecord[]) => Promise<any>;

const key = (name: string) => `products/01PROD/${name}.png`;

async function store(name: string, tag = 'pending'): Promise<string> {
  const k = key(name);
  await s3.send(
    new PutObjectCommand({ Bucket: BUCKET, Key: k, Body: Buffer.from('png bytes'), ContentType: 'image/png' }),
  );
  await s3.send(
    new PutObjectTaggingCommand({ Bucket: BUCKET, Key: k, Tagging: { TagSet: [{ Key: 'shop-image', Value: tag }] } }),
  );
  return k;
}

async function stored(k: string): Promise<boolean> {
  return s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: k })).then(
    () => true,
    (err: { name?: string }) => {
      if (err.name === 'NotFound') return false;
      throw err;
    },
  );
}

async function tagOf(k: string): Promise<string | undefined> {
  const out = await s3.send(new GetObjectTaggingCommand({ Bucket: BUCKET, Key: k }));
  return out.TagSet?.find((t) => t.Key === 'shop-image')?.Value;
}

function product(images: string[], overrides: Record<string, unknown> = {}) {
  return {
    pk: 'PRODUCT#01PROD',
    sk: 'PRODUCT',
    entity: 'Product',
    id: '01PROD',
    status: 'ACTIVE',
    images: images.map((k) => ({ key: k, alt: null, contentType: 'image/png' })),
    imageKeys: images,
    ...overrides,
  };
}

function record(eventName: StreamRecord['eventName'], seq: string, before?: object, after?: object): StreamRecord {
  return {
    eventName,
    dynamodb: {
      SequenceNumber: seq,
      ...(after ? { NewImage: marshall(after, { removeUndefinedValues: true }) } : {}),
      ...(before ? { OldImage: marshall(before, { removeUndefinedValues: true }) } : {}),
    },
  } as StreamRecord;
}

beforeAll(async () => {
  s3store = await startS3rver(BUCKET);
  Object.assign(process.env, {
    AWS_REGION: 'us-east-1',
    BUCKET_NAME: BUCKET,
    AWS_ENDPOINT_URL_S3: s3store.endpoint,
    AWS_ACCESS_KEY_ID: S3RVER_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: S3RVER_CREDENTIALS.secretAccessKey,
  });
  delete process.env.AWS_SESSION_TOKEN;
  s3 = s3store.client;
  vi.resetModules();
  ({ handler, cleanUpImages } = await import('../../functions/image-objects/index.ts'));
});

afterAll(async () => {
  await s3store.close();
  process.env = saved;
});

describe('inspect (the imageStore data source)', () => {
  it('answers the stored content type and size of an uploaded object', async () => {
    const k = await store('01INSPECT0000000000000000A');
    expect(await handler({ action: 'inspect', key: k })).toEqual({
      exists: true,
      contentType: 'image/png',
      size: 9,
    });
  });

  it('answers exists: false for a key nothing was uploaded under', async () => {
    expect(await handler({ action: 'inspect', key: key('01NEVERUPLOADED00000000000') })).toEqual({
      exists: false,
      contentType: null,
      size: null,
    });
  });

  it('refuses keys outside products/ and unknown actions', async () => {
    await expect(handler({ action: 'inspect', key: 'orders/secret.json' })).rejects.toThrow(
      'ValidationError: key must be an object key under products/',
    );
    // a stream batch is no longer this function's business (catalog-changes reads the stream)
    await expect(handler({ Records: [] })).rejects.toThrow(`ValidationError: unknown action undefined`);
    await expect(handler({ action: 'delete', key: key('X') })).rejects.toThrow(
      `ValidationError: unknown action "delete"; expected 'inspect'`,
    );
  });
});

describe('the stream cleanup (cleanUpImages, run by catalog-changes)', () => {
  it('deletes images that left the list and tags the ones that joined it', async () => {
    const [gone, kept, added] = await Promise.all([
      store('01GONE00000000000000000000', 'attached'),
      store('01KEPT00000000000000000000', 'attached'),
      store('01ADDED0000000000000000000'),
    ]);
    const out = await cleanUpImages([record('MODIFY', '100', product([gone, kept]), product([kept, added]))]);
    expect(out).toEqual({ batchItemFailures: [] });
    expect(await stored(gone)).toBe(false);
    expect(await stored(kept)).toBe(true);
    expect(await tagOf(kept)).toBe('attached');
    expect(await tagOf(added)).toBe('attached');
  });

  it('keeps every image when a product is archived (or changes otherwise)', async () => {
    const images = [await store('01ARCHIVED0000000000000001', 'attached')];
    const out = await cleanUpImages([
      record('MODIFY', '200', product(images), product(images, { status: 'ARCHIVED' })),
    ]);
    expect(out).toEqual({ batchItemFailures: [] });
    expect(await stored(images[0]!)).toBe(true);
    expect(await tagOf(images[0]!)).toBe('attached');
  });

  it('deletes every image of a removed product item, and leaves other items alone', async () => {
    const k = await store('01REMOVED00000000000000001', 'attached');
    const other = await store('01OTHERENTITY0000000000001', 'attached');
    const order = { pk: 'ORDER#1', sk: 'ORDER', entity: 'Order', images: [{ key: other }] };
    const out = await cleanUpImages([
      record('REMOVE', '300', product([k])),
      record('MODIFY', '301', order, { ...order, images: [] }),
    ]);
    expect(out).toEqual({ batchItemFailures: [] });
    expect(await stored(k)).toBe(false);
    expect(await stored(other)).toBe(true);
  });

  it('is harmless when retried: deleting a deleted image and tagging a deleted one both succeed', async () => {
    const k = await store('01RETRIED00000000000000001');
    const batch = [record('MODIFY', '400', product([k]), product([]))];
    expect(await cleanUpImages(batch)).toEqual({ batchItemFailures: [] });
    expect(await cleanUpImages(batch)).toEqual({ batchItemFailures: [] });
    const late = [record('MODIFY', '401', product([]), product([k]))];
    expect(await cleanUpImages(late)).toEqual({ batchItemFailures: [] });
  });

  it('stops at a record it cannot read and reports it, leaving later records for the retry', async () => {
    const first = await store('01FIRST0000000000000000001', 'attached');
    const later = await store('01LATER0000000000000000001', 'attached');
    const out = await cleanUpImages([
      record('MODIFY', '500', product([first]), product([])),
      record('MODIFY', '501', product([]), product([], { images: 'not a list' })),
      record('MODIFY', '502', product([later]), product([])),
    ]);
    expect(out).toEqual({ batchItemFailures: [{ itemIdentifier: '501' }] });
    expect(await stored(first)).toBe(false);
    expect(await stored(later)).toBe(true);
  });

  it('reports the first record when S3 cannot be reached', async () => {
    const k = await store('01UNREACHABLE0000000000001', 'attached');
    await s3store.close();
    const out = await cleanUpImages([
      record('MODIFY', '600', product([k]), product([])),
      record('MODIFY', '601', product([]), product([])),
    ]);
    expect(out).toEqual({ batchItemFailures: [{ itemIdentifier: '600' }] });
  });
});
