// expireSession: closes a Checkout Session so it can no longer be paid. Stripe expires only open
// sessions; one already expired or complete is reported as such, not as an error (the caller leaves a
// complete one to the payment path).
// https://docs.stripe.com/api/checkout/sessions/expire
import { paymentErrorOf, stripeClient, stripeErrorStatus, type PaymentError } from '../lib/stripe.ts';
import { Reader, type Fields } from './input.ts';

export interface ExpireSessionRequest {
  sessionId: string;
}

export interface ExpiredSession {
  /** true when this call expired it; false when it was no longer open */
  expired: boolean;
  /** the session's status now: `expired` or `complete` */
  status: string;
}

export function readExpireSession(fields: Fields): ExpireSessionRequest | { error: PaymentError } {
  const r = new Reader(fields);
  const request = { sessionId: r.id('sessionId') };
  return r.error ? { error: r.error } : request;
}

export async function expireSession(request: ExpireSessionRequest): Promise<ExpiredSession | { error: PaymentError }> {
  try {
    const stripe = await stripeClient();
    try {
      const session = await stripe.checkout.sessions.expire(request.sessionId);
      return { expired: true, status: session.status ?? 'expired' };
    } catch (err) {
      // Stripe answers 400 for a session that is not open; its status, not the wording, says which.
      if (stripeErrorStatus(err) !== 400) throw err;
      const session = await stripe.checkout.sessions.retrieve(request.sessionId);
      if (session.status === 'open') throw err;
      return { expired: false, status: session.status ?? 'unknown' };
    }
  } catch (err) {
    return { error: paymentErrorOf(err) };
  }
}
