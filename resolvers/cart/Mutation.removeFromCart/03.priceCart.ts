// The cart as it now is, at current prices and stock: one BatchGetItem of its variants and products.
import type { Context } from '@aws-appsync/utils';
import { priceCartRequest, priceCartResponse } from '../../lib/cart.ts';

export function request(ctx: Context) {
  return priceCartRequest(ctx);
}

export function response(ctx: Context) {
  return priceCartResponse(ctx);
}
