// A verified Stripe event as recordPaymentEvent's input: the same fields whatever the object, read
// from the session, payment intent, charge or refund it carries. The order is named by the
// `metadata.orderId` the shop put on the session and its payment intent (charges and refunds point
// back through `payment_intent`). https://docs.stripe.com/api/events/types
import type Stripe from 'stripe';

export interface PaymentEventInput {
  eventId: string;
  /** Stripe's event type, verbatim (e.g. `checkout.session.completed`) */
  type: string;
  orderId: string | null;
  sessionId: string | null;
  paymentIntentId: string | null;
  /** minor units: the session's amount_total, the intent's amount, the charge's amount, the refund's amount */
  amount: number | null;
  /** ISO 4217 upper-case, as the shop writes currencies */
  currency: string | null;
  /** the decline's message in words (payment_intent.payment_failed) */
  failureMessage: string | null;
  /** charge.refunded: everything refunded on the charge so far */
  amountRefunded: number | null;
}

type Loose = Record<string, unknown>;

const str = (value: unknown): string | null => (typeof value === 'string' && value.length > 0 ? value : null);
const int = (value: unknown): number | null => (Number.isSafeInteger(value) ? (value as number) : null);
const idOf = (value: unknown): string | null =>
  str(value) ?? (value && typeof value === 'object' ? str((value as Loose).id) : null);
const orderIdOf = (object: Loose): string | null => str((object.metadata as Loose | null | undefined)?.orderId);

function fromObject(object: Loose): Omit<PaymentEventInput, 'eventId' | 'type'> {
  const kind = object.object;
  const input = {
    orderId: orderIdOf(object),
    sessionId: null as string | null,
    paymentIntentId: idOf(object.payment_intent),
    amount: int(object.amount),
    currency: str(object.currency)?.toUpperCase() ?? null,
    failureMessage: null as string | null,
    amountRefunded: null as number | null,
  };
  if (kind === 'checkout.session') {
    input.sessionId = str(object.id);
    input.amount = int(object.amount_total);
  } else if (kind === 'payment_intent') {
    input.paymentIntentId = str(object.id);
    input.failureMessage = str((object.last_payment_error as Loose | null | undefined)?.message);
  } else if (kind === 'charge') {
    input.amountRefunded = int(object.amount_refunded);
  }
  return input;
}

/** The mutation's input for `event`; `orderId` is null when the object does not name an order. */
export function paymentEventInput(event: Stripe.Event): PaymentEventInput {
  const object = event.data.object as unknown as Loose;
  return { eventId: event.id, type: event.type, ...fromObject(object) };
}

/**
 * Whether the event is a session completed without the money (a delayed method still settling): it
 * is not a payment yet, so it is not recorded; `checkout.session.async_payment_succeeded` follows.
 */
export function isUnpaidCompletion(event: Stripe.Event): boolean {
  if (event.type !== 'checkout.session.completed') return false;
  return (event.data.object as Stripe.Checkout.Session).payment_status === 'unpaid';
}
