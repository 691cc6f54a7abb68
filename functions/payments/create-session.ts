// createSession: one Stripe Checkout Session (hosted page, mode payment) for one payment attempt of an
// order, for exactly the amounts the resolver read from the stored order. The idempotency key names the
// order and the attempt, so a retried or doubled call gets the same session, never a second one.
// https://docs.stripe.com/api/checkout/sessions/create, https://docs.stripe.com/api/idempotent_requests
import type Stripe from 'stripe';
import { paymentErrorOf, stripeClient, type PaymentError } from '../lib/stripe.ts';
import { Reader, type Fields } from './input.ts';

/** Stripe's unit_amount limit is 8 digits in most currencies (amount_too_large beyond). */
const MAX_AMOUNT = 99_999_999;
/** Checkout takes at most 100 line items in payment mode. */
const MAX_LINES = 100;

export interface CreateSessionRequest {
  orderId: string;
  attempt: number;
  lines: Array<{ name: string; quantity: number; unitAmount: number }>;
  total: number;
  currency: string;
  customerEmail?: string;
  successUrl: string;
  cancelUrl: string;
  /** Unix seconds */
  expiresAt: number;
}

export interface CreatedSession {
  sessionId: string;
  url: string;
  /** ISO 8601, the session's own expires_at */
  expiresAt: string;
}

export const sessionIdempotencyKey = (orderId: string, attempt: number) => `checkout-session:${orderId}:${attempt}`;

export function readCreateSession(fields: Fields): CreateSessionRequest | { error: PaymentError } {
  const r = new Reader(fields);
  const lines = r.list('lines', 1, MAX_LINES).map((line, i) => ({
    name: r.text(`lines[${i}].name`, 250, line.name),
    quantity: r.int(`lines[${i}].quantity`, 1, 10_000, line.quantity),
    unitAmount: r.int(`lines[${i}].unitAmount`, 0, MAX_AMOUNT, line.unitAmount),
  }));
  const request: CreateSessionRequest = {
    orderId: r.id('orderId'),
    attempt: r.int('attempt', 1, 1_000_000),
    lines,
    total: r.int('total', 1, MAX_AMOUNT),
    currency: r.currency('currency'),
    successUrl: r.url('successUrl'),
    cancelUrl: r.url('cancelUrl'),
    expiresAt: r.unixSeconds('expiresAt'),
  };
  const email = r.optionalText('customerEmail', 800);
  if (email !== undefined) request.customerEmail = email;
  const sum = lines.reduce((acc, line) => acc + line.quantity * line.unitAmount, 0);
  if (!r.error && sum !== request.total) r.problem(`the lines add up to ${sum}, not the total ${request.total}`);
  return r.error ? { error: r.error } : request;
}

function sessionParams(request: CreateSessionRequest): Stripe.Checkout.SessionCreateParams {
  const metadata = { orderId: request.orderId };
  return {
    mode: 'payment',
    line_items: request.lines.map((line) => ({
      price_data: { currency: request.currency, unit_amount: line.unitAmount, product_data: { name: line.name } },
      quantity: line.quantity,
    })),
    success_url: request.successUrl,
    cancel_url: request.cancelUrl,
    client_reference_id: request.orderId,
    metadata,
    payment_intent_data: { metadata },
    expires_at: request.expiresAt,
    ...(request.customerEmail ? { customer_email: request.customerEmail } : {}),
  };
}

const notOpen = (session: Stripe.Checkout.Session): PaymentError => ({
  type: 'ConflictError',
  code: 'session_not_open',
  message: `the session of this attempt is ${session.status ?? 'unknown'}; start a new attempt`,
});

export async function createSession(request: CreateSessionRequest): Promise<CreatedSession | { error: PaymentError }> {
  try {
    const stripe = await stripeClient();
    const key = sessionIdempotencyKey(request.orderId, request.attempt);
    let session = await stripe.checkout.sessions.create(sessionParams(request), { idempotencyKey: key });
    // A replayed key answers the session as it was then; what counts is whether it is still open.
    if (session.lastResponse?.headers?.['idempotent-replayed'] === 'true') {
      session = await stripe.checkout.sessions.retrieve(session.id);
    }
    if (session.status !== 'open' || !session.url) return { error: notOpen(session) };
    if (session.amount_total !== request.total || session.currency !== request.currency) {
      // Never hand out a page that charges something else than the order (payments-and-totals.md rule 1).
      await stripe.checkout.sessions.expire(session.id).catch(() => undefined);
      return { error: { type: 'ConflictError', message: 'the session’s amount did not match the order' } };
    }
    return { sessionId: session.id, url: session.url, expiresAt: new Date(session.expires_at * 1000).toISOString() };
  } catch (err) {
    return { error: paymentErrorOf(err) };
  }
}
