// UpdateItem → the whole item after the update (ReturnValues ALL_NEW).
import { ConditionalCheckFailedException, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { conditionFailed, readCondition } from './condition.ts';
import { ExpressionBag } from './expressions.ts';
import type { Operation } from './operation.ts';
import { refuseVersioningFields } from './request-error.ts';
import { toAttributeMap, toPlainOrNull } from './typed-values.ts';

export const updateItem: Operation = async (request, ctx) => {
  refuseVersioningFields(request);
  const bag = new ExpressionBag();
  const UpdateExpression = bag.add(request['update'], 'update');
  const condition = readCondition(request, bag);
  try {
    const out = await ctx.client.send(
      new UpdateItemCommand({
        TableName: ctx.tableName,
        Key: toAttributeMap(request['key'], 'key'),
        UpdateExpression,
        ReturnValues: 'ALL_NEW',
        ...condition.params,
        ...bag.params(),
      }),
    );
    return { result: toPlainOrNull(out.Attributes) };
  } catch (err) {
    if (!(err instanceof ConditionalCheckFailedException)) throw err;
    // AppSync documents that it cannot tell what an update expression would have produced,
    // so a failed update condition is always rejected.
    return conditionFailed(err, () => false);
  }
};
