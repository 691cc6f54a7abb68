// Only for an empty cart and an unused key: items of one BatchGetItem are read one by one, so a
// retry may have read the key just before, and the cart just after, the first attempt committed.
// The key, read again now, tells a placed order from a truly empty cart.
import { runtime, type Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import type { CartRecord } from '../../lib/cart.ts';
import { fail, raiseDataSourceError } from '../../lib/errors.ts';
import { checkoutKey } from '../../../contracts/table-keys.ts';

export function request(ctx: Context) {
  if (ctx.stash.orderId || (ctx.stash.cart as CartRecord).lines.length > 0) runtime.earlyReturn(null);
  return ddb.get({ key: checkoutKey(ctx.stash.sub as string, ctx.stash.key as string), consistentRead: true });
}

export function response(ctx: Context) {
  raiseDataSourceError(ctx.error);
  const record = ctx.result as { orderId?: string } | null;
  if (!record?.orderId)
    fail('The cart is empty: add something before checking out', 'ValidationError', { fields: ['cart'] });
  ctx.stash.orderId = record?.orderId;
  return null;
}
