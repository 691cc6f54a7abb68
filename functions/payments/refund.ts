// refund: one refund of a PaymentIntent's charge under the caller's idempotency key, so a retried or
// doubled refundOrder never refunds twice. The admin's free-text reason goes into metadata only: Stripe's
// own `reason` values have effects (`fraudulent` blocks the card in Radar), which a note must not trigger.
// https://docs.stripe.com/api/refunds/create
import { paymentErrorOf, stripeClient, type PaymentError } from '../lib/stripe.ts';
import { Reader, type Fields } from './input.ts';

export interface RefundRequest {
  orderId: string;
  paymentIntentId: string;
  /** minor units, > 0 */
  amount: number;
  /** at most 255 characters (Stripe's limit); e.g. `refund:<orderId>:<n>` */
  idempotencyKey: string;
  reason?: string;
}

export interface RefundDone {
  refundId: string;
  amount: number;
  /** Stripe's refund status: `succeeded`, `pending`, `requires_action`, `failed` or `canceled` */
  status: string;
}

export function readRefund(fields: Fields): RefundRequest | { error: PaymentError } {
  const r = new Reader(fields);
  const request: RefundRequest = {
    orderId: r.id('orderId'),
    paymentIntentId: r.id('paymentIntentId'),
    amount: r.int('amount', 1, 99_999_999),
    idempotencyKey: r.text('idempotencyKey', 255),
  };
  const reason = r.optionalText('reason', 500);
  if (reason !== undefined) request.reason = reason;
  return r.error ? { error: r.error } : request;
}

export async function refund(request: RefundRequest): Promise<RefundDone | { error: PaymentError }> {
  try {
    const stripe = await stripeClient();
    const made = await stripe.refunds.create(
      {
        payment_intent: request.paymentIntentId,
        amount: request.amount,
        metadata: { orderId: request.orderId, ...(request.reason ? { note: request.reason } : {}) },
      },
      { idempotencyKey: request.idempotencyKey },
    );
    return { refundId: made.id, amount: made.amount, status: made.status ?? 'pending' };
  } catch (err) {
    return { error: paymentErrorOf(err) };
  }
}
