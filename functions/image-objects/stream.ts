// The table's stream, product items only: an image key that left a product's `images` is deleted
// from the bucket, a key that joined it is tagged `shop-image=attached` (so the lifecycle rule for
// never-attached uploads spares it). Both are idempotent, so a retried batch does no harm.
// The catalog-changes function hands it the product records of each batch (cleanUpImages).
// https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObjectTagging.html
import { DeleteObjectCommand, PutObjectTaggingCommand, type S3Client } from '@aws-sdk/client-s3';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { IMAGE_TAG_KEY, imageBucketClient, imageBucketName, isProductImageKey } from '../lib/image-bucket.ts';
import type { BatchResponse, StreamRecord } from '../lib/stream-event.ts';
import { isMissing } from './inspect.ts';

/** The `entity` attribute of a product item (docs/data-model.md). */
export const PRODUCT_ENTITY = 'Product';

export interface ImageChanges {
  detached: string[];
  attached: string[];
}

function image(raw: StreamRecord['dynamodb']['NewImage']): Record<string, unknown> | undefined {
  // The cast: the SDK's AttributeValue union and util-dynamodb's are the same shape, typed twice.
  return raw ? unmarshall(raw as Parameters<typeof unmarshall>[0]) : undefined;
}

function imageKeys(item: Record<string, unknown> | undefined): string[] {
  const images = item?.images;
  if (images === undefined || images === null) return [];
  if (!Array.isArray(images)) throw new Error('images is not a list');
  return images.map((entry: unknown) => {
    const key = (entry as { key?: unknown } | null)?.key;
    if (!isProductImageKey(key)) throw new Error(`an image has no key under products/: ${JSON.stringify(entry)}`);
    return key;
  });
}

/** The image keys a record detached and attached, or undefined when it is no product change. */
export function imageChangesOf(record: StreamRecord): ImageChanges | undefined {
  const before = image(record.dynamodb.OldImage);
  const after = image(record.dynamodb.NewImage);
  if ((before ?? after)?.entity !== PRODUCT_ENTITY) return undefined;
  const old = imageKeys(before);
  const next = record.eventName === 'REMOVE' ? [] : imageKeys(after);
  return {
    detached: old.filter((key) => !next.includes(key)),
    attached: next.filter((key) => !old.includes(key)),
  };
}

export async function applyImageChanges(client: S3Client, bucket: string, changes: ImageChanges): Promise<void> {
  for (const key of changes.detached) {
    // S3 answers 204 for a key that is already gone, so a retry is harmless.
    await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
  }
  for (const key of changes.attached) {
    try {
      await client.send(
        new PutObjectTaggingCommand({
          Bucket: bucket,
          Key: key,
          Tagging: { TagSet: [{ Key: IMAGE_TAG_KEY, Value: 'attached' }] },
        }),
      );
    } catch (err) {
      // Gone already (detached again later in the stream): nothing left to protect, and retrying cannot help.
      if (!isMissing(err)) throw err;
      console.warn(`image ${key} is no longer stored; not tagged`);
    }
  }
}

/**
 * The image side of a stream batch, in stream order. It stops at the first record that fails and reports
 * that one, so Lambda retries from there (ReportBatchItemFailures) and a later change of a product never
 * overtakes an earlier one. https://docs.aws.amazon.com/lambda/latest/dg/services-ddb-batchfailurereporting.html
 */
export async function cleanUpImages(records: StreamRecord[]): Promise<BatchResponse> {
  const client = imageBucketClient();
  const bucket = imageBucketName();
  for (const record of records) {
    try {
      const changes = imageChangesOf(record);
      if (changes) await applyImageChanges(client, bucket, changes);
    } catch (err) {
      console.error(`stream record ${record.dynamodb.SequenceNumber}: images not cleaned up: ${String(err)}`);
      return { batchItemFailures: [{ itemIdentifier: record.dynamodb.SequenceNumber }] };
    }
  }
  return { batchItemFailures: [] };
}
