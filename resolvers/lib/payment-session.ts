// What startPayment sends the `payments` Lambda (createSession) and writes back: the session's
// expiry, its lines from the stored order, and the one conditional write of the new session.
import type { OrderItem } from './orders.ts';
import type { OrderWrite } from './order-write.ts';
import type { PaymentItem } from './payments.ts';

const MINUTE = 60000;
/** Stripe: expires_at is 30 minutes to 24 hours after creation (docs.stripe.com/api/checkout/sessions/create). */
const SHORTEST = 31 * MINUTE;
const LONGEST = 24 * 60 * MINUTE;
/** Stripe's product_data.name limit as the payments function checks it. */
const NAME_LIMIT = 250;

/**
 * max(order placed + the unpaid window, now + 31 min), at most 24 h away; in whole minutes, so two
 * concurrent starts of one attempt usually send Stripe the same body under the same idempotency key.
 */
export function sessionExpiry(createdMs: number, minutes: number, nowMs: number): number {
  const wanted = Math.max(createdMs + minutes * MINUTE, nowMs + SHORTEST);
  return Math.min(Math.ceil(wanted / MINUTE) * MINUTE, Math.floor((nowMs + LONGEST) / MINUTE) * MINUTE);
}

export interface SessionLine {
  name: string;
  quantity: number;
  unitAmount: number;
}

/** One line per order line; one line for the whole order when the lines do not add up to its total. */
export function sessionLines(order: OrderItem): SessionLine[] {
  const lines = (order.lines ?? []).map((line) => ({
    name: line.name.slice(0, NAME_LIMIT),
    quantity: line.quantity,
    unitAmount: line.unitPrice,
  }));
  const sum = lines.reduce((acc, line) => acc + line.quantity * line.unitAmount, 0);
  if (lines.length > 0 && sum === order.total) return lines;
  return [{ name: `Order ${order.id}`, quantity: 1, unitAmount: order.total }];
}

export interface CreatedSession {
  sessionId: string;
  url: string;
  expiresAt: string;
}

/** Records attempt `attempt`'s session, only if the order is still PENDING_PAYMENT at attempt - 1. */
export function sessionWrite(order: OrderItem, attempt: number, session: CreatedSession): OrderWrite {
  if (!order.payment) {
    const payment: PaymentItem = {
      status: 'UNPAID',
      amount: order.total,
      refunded: 0,
      failureMessage: null,
      attempt,
      sessionId: session.sessionId,
      sessionUrl: session.url,
      sessionExpiresAt: session.expiresAt,
      paymentIntentId: null,
      refundIds: [],
    };
    return { sets: { payment }, conditions: { status: 'PENDING_PAYMENT', payment: null } };
  }
  return {
    sets: {
      'payment.attempt': attempt,
      'payment.sessionId': session.sessionId,
      'payment.sessionUrl': session.url,
      'payment.sessionExpiresAt': session.expiresAt,
    },
    conditions: { status: 'PENDING_PAYMENT', 'payment.attempt': attempt - 1 },
  };
}
