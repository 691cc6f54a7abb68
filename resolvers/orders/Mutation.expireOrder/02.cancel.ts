// The cancellation and every line's restock in one transaction on `status = PENDING_PAYMENT`
// (lib/order-change.ts): a payment that won meanwhile leaves the order alone and the answer null.
import { runtime, type Context } from '@aws-appsync/utils';
import { cancellationReasons, conditionFailed, raiseDataSourceError } from '../../lib/errors.ts';
import { changeStatusRequest, type PlannedChange } from '../../lib/order-change.ts';
import { toOrder, type OrderItem } from '../../lib/orders.ts';

export function request(ctx: Context) {
  if (!ctx.stash.change) runtime.earlyReturn(null);
  return changeStatusRequest(ctx);
}

export function response(ctx: Context) {
  if (ctx.error && conditionFailed(cancellationReasons(ctx.result)[0])) return null;
  raiseDataSourceError(ctx.error);
  const order = ctx.stash.order as OrderItem;
  const change = ctx.stash.change as PlannedChange;
  const after: OrderItem = {
    ...order,
    status: change.to,
    updatedAt: change.entry.at,
    statusHistory: [...(order.statusHistory ?? []), change.entry],
  };
  ctx.stash.expired = { order: toOrder(after), sessionId: order.payment?.sessionId ?? null };
  return null;
}
