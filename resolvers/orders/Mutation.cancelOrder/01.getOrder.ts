// The caller's order; someone else's is NotFound like a missing one (ids leak nothing). A PAID one with
// money not yet given back plans its full refund.
import type { Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import { fail, raiseDataSourceError } from '../../lib/errors.ts';
import { orderKey } from '../../../contracts/table-keys.ts';
import { planChange } from '../../lib/order-change.ts';
import { CUSTOMER_CANCELLABLE } from '../../lib/order-status.ts';
import type { OrderItem } from '../../lib/orders.ts';
import { refundable, refundKey } from '../../lib/payments.ts';
import type { MutationCancelOrderArgs } from '../../lib/schema-types.ts';

export function request(ctx: Context<MutationCancelOrderArgs>) {
  return ddb.get({ key: orderKey(ctx.args.id), consistentRead: true });
}

export function response(ctx: Context<MutationCancelOrderArgs>) {
  raiseDataSourceError(ctx.error);
  const order = ctx.result as OrderItem | null;
  if (!order || order.customerId !== ctx.stash.sub) fail(`id: no order ${ctx.args.id}`, 'NotFound', { fields: ['id'] });
  const current = (order as OrderItem).status;
  if (CUSTOMER_CANCELLABLE.indexOf(current) < 0) {
    fail(
      `Order ${ctx.args.id} is ${current}; only PENDING_PAYMENT or PAID orders can be cancelled`,
      'InvalidTransition',
      { from: current, to: 'CANCELLED' },
    );
  }
  // Money paid and not yet given back goes back in full first (02), then the order is cancelled (03).
  const left = current === 'PAID' ? refundable((order as OrderItem).payment) : 0;
  const note = left > 0 ? 'Cancelled by the customer; the payment is refunded in full' : null;
  planChange(ctx, order as OrderItem, 'CANCELLED', note);
  if (left > 0) {
    ctx.stash.refund = { amount: left, key: refundKey(ctx.args.id, (order as OrderItem).payment?.refunded ?? 0, left) };
  }
  return null;
}
