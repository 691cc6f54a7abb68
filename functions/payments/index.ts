// The payments function (an AppSync Lambda data source): the Stripe calls behind startPayment
// (createSession, expireSession) and refundOrder (refund). The resolver sends `{ operation, ...fields }`
// and gets the result or `{ error: { type, message, code? } }`, which it maps to a GraphQL error.
// Contracts: README.md.
import type { PaymentError } from '../lib/stripe.ts';
import { createSession, readCreateSession, type CreatedSession } from './create-session.ts';
import { expireSession, readExpireSession, type ExpiredSession } from './expire-session.ts';
import type { Fields } from './input.ts';
import { readRefund, refund, type RefundDone } from './refund.ts';

export type PaymentsAnswer = CreatedSession | ExpiredSession | RefundDone | { error: PaymentError };

const isError = (value: object): value is { error: PaymentError } => 'error' in value;

export async function handler(event: unknown): Promise<PaymentsAnswer> {
  const fields = (event !== null && typeof event === 'object' ? event : {}) as Fields;
  const answer = await dispatch(fields);
  // One line per call: which operation, which order or session, and how it ended (never a secret).
  const subject = String(fields.orderId ?? fields.sessionId ?? '-').slice(0, 100);
  const outcome = isError(answer) ? `${answer.error.type}${answer.error.code ? ` (${answer.error.code})` : ''}` : 'ok';
  console.log(`payments ${String(fields.operation).slice(0, 40)} ${subject}: ${outcome}`);
  return answer;
}

async function dispatch(fields: Fields): Promise<PaymentsAnswer> {
  const operation = fields.operation;
  if (operation === 'createSession') {
    const request = readCreateSession(fields);
    return isError(request) ? request : createSession(request);
  }
  if (operation === 'expireSession') {
    const request = readExpireSession(fields);
    return isError(request) ? request : expireSession(request);
  }
  if (operation === 'refund') {
    const request = readRefund(fields);
    return isError(request) ? request : refund(request);
  }
  return {
    error: { type: 'ValidationError', message: 'operation must be createSession, expireSession or refund' },
  };
}
