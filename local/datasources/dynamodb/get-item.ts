// GetItem → the item, or null when there is none.
import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import { ExpressionBag, projection } from './expressions.ts';
import type { Operation } from './operation.ts';
import { optionalBoolean } from './request-error.ts';
import { toAttributeMap, toPlainOrNull } from './typed-values.ts';

export const getItem: Operation = async (request, ctx) => {
  const bag = new ExpressionBag();
  const out = await ctx.client.send(
    new GetItemCommand({
      TableName: ctx.tableName,
      Key: toAttributeMap(request['key'], 'key'),
      ConsistentRead: optionalBoolean(request['consistentRead'], 'consistentRead') ?? false,
      ...projection(request['projection'], 'projection', bag),
      ...bag.params(),
    }),
  );
  return { result: toPlainOrNull(out.Item) };
};
