// One TransactWriteItems: the event's record (`attribute_not_exists`) and the planned order write on
// what was read. A duplicate delivery racing this one loses on the record; an order changed meanwhile
// is read and planned again (03, 04).
import type { Context } from '@aws-appsync/utils';
import { applyRequest, applyResponse } from '../../lib/payment-event-record.ts';
import type { MutationRecordPaymentEventArgs } from '../../lib/schema-types.ts';

export function request(ctx: Context<MutationRecordPaymentEventArgs>) {
  return applyRequest(ctx);
}

export function response(ctx: Context<MutationRecordPaymentEventArgs>) {
  return applyResponse(ctx, false);
}
