// One conditional write of the new session on `status = PENDING_PAYMENT` and the attempt read: an order
// expired or paid meanwhile, or a concurrent start that wrote first, leaves this one to 04.explainRace.
import { runtime, type Context } from '@aws-appsync/utils';
import { raiseDataSourceError } from '../../lib/errors.ts';
import type { OrderItem } from '../../lib/orders.ts';
import { orderUpdate } from '../../lib/order-write.ts';
import { sessionWrite, type CreatedSession } from '../../lib/payment-session.ts';

export function request(ctx: Context) {
  if (ctx.stash.session) runtime.earlyReturn(null);
  const order = ctx.stash.order as OrderItem;
  return orderUpdate(order.id, sessionWrite(order, ctx.stash.attempt as number, ctx.stash.created as CreatedSession));
}

export function response(ctx: Context) {
  if (ctx.error?.type === 'DynamoDB:ConditionalCheckFailedException') {
    ctx.stash.lost = true;
    return null;
  }
  raiseDataSourceError(ctx.error);
  const created = ctx.stash.created as CreatedSession;
  ctx.stash.session = { url: created.url, expiresAt: created.expiresAt };
  return null;
}
