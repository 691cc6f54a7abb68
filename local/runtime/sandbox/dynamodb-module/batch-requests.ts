// batchGet, batchPut, batchDelete, transactGet and transactWrite of @aws-appsync/utils/dynamodb.
// Shapes follow the published types (lib/dynamodb-helpers.d.ts, resolver-return-types.d.ts) and the
// AppSync DynamoDB request reference; no AWS EvaluateCode capture exists for them.
//
// UNVERIFIED against AWS:
// - batchGet: {operation: "BatchGetItem", tables: {T: {keys: [typed keys], consistentRead?, projection?}}}.
// - batchPut: {operation: "BatchPutItem", tables: {T: [typed items]}}.
// - batchDelete: {operation: "BatchDeleteItem", tables: {T: [typed keys]}}.
// - transactGet: {operation: "TransactGetItems", transactItems: [{table, key, projection?}]}.
// - transactWrite: {operation: "TransactWriteItems", transactItems: [{table, operation:
//   "PutItem"|"UpdateItem"|"DeleteItem"|"ConditionCheck", key, attributeValues? | update?, condition?}]};
//   conditions are rendered like util.transform.toDynamoDBConditionExpression and carry no
//   returnValuesOnConditionCheckFailure (the data source defaults it to true).
// - Wrong shapes (tables not an object, a table's keys/items not a list, an unknown transactWrite
//   entry, a missing table name) throw an Error naming the helper.

import { isPlainObject, setOwn } from '../util/dynamodb.ts';
import { toConditionExpression } from './condition.ts';
import { toProjection } from './projection.ts';
import { copyDefined, payloadOf, setIfDefined, type Request } from './requests.ts';
import { toUpdateExpression } from './update-expression.ts';
import { toItem, toKey } from './values.ts';

function tablesOf(payload: unknown, where: string): Array<[string, unknown]> {
  const { tables } = payloadOf(payload, where);
  if (!isPlainObject(tables)) throw new Error(`${where}: tables must be an object keyed by table name`);
  return Object.entries(tables);
}

function listOf(value: unknown, where: string, what: string): unknown[] {
  if (!Array.isArray(value)) throw new Error(`${where}: ${what} must be a list`);
  return value;
}

function tableName(value: unknown, where: string): string {
  if (typeof value !== 'string' || value === '') throw new Error(`${where}: every item needs a table name`);
  return value;
}

export function batchGet(payload: unknown): Request {
  const tables: Record<string, Request> = {};
  for (const [table, config] of tablesOf(payload, 'batchGet')) {
    if (!isPlainObject(config)) throw new Error(`batchGet: table "${table}" needs { keys: [...] }`);
    const keys = listOf(config.keys, 'batchGet', `keys of table "${table}"`);
    const entry: Request = { keys: keys.map((key) => toKey(key, 'batchGet')) };
    copyDefined(entry, config, ['consistentRead']);
    setIfDefined(entry, 'projection', toProjection(config.projection, 'batchGet'));
    setOwn(tables, table, entry);
  }
  return { operation: 'BatchGetItem', tables };
}

export function batchPut(payload: unknown): Request {
  const tables: Record<string, unknown[]> = {};
  for (const [table, items] of tablesOf(payload, 'batchPut')) {
    setOwn(
      tables,
      table,
      listOf(items, 'batchPut', `items of table "${table}"`).map((item) => toItem(item, 'batchPut')),
    );
  }
  return { operation: 'BatchPutItem', tables };
}

export function batchDelete(payload: unknown): Request {
  const tables: Record<string, unknown[]> = {};
  for (const [table, keys] of tablesOf(payload, 'batchDelete')) {
    setOwn(
      tables,
      table,
      listOf(keys, 'batchDelete', `keys of table "${table}"`).map((key) => toKey(key, 'batchDelete')),
    );
  }
  return { operation: 'BatchDeleteItem', tables };
}

export function transactGet(payload: unknown): Request {
  const items = listOf(payloadOf(payload, 'transactGet').items, 'transactGet', 'items');
  const transactItems = items.map((item) => {
    if (!isPlainObject(item)) throw new Error('transactGet: every item must be { table, key, projection? }');
    const entry: Request = { table: tableName(item.table, 'transactGet'), key: toKey(item.key, 'transactGet') };
    setIfDefined(entry, 'projection', toProjection(item.projection, 'transactGet'));
    return entry;
  });
  return { operation: 'TransactGetItems', transactItems };
}

const WRITE_KINDS: Record<string, string> = {
  putItem: 'PutItem',
  updateItem: 'UpdateItem',
  deleteItem: 'DeleteItem',
  conditionCheck: 'ConditionCheck',
};

function transactWriteItem(item: unknown): Request {
  const kind = isPlainObject(item) ? Object.keys(item).find((name) => Object.hasOwn(WRITE_KINDS, name)) : undefined;
  const spec = kind === undefined ? undefined : (item as Record<string, unknown>)[kind];
  if (kind === undefined || !isPlainObject(spec)) {
    throw new Error(
      'transactWrite: every item must be one of { putItem }, { updateItem }, { deleteItem }, { conditionCheck }',
    );
  }
  const entry: Request = {
    table: tableName(spec.table, 'transactWrite'),
    operation: WRITE_KINDS[kind],
    key: toKey(spec.key, 'transactWrite'),
  };
  if (kind === 'putItem') entry.attributeValues = toItem(spec.item, 'transactWrite');
  if (kind === 'updateItem') entry.update = toUpdateExpression(spec.update, 'transactWrite');
  setIfDefined(entry, 'condition', toConditionExpression(spec.condition, 'transactWrite'));
  return entry;
}

export function transactWrite(payload: unknown): Request {
  const items = listOf(payloadOf(payload, 'transactWrite').items, 'transactWrite', 'items');
  return { operation: 'TransactWriteItems', transactItems: items.map(transactWriteItem) };
}
