// Only when 03 lost: the order as it is now. Stripe made one refund for both requests of a double
// click (same key), and the winner recorded it; a refund recorded by neither (two admins at once with
// different amounts) reaches `payment.refunded` through Stripe's charge.refunded event.
import { runtime, type Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import { fail, raiseDataSourceError } from '../../lib/errors.ts';
import { orderKey } from '../../../contracts/table-keys.ts';
import { toOrder, type OrderItem } from '../../lib/orders.ts';
import type { MutationRefundOrderArgs } from '../../lib/schema-types.ts';

export function request(ctx: Context<MutationRefundOrderArgs>) {
  if (!ctx.stash.lost) runtime.earlyReturn(null);
  return ddb.get({ key: orderKey(ctx.args.id), consistentRead: true });
}

export function response(ctx: Context<MutationRefundOrderArgs>) {
  raiseDataSourceError(ctx.error);
  const order = ctx.result as OrderItem | null;
  if (!order) fail(`id: no order ${ctx.args.id}`, 'NotFound', { fields: ['id'] });
  ctx.stash.result = toOrder(order as OrderItem);
  return null;
}
