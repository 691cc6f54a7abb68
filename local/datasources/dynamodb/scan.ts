// Scan → { items, nextToken, scannedCount }; parallel scans take segment and totalSegments together.
import { ScanCommand } from '@aws-sdk/client-dynamodb';
import { ExpressionBag, projection } from './expressions.ts';
import type { Operation } from './operation.ts';
import { pageResult, readPaging, tokenScope } from './paging.ts';
import { optionalBoolean, optionalInteger, optionalString, RequestError } from './request-error.ts';

export const scan: Operation = async (request, ctx) => {
  const index = optionalString(request['index'], 'index');
  const scope = tokenScope('Scan', index, ctx);
  const segment = optionalInteger(request['segment'], 'segment');
  const totalSegments = optionalInteger(request['totalSegments'], 'totalSegments');
  if ((segment === undefined) !== (totalSegments === undefined)) {
    throw new RequestError("'segment' and 'totalSegments' must be given together or not at all.");
  }
  const bag = new ExpressionBag();
  const filter = request['filter'] == null ? {} : { FilterExpression: bag.add(request['filter'], 'filter') };
  const out = await ctx.client.send(
    new ScanCommand({
      TableName: ctx.tableName,
      ...(index === undefined ? {} : { IndexName: index }),
      ...filter,
      ...projection(request['projection'], 'projection', bag),
      ConsistentRead: optionalBoolean(request['consistentRead'], 'consistentRead') ?? false,
      ...(segment === undefined ? {} : { Segment: segment, TotalSegments: totalSegments }),
      ...readPaging(request, scope, ctx),
      ...bag.params(),
    }),
  );
  return pageResult(out, scope, ctx);
};
