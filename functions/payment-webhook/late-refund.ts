// The refund the shop owes when money arrived that it cannot keep (a payment for an order already
// cancelled or expired, or an amount that is not the order's total). Keyed by order and payment intent,
// so however often the event is delivered, Stripe makes one refund (docs.stripe.com/api/idempotent_requests).
import { paymentErrorOf, stripeClient, stripeErrorCode } from '../lib/stripe.ts';

export const lateRefundKey = (orderId: string, paymentIntentId: string) =>
  `late-payment-refund:${orderId}:${paymentIntentId}`;

export type LateRefund = { refundId: string; amount: number } | { alreadyRefunded: true } | { failed: string };

export async function refundLatePayment(orderId: string, paymentIntentId: string, amount: number): Promise<LateRefund> {
  try {
    const stripe = await stripeClient();
    const refund = await stripe.refunds.create(
      { payment_intent: paymentIntentId, amount, metadata: { orderId, cause: 'late-payment' } },
      { idempotencyKey: lateRefundKey(orderId, paymentIntentId) },
    );
    return { refundId: refund.id, amount: refund.amount };
  } catch (err) {
    // After Stripe forgets the key (24 h) a redelivery finds the charge refunded: the work is done.
    if (stripeErrorCode(err) === 'charge_already_refunded') return { alreadyRefunded: true };
    const { type, message } = paymentErrorOf(err);
    return { failed: `${type}: ${message}` };
  }
}
