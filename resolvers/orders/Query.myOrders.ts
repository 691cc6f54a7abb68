// myOrders: the caller's orders, newest first: one Query on GSI1 `CUSTOMER#<sub>#ORDERS`.
import type { Context } from '@aws-appsync/utils';
import { fail } from '../lib/errors.ts';
import { callerSub } from '../lib/identity.ts';
import { orderListingIndex } from '../../contracts/table-keys.ts';
import { orderPageResponse, queryOrderPage } from '../lib/orders.ts';
import { checkNextToken } from '../lib/page-token.ts';
import type { QueryMyOrdersArgs } from '../lib/schema-types.ts';
import { checkLimit, raiseIfInvalid, type Problems } from '../lib/validation.ts';

export function request(ctx: Context<QueryMyOrdersArgs>) {
  const sub = callerSub(ctx);
  if (!sub) fail('myOrders needs a signed-in user', 'Unauthorized');
  const problems: Problems = [];
  const limit = checkLimit(problems, ctx.args.limit);
  const nextToken = checkNextToken(problems, ctx.args.nextToken);
  raiseIfInvalid(problems);
  const listing = orderListingIndex(sub, null);
  return queryOrderPage(listing, limit, nextToken);
}

export function response(ctx: Context<QueryMyOrdersArgs>) {
  return orderPageResponse(ctx);
}
