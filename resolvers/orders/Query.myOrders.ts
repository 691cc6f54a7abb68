// myOrders: the caller's orders, newest first: one Query on GSI1 `CUSTOMER#<sub>#ORDERS`.
import type { Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import { fail, raiseDataSourceError } from '../lib/errors.ts';
import { callerSub } from '../lib/identity.ts';
import { orderListingIndex } from '../lib/keys.ts';
import { toOrderPage } from '../lib/orders.ts';
import type { QueryMyOrdersArgs } from '../lib/schema-types.ts';
import { checkLimit, raiseIfInvalid, type Problems } from '../lib/validation.ts';

export function request(ctx: Context<QueryMyOrdersArgs>) {
  const sub = callerSub(ctx);
  if (!sub) fail('myOrders needs a signed-in user', 'Unauthorized');
  const problems: Problems = [];
  const limit = checkLimit(problems, ctx.args.limit);
  raiseIfInvalid(problems);
  const listing = orderListingIndex(sub, null);
  return ddb.query({
    index: listing.index,
    query: { [listing.partitionAttribute]: { eq: listing.partition } },
    scanIndexForward: false,
    limit,
    nextToken: ctx.args.nextToken ?? undefined,
  });
}

export function response(ctx: Context<QueryMyOrdersArgs>) {
  if (ctx.error && ctx.args.nextToken && ctx.error.message.indexOf('nextToken') >= 0) {
    fail('nextToken is not valid for this listing; start again without it', 'ValidationError', {
      fields: ['nextToken'],
    });
  }
  raiseDataSourceError(ctx.error);
  return toOrderPage(ctx.result);
}
