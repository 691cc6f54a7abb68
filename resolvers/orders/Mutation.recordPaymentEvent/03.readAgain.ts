// Only when 02's order write was refused (the order changed after the read): read both again.
import type { Context } from '@aws-appsync/utils';
import { readRequest, readResponse } from '../../lib/payment-event-record.ts';
import type { MutationRecordPaymentEventArgs } from '../../lib/schema-types.ts';

export function request(ctx: Context<MutationRecordPaymentEventArgs>) {
  return readRequest(ctx);
}

export function response(ctx: Context<MutationRecordPaymentEventArgs>) {
  return readResponse(ctx);
}
