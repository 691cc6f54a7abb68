// The one atomic write: stock decrements, order, idempotency record, cart removal.
import { runtime, type Context } from '@aws-appsync/utils';
import { placeOrderRequest, placeOrderResponse } from '../../lib/checkout.ts';

export function request(ctx: Context) {
  if (ctx.stash.orderId) runtime.earlyReturn(null);
  return placeOrderRequest(ctx);
}

export function response(ctx: Context) {
  return placeOrderResponse(ctx, 1);
}
