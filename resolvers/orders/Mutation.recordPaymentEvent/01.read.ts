// The event's record and the order in one consistent BatchGetItem: a recorded event answers what it
// did the first time (so a redelivery still finishes a refund that failed); otherwise the event is planned.
import type { Context } from '@aws-appsync/utils';
import { readRequest, readResponse } from '../../lib/payment-event-record.ts';
import type { MutationRecordPaymentEventArgs } from '../../lib/schema-types.ts';

export function request(ctx: Context<MutationRecordPaymentEventArgs>) {
  return readRequest(ctx);
}

export function response(ctx: Context<MutationRecordPaymentEventArgs>) {
  return readResponse(ctx);
}
