// The `payments` Lambda (functions/payments, refund) refunds the order's PaymentIntent under the key
// planned in 01: Stripe answers a repeated key with the first refund, so a retry never refunds twice.
// https://docs.stripe.com/api/idempotent_requests
import type { Context } from '@aws-appsync/utils';
import { refundRequest, refundResponse } from '../../lib/refund-call.ts';

export function request(ctx: Context) {
  return refundRequest(ctx);
}

export function response(ctx: Context) {
  return refundResponse(ctx, 'refundOrder');
}
