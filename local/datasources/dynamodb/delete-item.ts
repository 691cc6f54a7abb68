// DeleteItem → the deleted item (ReturnValues ALL_OLD), or null when there was none.
import { ConditionalCheckFailedException, DeleteItemCommand } from '@aws-sdk/client-dynamodb';
import { conditionFailed, readCondition } from './condition.ts';
import { ExpressionBag } from './expressions.ts';
import type { Operation } from './operation.ts';
import { refuseVersioningFields } from './request-error.ts';
import { toAttributeMap, toPlainOrNull } from './typed-values.ts';

export const deleteItem: Operation = async (request, ctx) => {
  refuseVersioningFields(request);
  const bag = new ExpressionBag();
  const condition = readCondition(request, bag);
  try {
    const out = await ctx.client.send(
      new DeleteItemCommand({
        TableName: ctx.tableName,
        Key: toAttributeMap(request['key'], 'key'),
        ReturnValues: 'ALL_OLD',
        ...condition.params,
        ...bag.params(),
      }),
    );
    return { result: toPlainOrNull(out.Attributes) };
  } catch (err) {
    if (!(err instanceof ConditionalCheckFailedException)) throw err;
    // The item is already gone: a retried delete succeeded the first time.
    return conditionFailed(err, (current) => current === undefined);
  }
};
