// The orders still PENDING_PAYMENT that were placed before a cutoff: GSI3 holds every order under
// `ORDERS#<status>` sorted by its ULID id, and a ULID starts with its time, so "placed before" is a
// key condition on the sort key (docs/data-model.md; the partition from contracts/table-keys.ts).
// https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Query.html
import { DynamoDBClient, QueryCommand, type AttributeValue } from '@aws-sdk/client-dynamodb';
import { orderListingIndex } from '../../contracts/table-keys.ts';
import { ulid } from '../lib/ulid.ts';

export const PENDING_PAYMENT_PARTITION = orderListingIndex(null, 'PENDING_PAYMENT').partition;
const PAGE_SIZE = 100;

let client: DynamoDBClient | undefined;

/**
 * The smallest ULID of the cutoff's millisecond: every id placed earlier sorts below it, every id placed
 * at or after it does not ('0' is the lowest of Crockford's digits).
 */
export function cutoffKey(cutoffMs: number): string {
  return ulid(cutoffMs).slice(0, 10) + '0'.repeat(16);
}

/** Up to `max` order ids placed before `cutoffMs` and still PENDING_PAYMENT, oldest first, page by page. */
export async function dueOrderIds(tableName: string, cutoffMs: number, max: number): Promise<string[]> {
  client ??= new DynamoDBClient({});
  const ids: string[] = [];
  let startKey: Record<string, AttributeValue> | undefined;
  do {
    const page = await client.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: 'GSI3',
        KeyConditionExpression: 'gsi3pk = :pk AND gsi3sk < :cutoff',
        ExpressionAttributeValues: { ':pk': { S: PENDING_PAYMENT_PARTITION }, ':cutoff': { S: cutoffKey(cutoffMs) } },
        ProjectionExpression: 'gsi3sk',
        Limit: Math.min(PAGE_SIZE, max - ids.length),
        ExclusiveStartKey: startKey,
      }),
    );
    for (const item of page.Items ?? []) if (item.gsi3sk?.S) ids.push(item.gsi3sk.S);
    startKey = page.LastEvaluatedKey;
  } while (startKey && ids.length < max);
  return ids;
}
