// myCart: the caller's cart item (one GetItem), then its lines priced in one BatchGetItem.
// Reading creates nothing: no cart item is an empty cart.
import type { Context } from '@aws-appsync/utils';
import { requireCustomer } from '../../lib/cart.ts';

export function request(ctx: Context) {
  ctx.stash.sub = requireCustomer(ctx);
  return {};
}

export function response(ctx: Context) {
  return ctx.prev.result;
}
