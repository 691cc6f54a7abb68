// The caller's order; someone else's is NotFound like a missing one (ids leak nothing).
import type { Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import { fail, raiseDataSourceError } from '../../lib/errors.ts';
import { orderKey } from '../../lib/keys.ts';
import { planChange } from '../../lib/order-change.ts';
import { CUSTOMER_CANCELLABLE } from '../../lib/order-status.ts';
import type { OrderItem } from '../../lib/orders.ts';
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
  planChange(ctx, order as OrderItem, 'CANCELLED', null);
  return null;
}
