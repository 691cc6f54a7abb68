// The second and last try of the write; refused again, the answer is a ConflictError, so the webhook
// answers 500 and Stripe delivers the event again later.
import type { Context } from '@aws-appsync/utils';
import { applyRequest, applyResponse } from '../../lib/payment-event-record.ts';
import type { MutationRecordPaymentEventArgs } from '../../lib/schema-types.ts';

export function request(ctx: Context<MutationRecordPaymentEventArgs>) {
  return applyRequest(ctx);
}

export function response(ctx: Context<MutationRecordPaymentEventArgs>) {
  return applyResponse(ctx, true);
}
