// Splitting one stream batch between the two catalog jobs, and joining their partial batch answers.
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { PRODUCT_ENTITY } from '../image-objects/index.ts';
import type { BatchResponse, StreamRecord } from '../lib/stream-event.ts';

/** The records of product items (new image, or the old one of a removal): the image job's share. */
export function productRecords(records: StreamRecord[]): StreamRecord[] {
  return records.filter((record) => {
    const image = record.dynamodb.NewImage ?? record.dynamodb.OldImage;
    return !!image && unmarshall(image).entity === PRODUCT_ENTITY;
  });
}

/** Every record either job reported, once each, in batch order (Lambda retries from the lowest). */
export function failuresOfBoth(records: StreamRecord[], ...answers: BatchResponse[]): BatchResponse {
  const failed = new Set(answers.flatMap((a) => a.batchItemFailures.map((f) => f.itemIdentifier)));
  return {
    batchItemFailures: records
      .map((r) => r.dynamodb.SequenceNumber)
      .filter((seq) => failed.has(seq))
      .map((itemIdentifier) => ({ itemIdentifier })),
  };
}
