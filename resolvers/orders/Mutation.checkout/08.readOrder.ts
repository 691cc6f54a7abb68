// The answer: the order just placed (no read), or the order an earlier attempt with this key made.
import { runtime, type Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import { fail, raiseDataSourceError } from '../../lib/errors.ts';
import { orderKey } from '../../../contracts/table-keys.ts';
import { toOrder, type OrderItem } from '../../lib/orders.ts';

export function request(ctx: Context) {
  if (!ctx.stash.orderId && !ctx.stash.placed)
    fail('Checkout could not be completed; retry with the same idempotencyKey', 'ConflictError');
  if (!ctx.stash.orderId) runtime.earlyReturn(toOrder(ctx.stash.order as OrderItem));
  return ddb.get({ key: orderKey(ctx.stash.orderId as string), consistentRead: true });
}

export function response(ctx: Context) {
  raiseDataSourceError(ctx.error);
  const order = ctx.result as OrderItem | null;
  // the record lives under the caller's own key, so its order is theirs; checked all the same
  if (!order || order.customerId !== ctx.stash.sub)
    fail('The order for this idempotencyKey is gone', 'NotFound', { fields: ['input.idempotencyKey'] });
  return toOrder(order as OrderItem);
}
