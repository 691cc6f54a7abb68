// BatchPutItem → { data: { T: [item | null] }, unprocessedItems: { T: [item] } } and
// BatchDeleteItem → { data: { T: [key | null] }, unprocessedKeys: { T: [key] } }: one
// BatchWriteItem call; entries DynamoDB left unprocessed are null in `data`.
import { BatchWriteItemCommand, type WriteRequest } from '@aws-sdk/client-dynamodb';
import { canonicalString } from './canonical.ts';
import type { Operation } from './operation.ts';
import { requireArray, requireRecord, RequestError, type JsonObject } from './request-error.ts';
import { toAttributeMap, toPlainItem, type AttributeMap } from './typed-values.ts';

function batchWrite(kind: 'put' | 'delete'): Operation {
  return async (request: JsonObject, ctx) => {
    const tables = requireRecord(request['tables'], 'tables');
    if (Object.keys(tables).length === 0) throw new RequestError("'tables' must name at least one table.");
    const entries: Record<string, AttributeMap[]> = {};
    const RequestItems: Record<string, WriteRequest[]> = {};
    for (const [table, list] of Object.entries(tables)) {
      const path = `tables.${table}`;
      entries[table] = requireArray(list, path).map((v, i) => toAttributeMap(v, `${path}[${i}]`));
      RequestItems[table] = entries[table].map((e) =>
        kind === 'put' ? { PutRequest: { Item: e } } : { DeleteRequest: { Key: e } },
      );
    }

    const out = await ctx.client.send(new BatchWriteItemCommand({ RequestItems }));
    const data: Record<string, unknown[]> = {};
    const unprocessed: Record<string, unknown[]> = {};
    for (const [table, list] of Object.entries(entries)) {
      const left = (out.UnprocessedItems?.[table] ?? [])
        .map((w) => (kind === 'put' ? w.PutRequest?.Item : w.DeleteRequest?.Key))
        .filter((e): e is AttributeMap => e !== undefined);
      const leftKeys = new Set(left.map(canonicalString));
      data[table] = list.map((e) => (leftKeys.has(canonicalString(e)) ? null : toPlainItem(e)));
      unprocessed[table] = left.map(toPlainItem);
    }
    return {
      result: kind === 'put' ? { data, unprocessedItems: unprocessed } : { data, unprocessedKeys: unprocessed },
    };
  };
}

export const batchPutItem = batchWrite('put');
export const batchDeleteItem = batchWrite('delete');
