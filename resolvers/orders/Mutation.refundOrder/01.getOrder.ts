// The order and what of its payment is left to give back: never paid or all back is a ConflictError,
// more than is left a ValidationError; `amount` omitted means all that is left.
import type { Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import { fail, raiseDataSourceError } from '../../lib/errors.ts';
import { orderKey } from '../../../contracts/table-keys.ts';
import type { OrderItem } from '../../lib/orders.ts';
import { refundable, refundKey } from '../../lib/payments.ts';
import type { MutationRefundOrderArgs } from '../../lib/schema-types.ts';

export function request(ctx: Context<MutationRefundOrderArgs>) {
  return ddb.get({ key: orderKey(ctx.args.id), consistentRead: true });
}

export function response(ctx: Context<MutationRefundOrderArgs>) {
  raiseDataSourceError(ctx.error);
  const order = ctx.result as OrderItem | null;
  if (!order) fail(`id: no order ${ctx.args.id}`, 'NotFound', { fields: ['id'] });
  const { id, payment } = order as OrderItem;
  const left = refundable(payment);
  if (left <= 0) {
    const paymentStatus = payment?.status ?? null;
    const why = paymentStatus === 'REFUNDED' ? 'is already refunded in full' : 'was never paid';
    fail(`Order ${id} ${why}; nothing to refund`, 'ConflictError', { paymentStatus });
  }
  const amount = ctx.args.amount ?? left;
  if (amount > left) {
    fail(`amount: at most ${left} of order ${id} is paid and not yet refunded`, 'ValidationError', {
      fields: ['amount'],
      refundable: left,
    });
  }
  ctx.stash.order = order;
  ctx.stash.refund = { amount, key: refundKey(id, payment?.refunded ?? 0, amount) };
  return null;
}
