// listOrders (admins): every order newest first, GSI2 `ORDERS`; or one status, GSI3
// `ORDERS#<status>`, which follows every status change. One Query per page.
import type { Context } from '@aws-appsync/utils';
import { fail } from '../lib/errors.ts';
import { isAdmin } from '../lib/identity.ts';
import { orderListingIndex } from '../../contracts/table-keys.ts';
import { isOrderStatus } from '../lib/order-status.ts';
import { orderPageResponse, queryOrderPage } from '../lib/orders.ts';
import { checkNextToken } from '../lib/page-token.ts';
import type { QueryListOrdersArgs } from '../lib/schema-types.ts';
import { checkLimit, raiseIfInvalid, type Problems } from '../lib/validation.ts';

export function request(ctx: Context<QueryListOrdersArgs>) {
  if (!isAdmin(ctx)) fail('listOrders is for admins', 'Unauthorized');
  const problems: Problems = [];
  const limit = checkLimit(problems, ctx.args.limit);
  const nextToken = checkNextToken(problems, ctx.args.nextToken);
  const status = ctx.args.status ?? null;
  if (status !== null && !isOrderStatus(status))
    problems.push({ field: 'status', message: 'status must be an OrderStatus' });
  raiseIfInvalid(problems);
  const listing = orderListingIndex(null, status);
  return queryOrderPage(listing, limit, nextToken);
}

export function response(ctx: Context<QueryListOrdersArgs>) {
  return orderPageResponse(ctx);
}
