// The catalog-changes function: the table stream's one reader of catalog items (Product and Variant, by the
// mapping's filter), so the stream has two readers in all, this and order-events. AWS advises at most two
// Lambda functions per DynamoDB Streams shard of a single-Region table; more readers can be throttled
// (Lambda Developer Guide, "Using AWS Lambda with Amazon DynamoDB", concurrent readers of a shard;
// DynamoDB Streams API, LimitExceededException: "more than 2 processes are reading from the same streams
// shard"). Each batch goes to both jobs: the search indexer (every record) and the image objects (product
// records); at deploy it also answers the custom resource that creates the search index.
import type { CustomResourceAnswer, CustomResourceEvent } from '../lib/custom-resource-event.ts';
import { isCustomResourceEvent } from '../lib/custom-resource-event.ts';
import type { BatchResponse, StreamEvent } from '../lib/stream-event.ts';
import { cleanUpImages } from '../image-objects/index.ts';
import { indexBatch, setUpIndex } from '../search-indexer/index.ts';
import { failuresOfBoth, productRecords } from './batch.ts';

/**
 * Both jobs see the batch and their failures are reported together: Lambda retries from the lowest reported
 * sequence number, so the job that succeeded runs those records again. That is harmless because both are
 * idempotent: the indexer re-reads the table and writes with the read time as an external version (an older
 * read never wins), and deleting a deleted object or tagging a gone one changes nothing.
 */
async function onStream(event: StreamEvent): Promise<BatchResponse> {
  const [search, images] = await Promise.allSettled([
    indexBatch(event.Records),
    cleanUpImages(productRecords(event.Records)),
  ]);
  // A job that threw (its configuration, not a record) fails the invocation: Lambda retries the whole batch.
  if (search.status === 'rejected') throw search.reason;
  if (images.status === 'rejected') throw images.reason;
  return failuresOfBoth(event.Records, search.value, images.value);
}

export async function handler(event: StreamEvent): Promise<BatchResponse>;
export async function handler(event: CustomResourceEvent): Promise<CustomResourceAnswer>;
export async function handler(event: StreamEvent | CustomResourceEvent): Promise<BatchResponse | CustomResourceAnswer> {
  return isCustomResourceEvent(event) ? setUpIndex(event) : onStream(event);
}
