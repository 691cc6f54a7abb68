// What one Stripe event does to its order (docs/payments.md, "Events and what each does"): a plan of
// one conditional order write (or none) and the money the shop must give back. The order's status
// moves only along the transition table, so a late or out-of-order event never moves it backwards.
import { orderListingKeys } from '../../contracts/table-keys.ts';
import type { OrderItem } from './orders.ts';
import type { OrderWrite } from './order-write.ts';
import { moveToRefunded } from './refunds.ts';
import type { PaymentItem } from './payments.ts';
import type { PaymentEventInput } from './schema-types.ts';

export interface EventPlan {
  write: OrderWrite | null;
  /** minor units to give back at once, or null */
  refundDue: number | null;
}

/** The events that say a Checkout Session was paid (an unpaid completion never reaches the shop). */
const PAID_EVENTS = ['checkout.session.completed', 'checkout.session.async_payment_succeeded'];
export const AMOUNT_MISMATCH = 'The amount paid did not match the order; it is being refunded';
const DECLINED = 'The payment was declined';

const nothing = (): EventPlan => ({ write: null, refundDue: null });
const due = (amount: number | null | undefined): number | null => (amount && amount > 0 ? amount : null);

/** The payment map for an order that has none yet (an event before any startPayment was recorded). */
function firstPayment(order: OrderItem): PaymentItem {
  return {
    status: 'UNPAID',
    amount: order.total,
    refunded: 0,
    failureMessage: null,
    attempt: 0,
    sessionId: null,
    sessionUrl: null,
    sessionExpiresAt: null,
    paymentIntentId: null,
    refundIds: [],
  };
}

/** Sets on the payment map: each field by path, or the whole map when the order has none. */
function paymentSets(order: OrderItem, fields: Partial<PaymentItem>): OrderWrite {
  if (!order.payment)
    return { sets: { payment: { ...firstPayment(order), ...fields } }, conditions: { payment: null } };
  const sets: Record<string, unknown> = {};
  Object.keys(fields).forEach((name) => {
    sets[`payment.${name}`] = (fields as Record<string, unknown>)[name];
  });
  return { sets, conditions: {} };
}

function withCondition(write: OrderWrite, conditions: Record<string, unknown>): OrderWrite {
  return { ...write, conditions: { ...write.conditions, ...conditions } };
}

/** A PENDING_PAYMENT order paid in full moves to PAID; any other amount or currency is refunded. */
function paidWhilePending(order: OrderItem, input: PaymentEventInput, at: string): EventPlan {
  const matches = input.amount === order.total && (input.currency ?? '').toUpperCase() === order.currency.toUpperCase();
  if (!matches) {
    const write = paymentSets(order, { status: 'FAILED', failureMessage: AMOUNT_MISMATCH });
    return { write: withCondition(write, { status: 'PENDING_PAYMENT' }), refundDue: due(input.amount) };
  }
  const reference = input.paymentIntentId ?? input.sessionId ?? input.eventId;
  const payment = paymentSets(order, {
    status: 'PAID',
    amount: order.total,
    failureMessage: null,
    paymentIntentId: input.paymentIntentId ?? null,
    ...(input.sessionId ? { sessionId: input.sessionId } : {}),
  });
  const write: OrderWrite = {
    sets: {
      ...payment.sets,
      status: 'PAID',
      updatedAt: at,
      gsi3pk: orderListingKeys(order.id, order.customerId, 'PAID').gsi3pk,
    },
    history: { status: 'PAID', at, note: `Paid through Stripe (${reference})` },
    conditions: { ...payment.conditions, status: 'PENDING_PAYMENT' },
  };
  return { write, refundDue: null };
}

/** Money for an order that is no longer PENDING_PAYMENT: never kept, never moving the order. */
function paidTooLate(order: OrderItem, input: PaymentEventInput, at: string): EventPlan {
  const refundDue = due(input.amount);
  const firstMoney = order.status === 'CANCELLED' && !order.payment?.paymentIntentId;
  if (firstMoney) {
    const write = paymentSets(order, { status: 'PAID', paymentIntentId: input.paymentIntentId ?? null });
    const history = { status: order.status, at, note: 'Paid after the order was cancelled; the payment is refunded' };
    return { write: { ...withCondition(write, { status: 'CANCELLED' }), history }, refundDue };
  }
  const reference = input.paymentIntentId ?? input.sessionId ?? input.eventId;
  const note = `A second payment (${reference}) arrived; it is refunded`;
  return {
    write: { sets: {}, history: { status: order.status, at, note }, conditions: { status: order.status } },
    refundDue,
  };
}

function paid(order: OrderItem, input: PaymentEventInput, at: string): EventPlan {
  const known = order.payment?.paymentIntentId;
  // The same payment seen again through another event type: nothing new.
  if (known && input.paymentIntentId && known === input.paymentIntentId) return nothing();
  return order.status === 'PENDING_PAYMENT' ? paidWhilePending(order, input, at) : paidTooLate(order, input, at);
}

/** A declined attempt: the shopper may pay again; ignored once paid or no longer pending. */
function failed(order: OrderItem, input: PaymentEventInput): EventPlan {
  const payment = order.payment;
  if (order.status !== 'PENDING_PAYMENT' || (payment && payment.status !== 'UNPAID' && payment.status !== 'FAILED')) {
    return nothing();
  }
  const write = paymentSets(order, { status: 'FAILED', failureMessage: input.failureMessage ?? DECLINED });
  const conditions = payment ? { status: 'PENDING_PAYMENT', 'payment.status': payment.status } : {};
  return { write: withCondition(write, { status: 'PENDING_PAYMENT', ...conditions }), refundDue: null };
}

/** The stored session expired: forget its page, so the next startPayment makes a new one. */
function expired(order: OrderItem, input: PaymentEventInput): EventPlan {
  const payment = order.payment;
  if (!payment?.sessionId || payment.sessionId !== input.sessionId || !payment.sessionUrl) return nothing();
  return {
    write: {
      sets: { 'payment.sessionUrl': null, 'payment.sessionExpiresAt': null },
      conditions: { 'payment.sessionId': payment.sessionId },
    },
    refundDue: null,
  };
}

/** Stripe's refunded total of the charge that paid the order: never lower than stored, never over the amount. */
function refunded(order: OrderItem, input: PaymentEventInput, at: string): EventPlan {
  const payment = order.payment;
  const total = input.amountRefunded ?? 0;
  if (!payment?.paymentIntentId || payment.paymentIntentId !== input.paymentIntentId) return nothing();
  if (total <= (payment.refunded ?? 0)) return nothing();
  const capped = Math.min(total, payment.amount);
  const full = capped >= payment.amount;
  const write: OrderWrite = {
    sets: { 'payment.refunded': capped, 'payment.status': full ? 'REFUNDED' : 'PARTIALLY_REFUNDED' },
    conditions: { 'payment.refunded': payment.refunded ?? 0 },
  };
  return { write: full ? moveToRefunded(order, write, at, 'Refunded in full through Stripe') : write, refundDue: null };
}

export function planEvent(order: OrderItem, input: PaymentEventInput, at: string): EventPlan {
  if (PAID_EVENTS.indexOf(input.type) >= 0) return paid(order, input, at);
  if (input.type === 'payment_intent.payment_failed') return failed(order, input);
  if (input.type === 'checkout.session.expired') return expired(order, input);
  if (input.type === 'charge.refunded') return refunded(order, input, at);
  return nothing();
}
