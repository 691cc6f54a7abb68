// A PAID order is refunded in full before it is cancelled (the `payments` Lambda, refund), under the
// same key refundOrder would use for that amount, so a retried cancel or an admin's full refund at the
// same moment makes one refund. Skipped for an unpaid order. Stripe down: an error, nothing changed.
import type { Context } from '@aws-appsync/utils';
import { refundRequest, refundResponse } from '../../lib/refund-call.ts';

export function request(ctx: Context) {
  return refundRequest(ctx);
}

export function response(ctx: Context) {
  return refundResponse(ctx, 'cancelOrder');
}
