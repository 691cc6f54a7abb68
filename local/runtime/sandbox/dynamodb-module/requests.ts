// get, put, update, remove, query, scan and sync of @aws-appsync/utils/dynamodb.
// AWS EvaluateCode answers (localstack/appsync-utils __tests__/__snapshots__/index.test.js.snap):
//   get({key: {id: "id"}})                      → {operation: "GetItem", key: {id: {S: "id"}}}
//   put({key: {id: "abc"}, item: {value: 10}})  → {operation: "PutItem", key: {id: {S: "abc"}},
//                                                   attributeValues: {value: {N: 10}}}
//   remove({key: {id: "test"}})                 → {operation: "DeleteItem", key: {id: {S: "test"}}}
//   scan({limit: 10, nextToken: "abc"})         → {operation: "Scan", limit: 10, nextToken: "abc"}
// sync() is typed in the npm package but was refused by AWS's type check when recorded
// ("Property 'sync' does not exist"); it is provided here for completeness.
//
// UNVERIFIED against AWS:
// - Optional inputs that are null or undefined are left out of the request; other values are
//   copied unchanged (no type checks). Inputs not listed for an operation are ignored.
// - put() copies `item` as given (key attributes repeated in it stay); a missing item gives
//   attributeValues {}.
// - A missing or non-object key / update throws an Error naming the helper.
// - scan() ignores scanIndexForward (it is in ScanInput's type but Scan has no such field).

import { isPlainObject } from '../util/dynamodb.ts';
import { toConditionExpression } from './condition.ts';
import { toKeyCondition } from './key-condition.ts';
import { toProjection } from './projection.ts';
import { toUpdateExpression } from './update-expression.ts';
import { toItem, toKey } from './values.ts';

export type Request = Record<string, unknown>;

export function payloadOf(payload: unknown, where: string): Record<string, unknown> {
  if (!isPlainObject(payload)) throw new Error(`${where}: expected an object argument`);
  return payload;
}

/** Copies the named inputs that are neither null nor undefined. */
export function copyDefined(target: Request, source: Record<string, unknown>, names: readonly string[]): void {
  for (const name of names) {
    const value = source[name];
    if (value !== undefined && value !== null) target[name] = value;
  }
}

export function setIfDefined(target: Request, name: string, value: unknown): void {
  if (value !== undefined) target[name] = value;
}

const WRITE_OPTIONS = ['customPartitionKey', 'populateIndexFields', '_version'] as const;

export function get(payload: unknown): Request {
  const input = payloadOf(payload, 'get');
  const request: Request = { operation: 'GetItem', key: toKey(input.key, 'get') };
  copyDefined(request, input, ['consistentRead']);
  setIfDefined(request, 'projection', toProjection(input.projection, 'get'));
  return request;
}

export function put(payload: unknown): Request {
  const input = payloadOf(payload, 'put');
  const request: Request = {
    operation: 'PutItem',
    key: toKey(input.key, 'put'),
    attributeValues: toItem(input.item, 'put'),
  };
  setIfDefined(request, 'condition', toConditionExpression(input.condition, 'put'));
  copyDefined(request, input, WRITE_OPTIONS);
  return request;
}

export function update(payload: unknown): Request {
  const input = payloadOf(payload, 'update');
  const request: Request = {
    operation: 'UpdateItem',
    key: toKey(input.key, 'update'),
    update: toUpdateExpression(input.update, 'update'),
  };
  setIfDefined(request, 'condition', toConditionExpression(input.condition, 'update'));
  copyDefined(request, input, WRITE_OPTIONS);
  return request;
}

export function remove(payload: unknown): Request {
  const input = payloadOf(payload, 'remove');
  const request: Request = { operation: 'DeleteItem', key: toKey(input.key, 'remove') };
  setIfDefined(request, 'condition', toConditionExpression(input.condition, 'remove'));
  copyDefined(request, input, WRITE_OPTIONS);
  return request;
}

function readOptions(
  request: Request,
  input: Record<string, unknown>,
  where: string,
  names: readonly string[],
): Request {
  copyDefined(request, input, names);
  setIfDefined(request, 'filter', toConditionExpression(input.filter, where));
  setIfDefined(request, 'projection', toProjection(input.projection, where));
  return request;
}

export function query(payload: unknown): Request {
  const input = payloadOf(payload, 'query');
  const request: Request = { operation: 'Query', query: toKeyCondition(input.query) };
  const names = ['index', 'nextToken', 'limit', 'scanIndexForward', 'consistentRead', 'select'];
  return readOptions(request, input, 'query', names);
}

export function scan(payload: unknown): Request {
  const input = payloadOf(payload ?? {}, 'scan');
  const names = ['index', 'limit', 'nextToken', 'consistentRead', 'totalSegments', 'segment', 'select'];
  return readOptions({ operation: 'Scan' }, input, 'scan', names);
}

export function sync(payload: unknown): Request {
  const input = payloadOf(payload ?? {}, 'sync');
  const request: Request = { operation: 'Sync' };
  copyDefined(request, input, ['basePartitionKey', 'deltaIndexName', 'limit', 'nextToken', 'lastSync']);
  setIfDefined(request, 'filter', toConditionExpression(input.filter, 'sync'));
  return request;
}
