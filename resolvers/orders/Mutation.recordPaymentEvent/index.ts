// recordPaymentEvent (internal: the payment webhook function over IAM): applies one verified Stripe
// event to its order at most once (lib/payment-events.ts plans it, lib/payment-event-record.ts writes
// it). An order id the API cannot have made names no order: answered without a read.
// 2 DynamoDB calls (BatchGetItem, TransactWriteItems); 4 when the order changed in between.
import type { Context } from '@aws-appsync/utils';
import { fail } from '../../lib/errors.ts';
import { isBackend } from '../../lib/identity.ts';
import { isId } from '../../lib/ids.ts';
import type { MutationRecordPaymentEventArgs } from '../../lib/schema-types.ts';
import { checkInt, checkOptionalText, checkPattern, raiseIfInvalid, type Problems } from '../../lib/validation.ts';

const MAX_AMOUNT = 1000000000;

export function request(ctx: Context<MutationRecordPaymentEventArgs>) {
  if (!isBackend(ctx)) fail('recordPaymentEvent is for the payment webhook over IAM', 'Unauthorized');
  const input = ctx.args.input;
  const problems: Problems = [];
  checkPattern(problems, 'input.eventId', input.eventId, '[A-Za-z0-9_]{1,255}', 'letters, digits and _ (1–255)');
  checkPattern(problems, 'input.type', input.type, '[a-z_.]{1,100}', 'a Stripe event type');
  for (const name of ['sessionId', 'paymentIntentId']) {
    const value = (input as Record<string, unknown>)[name];
    if (value !== null && value !== undefined) {
      checkPattern(problems, `input.${name}`, value, '[A-Za-z0-9_]{1,255}', 'letters, digits and _ (1–255)');
    }
  }
  for (const name of ['amount', 'amountRefunded']) {
    const value = (input as Record<string, unknown>)[name];
    if (value !== null && value !== undefined) checkInt(problems, `input.${name}`, value, 0, MAX_AMOUNT);
  }
  checkOptionalText(problems, 'input.currency', input.currency, 3);
  checkOptionalText(problems, 'input.failureMessage', input.failureMessage, 1000, true);
  raiseIfInvalid(problems);
  if (!isId(input.orderId)) ctx.stash.answer = { applied: false, refundDue: null, order: null };
  return {};
}

export function response(ctx: Context<MutationRecordPaymentEventArgs>) {
  return ctx.stash.answer;
}
