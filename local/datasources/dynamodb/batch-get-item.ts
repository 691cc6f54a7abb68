// BatchGetItem → { data: { T: [item | null, …] }, unprocessedKeys: { T: [key, …] } }, each
// table's items in the order of its request keys (DynamoDB answers in no particular order).
import { BatchGetItemCommand, type KeysAndAttributes } from '@aws-sdk/client-dynamodb';
import { canonicalString, pick } from './canonical.ts';
import { ExpressionBag } from './expressions.ts';
import type { Operation } from './operation.ts';
import { optionalBoolean, requireArray, requireRecord, RequestError } from './request-error.ts';
import { toAttributeMap, toPlainItem, type AttributeMap } from './typed-values.ts';

export const batchGetItem: Operation = async (request, ctx) => {
  const tables = requireRecord(request['tables'], 'tables');
  if (Object.keys(tables).length === 0) throw new RequestError("'tables' must name at least one table.");
  const RequestItems: Record<string, KeysAndAttributes> = {};
  const keysByTable: Record<string, AttributeMap[]> = {};
  const keyNames: Record<string, string[]> = {};
  for (const [table, spec] of Object.entries(tables)) {
    const path = `tables.${table}`;
    const t = requireRecord(spec, path);
    const keys = requireArray(t['keys'], `${path}.keys`).map((k, i) => toAttributeMap(k, `${path}.keys[${i}]`));
    if (keys.length === 0) throw new RequestError(`'${path}.keys' must hold at least one key.`);
    keysByTable[table] = keys;
    keyNames[table] = Object.keys(keys[0]!);
    const bag = new ExpressionBag();
    const projection: { ProjectionExpression?: string } = {};
    if (t['projection'] != null) {
      // Key attributes are added so each answer can be put back at its request position.
      const names = keyNames[table].map((name, i) => {
        bag.addName(`#appsyncLocalKey${i}`, name);
        return `#appsyncLocalKey${i}`;
      });
      projection.ProjectionExpression = [bag.add(t['projection'], `${path}.projection`, false), ...names].join(', ');
    }
    RequestItems[table] = {
      Keys: keys,
      ConsistentRead: optionalBoolean(t['consistentRead'], `${path}.consistentRead`) ?? false,
      ...projection,
      ...bag.params(),
    };
  }

  const out = await ctx.client.send(new BatchGetItemCommand({ RequestItems }));
  const data: Record<string, unknown[]> = {};
  const unprocessedKeys: Record<string, unknown[]> = {};
  for (const [table, keys] of Object.entries(keysByTable)) {
    const found = new Map<string, AttributeMap>();
    for (const item of out.Responses?.[table] ?? []) found.set(canonicalString(pick(item, keyNames[table]!)), item);
    data[table] = keys.map((key) => {
      const item = found.get(canonicalString(key));
      return item ? toPlainItem(item) : null;
    });
    unprocessedKeys[table] = (out.UnprocessedKeys?.[table]?.Keys ?? []).map(toPlainItem);
  }
  return { result: { data, unprocessedKeys } };
};
