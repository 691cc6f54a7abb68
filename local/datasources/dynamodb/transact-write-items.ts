// TransactWriteItems → { keys: [key, …], cancellationReasons: null }; when DynamoDB cancels the
// transaction: error TransactionCanceledException plus { keys: null, cancellationReasons }.
import {
  TransactionCanceledException,
  TransactWriteItemsCommand,
  type TransactWriteItem,
} from '@aws-sdk/client-dynamodb';
import { cancellationReasons } from './cancellation.ts';
import { fromServiceError } from './errors.ts';
import { ExpressionBag } from './expressions.ts';
import type { Operation } from './operation.ts';
import {
  describe,
  optionalBoolean,
  requireArray,
  requireRecord,
  requireString,
  RequestError,
  type JsonObject,
} from './request-error.ts';
import { toAttributeMap, toPlainItem, type AttributeMap } from './typed-values.ts';

function condition(item: JsonObject, path: string, bag: ExpressionBag) {
  if (item['condition'] == null) return {};
  const c = requireRecord(item['condition'], `${path}.condition`);
  const returnOld = optionalBoolean(
    c['returnValuesOnConditionCheckFailure'],
    `${path}.condition.returnValuesOnConditionCheckFailure`,
  );
  return {
    ConditionExpression: bag.add(c, `${path}.condition`),
    // AppSync's default is true: the stored item comes back in cancellationReasons[i].item.
    ReturnValuesOnConditionCheckFailure: returnOld === false ? ('NONE' as const) : ('ALL_OLD' as const),
  };
}

function toTransactItem(value: unknown, i: number): { write: TransactWriteItem; key: AttributeMap } {
  const path = `transactItems[${i}]`;
  const item = requireRecord(value, path);
  const TableName = requireString(item['table'], `${path}.table`);
  const key = toAttributeMap(item['key'], `${path}.key`);
  const bag = new ExpressionBag();
  switch (item['operation']) {
    case 'PutItem': {
      const attributes =
        item['attributeValues'] == null ? {} : toAttributeMap(item['attributeValues'], `${path}.attributeValues`);
      const Item = { ...key, ...attributes, ...key };
      const cond = condition(item, path, bag);
      return { key, write: { Put: { TableName, Item, ...cond, ...bag.params() } } };
    }
    case 'UpdateItem': {
      const UpdateExpression = bag.add(item['update'], `${path}.update`);
      const cond = condition(item, path, bag);
      return { key, write: { Update: { TableName, Key: key, UpdateExpression, ...cond, ...bag.params() } } };
    }
    case 'DeleteItem': {
      const cond = condition(item, path, bag);
      return { key, write: { Delete: { TableName, Key: key, ...cond, ...bag.params() } } };
    }
    case 'ConditionCheck': {
      if (item['condition'] == null) throw new RequestError(`'${path}.condition' is required for a ConditionCheck.`);
      const cond = condition(item, path, bag);
      return {
        key,
        write: {
          ConditionCheck: {
            TableName,
            Key: key,
            ...cond,
            ConditionExpression: cond.ConditionExpression!,
            ...bag.params(),
          },
        },
      };
    }
    default:
      throw new RequestError(
        `'${path}.operation' must be PutItem, UpdateItem, DeleteItem or ConditionCheck, ` +
          `got ${describe(item['operation'])}.`,
      );
  }
}

export const transactWriteItems: Operation = async (request, ctx) => {
  const items = requireArray(request['transactItems'], 'transactItems').map(toTransactItem);
  try {
    await ctx.client.send(new TransactWriteItemsCommand({ TransactItems: items.map((i) => i.write) }));
    return { result: { keys: items.map((i) => toPlainItem(i.key)), cancellationReasons: null } };
  } catch (err) {
    if (!(err instanceof TransactionCanceledException)) throw err;
    return {
      error: fromServiceError(err),
      result: { keys: null, cancellationReasons: cancellationReasons(err.CancellationReasons) },
    };
  }
};
