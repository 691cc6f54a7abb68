// Reads products and their variants from the table with consistent reads (DynamoDB developer guide,
// "Read consistency"), in BatchGetItem calls of at most 100 keys, retrying unprocessed keys.
import {
  BatchGetItemCommand,
  type BatchGetItemCommandOutput,
  ScanCommand,
  type AttributeValue,
  type DynamoDBClient,
  type KeysAndAttributes,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { productKey as productTableKey, variantKey as variantTableKey } from '../../contracts/table-keys.ts';
import type { ProductRead, StoredItem } from './document.ts';

/** BatchGetItem's limit (DynamoDB API reference: BatchGetItem, "up to 100 items"). */
const BATCH_KEYS = 100;
const UNPROCESSED_ATTEMPTS = 8;

/** The table's keys (contracts/table-keys.ts), marshalled for the low-level client. */
export const productKey = (id: string) => marshall(productTableKey(id));
export const variantKey = (sku: string) => marshall(variantTableKey(sku));

export interface CatalogRead {
  /** epoch ms taken before the first read: the documents' external version */
  readAt: number;
  /** product id -> its product and variants, or null when the product item no longer exists */
  products: Map<string, ProductRead | null>;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function batchGet(
  ddb: DynamoDBClient,
  table: string,
  keys: Array<Record<string, AttributeValue>>,
): Promise<StoredItem[]> {
  const items: StoredItem[] = [];
  for (let start = 0; start < keys.length; start += BATCH_KEYS) {
    let request: Record<string, KeysAndAttributes> | undefined = {
      [table]: { Keys: keys.slice(start, start + BATCH_KEYS), ConsistentRead: true },
    };
    for (let attempt = 0; request && Object.keys(request).length > 0; attempt++) {
      if (attempt === UNPROCESSED_ATTEMPTS) throw new Error(`BatchGetItem left keys unprocessed ${attempt} times`);
      // Unprocessed keys are retried with backoff, as the BatchGetItem reference recommends.
      if (attempt > 0) await pause(50 * 2 ** attempt);
      const answer: BatchGetItemCommandOutput = await ddb.send(new BatchGetItemCommand({ RequestItems: request }));
      for (const item of answer.Responses?.[table] ?? []) items.push(unmarshall(item));
      request = answer.UnprocessedKeys;
    }
  }
  return items;
}

/**
 * The products and their variants now. `readAt` is taken BEFORE reading: any write that completed before
 * another read started is then seen by a read with a higher version, so the newest read always wins.
 */
export async function readProducts(ddb: DynamoDBClient, table: string, ids: Iterable<string>): Promise<CatalogRead> {
  const unique = [...new Set(ids)];
  const readAt = Date.now();
  const productItems = await batchGet(ddb, table, unique.map(productKey));
  const byId = new Map(productItems.map((p) => [String(p.id), p]));
  const skus = productItems.flatMap((p) => (Array.isArray(p.variantSkus) ? p.variantSkus.map(String) : []));
  const variantItems = await batchGet(ddb, table, [...new Set(skus)].map(variantKey));
  const products = new Map<string, ProductRead | null>();
  for (const id of unique) {
    const product = byId.get(id);
    products.set(id, product ? { product, variants: variantItems.filter((v) => String(v.productId) === id) } : null);
  }
  return { readAt, products };
}

/** Every product id in the table, a page (up to `pageSize` items scanned) at a time. */
export async function* scanProductIds(
  ddb: DynamoDBClient,
  table: string,
  pageSize = 500,
): AsyncGenerator<string[], void, undefined> {
  let start: Record<string, AttributeValue> | undefined;
  do {
    const page = await ddb.send(
      new ScanCommand({
        TableName: table,
        Limit: pageSize,
        FilterExpression: '#sk = :product AND #entity = :entity',
        ExpressionAttributeNames: { '#sk': 'sk', '#entity': 'entity', '#id': 'id' },
        ExpressionAttributeValues: { ':product': { S: 'PRODUCT' }, ':entity': { S: 'Product' } },
        ProjectionExpression: '#id',
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    const ids = (page.Items ?? []).map((item) => String(unmarshall(item).id));
    if (ids.length > 0) yield ids;
    start = page.LastEvaluatedKey;
  } while (start);
}
