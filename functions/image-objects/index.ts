// The image-objects function, two callers on one event shape each: AppSync's `imageStore` data source
// invokes it with `{ action: 'inspect', key }`; the table's stream (product items) sends `{ Records }`.
// On the stream it stops at the first failure and reports that record, so Lambda retries from there
// (ReportBatchItemFailures) and a later change of a product never overtakes an earlier one.
// https://docs.aws.amazon.com/lambda/latest/dg/services-ddb-batchfailurereporting.html
import { imageBucketClient, imageBucketName, isProductImageKey } from '../lib/image-bucket.ts';
import type { BatchResponse, StreamEvent } from '../lib/stream-event.ts';
import { inspectObject, type Inspection } from './inspect.ts';
import { applyImageChanges, imageChangesOf } from './stream.ts';

export interface InspectRequest {
  action: 'inspect';
  key: string;
}

function isStreamEvent(event: unknown): event is StreamEvent {
  return !!event && typeof event === 'object' && Array.isArray((event as { Records?: unknown }).Records);
}

async function onStream(event: StreamEvent): Promise<BatchResponse> {
  const client = imageBucketClient();
  const bucket = imageBucketName();
  for (const record of event.Records) {
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

export async function handler(event: unknown): Promise<BatchResponse | Inspection> {
  if (isStreamEvent(event)) return onStream(event);
  const request = (event ?? {}) as Partial<InspectRequest>;
  if (request.action !== 'inspect') {
    throw new Error(`ValidationError: unknown action ${JSON.stringify(request.action)}; expected 'inspect'`);
  }
  if (!isProductImageKey(request.key)) {
    throw new Error('ValidationError: key must be an object key under products/');
  }
  return inspectObject(imageBucketClient(), imageBucketName(), request.key);
}
