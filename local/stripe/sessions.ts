// Checkout Sessions as the API shows them: `url` only while open (docs.stripe.com/api/checkout/sessions/object),
// `line_items` and `payment_intent` expanded on request, and expiry (manual or at expires_at), which
// is the one path to `expired` and always sends `checkout.session.expired`.
import { unixSeconds } from './clock.ts';
import type { EventRequest } from './events.ts';
import type { CheckoutSession, StoredSession } from './objects.ts';
import type { OperationContext } from './operation.ts';

export function hostedPagePath(id: string): string {
  return `/c/pay/${id}`;
}

/** The session object as of now (its url depends on the port the twin listens on). */
export function sessionView(context: OperationContext, stored: StoredSession): CheckoutSession {
  const session = stored.session;
  return { ...session, url: session.status === 'open' ? `${context.baseUrl}${hostedPagePath(session.id)}` : null };
}

export function lineItemsList(stored: StoredSession) {
  return {
    object: 'list',
    data: stored.lines,
    has_more: false,
    url: `/v1/checkout/sessions/${stored.session.id}/line_items`,
  };
}

/** The view with the `expand[]` paths Stripe allows here: line_items and payment_intent. */
export function expandedSession(context: OperationContext, stored: StoredSession, expand: readonly string[]) {
  const view: Record<string, unknown> = { ...sessionView(context, stored) };
  if (expand.includes('line_items')) view.line_items = lineItemsList(stored);
  const intentId = stored.session.payment_intent;
  if (expand.includes('payment_intent') && intentId) view.payment_intent = context.store.state.paymentIntents[intentId];
  return view;
}

export function expireSession(context: OperationContext, stored: StoredSession, request?: EventRequest): void {
  stored.session.status = 'expired';
  context.events.emit('checkout.session.expired', sessionView(context, stored), request);
}

/** Expires every open session whose expires_at has passed; returns how many. */
export function expireDueSessions(context: OperationContext): number {
  const now = unixSeconds(context.clock);
  let count = 0;
  for (const stored of Object.values(context.store.state.sessions)) {
    if (stored.session.status === 'open' && stored.session.expires_at <= now) {
      expireSession(context, stored);
      count++;
    }
  }
  return count;
}

/** The soonest expires_at of an open session, in ms, or undefined when none is open. */
export function nextExpiryMs(context: OperationContext): number | undefined {
  let soonest: number | undefined;
  for (const stored of Object.values(context.store.state.sessions)) {
    if (stored.session.status !== 'open') continue;
    const at = stored.session.expires_at * 1000;
    if (soonest === undefined || at < soonest) soonest = at;
  }
  return soonest;
}
