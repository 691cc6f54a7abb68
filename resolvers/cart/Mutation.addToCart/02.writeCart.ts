// Puts the changed lines back, only if the cart is still the version the first step read.
import type { Context } from '@aws-appsync/utils';
import { writeCartRequest, writeCartResponse } from '../../lib/cart.ts';

export function request(ctx: Context) {
  return writeCartRequest(ctx);
}

export function response(ctx: Context) {
  return writeCartResponse(ctx);
}
