// An order's payment in words, the same on the shopper's orders and the admin's board.
import { formatMoney, type PaymentFieldsFragment } from '../../index.ts';

const WORDS: Record<PaymentFieldsFragment['status'], string> = {
  UNPAID: 'Unpaid',
  PROCESSING: 'Processing',
  PAID: 'Paid',
  FAILED: 'Failed',
  PARTIALLY_REFUNDED: 'Partially refunded',
  REFUNDED: 'Refunded',
};

/** "Paid", "Failed — Your card was declined.", "Partially refunded ($5.00 of $20.00)"; "Not started" when null. */
export function paymentWords(payment: PaymentFieldsFragment | null | undefined): string {
  if (!payment) return 'Not started';
  const words = WORDS[payment.status];
  if (payment.status === 'FAILED' && payment.failureMessage) return `${words} — ${payment.failureMessage}`;
  if (payment.status === 'PARTIALLY_REFUNDED') {
    return `${words} (${formatMoney(payment.refunded)} of ${formatMoney(payment.amount)})`;
  }
  return words;
}

export function PaymentStatus({ orderId, payment }: { orderId: string; payment: PaymentFieldsFragment | null }) {
  return (
    <span className="payment" data-testid={`payment-${orderId}`}>
      Payment: {paymentWords(payment)}
    </span>
  );
}

/** The page Stripe sends the shopper back to: this shop's own orders page, on the origin the shopper is on. */
export function ordersReturnUrl(orderId: string): string {
  return `${location.origin}/shop/orders?placed=${encodeURIComponent(orderId)}`;
}
