// Query → { items, nextToken, scannedCount }.
import { QueryCommand } from '@aws-sdk/client-dynamodb';
import { ExpressionBag, projection } from './expressions.ts';
import type { Operation } from './operation.ts';
import { pageResult, readPaging, tokenScope } from './paging.ts';
import { optionalBoolean, optionalString } from './request-error.ts';

export const query: Operation = async (request, ctx) => {
  const index = optionalString(request['index'], 'index');
  const scope = tokenScope('Query', index, ctx);
  const bag = new ExpressionBag();
  const KeyConditionExpression = bag.add(request['query'], 'query');
  const filter = request['filter'] == null ? {} : { FilterExpression: bag.add(request['filter'], 'filter') };
  const out = await ctx.client.send(
    new QueryCommand({
      TableName: ctx.tableName,
      ...(index === undefined ? {} : { IndexName: index }),
      KeyConditionExpression,
      ...filter,
      ...projection(request['projection'], 'projection', bag),
      ScanIndexForward: optionalBoolean(request['scanIndexForward'], 'scanIndexForward') ?? true,
      ConsistentRead: optionalBoolean(request['consistentRead'], 'consistentRead') ?? false,
      ...readPaging(request, scope, ctx),
      ...bag.params(),
    }),
  );
  return pageResult(out, scope, ctx);
};
