// PutItem → the item as written (key + attributeValues).
import { ConditionalCheckFailedException, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { itemsEqualIgnoring } from './canonical.ts';
import { conditionFailed, readCondition } from './condition.ts';
import { ExpressionBag } from './expressions.ts';
import type { Operation } from './operation.ts';
import { refuseVersioningFields } from './request-error.ts';
import { toAttributeMap, toPlainItem, type AttributeMap } from './typed-values.ts';

export const putItem: Operation = async (request, ctx) => {
  refuseVersioningFields(request);
  const key = toAttributeMap(request['key'], 'key');
  const attributes =
    request['attributeValues'] == null ? {} : toAttributeMap(request['attributeValues'], 'attributeValues');
  const item: AttributeMap = { ...key, ...attributes, ...key };
  const bag = new ExpressionBag();
  const condition = readCondition(request, bag);
  try {
    await ctx.client.send(
      new PutItemCommand({ TableName: ctx.tableName, Item: item, ...condition.params, ...bag.params() }),
    );
    return { result: toPlainItem(item) };
  } catch (err) {
    if (!(err instanceof ConditionalCheckFailedException)) throw err;
    // A retried put whose item is already stored succeeded the first time.
    return conditionFailed(
      err,
      (current) => current !== undefined && itemsEqualIgnoring(current, item, condition.equalsIgnore),
    );
  }
};
