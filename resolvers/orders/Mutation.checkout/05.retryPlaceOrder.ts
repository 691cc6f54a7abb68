// The same transaction again, only after a TransactionConflict (another checkout held an item).
import type { Context } from '@aws-appsync/utils';
import { placeOrderResponse, retryPlaceOrderRequest } from '../../lib/checkout.ts';

export function request(ctx: Context) {
  return retryPlaceOrderRequest(ctx);
}

export function response(ctx: Context) {
  return placeOrderResponse(ctx, 2);
}
