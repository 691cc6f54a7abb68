// Paying a Checkout Session, as the hosted page (and POST /_twin/checkout/sessions/:id/pay) does:
// the first attempt creates the PaymentIntent (docs.stripe.com/changelog/2022-08-01: it appears when
// the session is confirmed). A decline leaves the session open and the intent at
// requires_payment_method with last_payment_error (payment_intent.payment_failed); a success makes a
// charge, moves the intent to succeeded (payment_intent.succeeded) and completes the session
// (checkout.session.completed, payment_status paid).
import { unixSeconds } from './clock.ts';
import { newId } from './ids.ts';
import type { Charge, PaymentError, PaymentIntent, StoredSession } from './objects.ts';
import type { OperationContext } from './operation.ts';
import { expireDueSessions, sessionView } from './sessions.ts';
import { checkCard, type CardInput } from './test-cards.ts';

export type PayOutcome =
  | { kind: 'missing' }
  | { kind: 'closed'; stored: StoredSession }
  | { kind: 'invalid'; stored: StoredSession; field: 'number' | 'expiry' | 'cvc'; message: string }
  | { kind: 'declined'; stored: StoredSession; error: PaymentError; intent: PaymentIntent }
  | { kind: 'paid'; stored: StoredSession };

function ensureIntent(context: OperationContext, stored: StoredSession): PaymentIntent {
  const { paymentIntents } = context.store.state;
  const existing = stored.session.payment_intent ? paymentIntents[stored.session.payment_intent] : undefined;
  if (existing) return existing;
  const id = newId('pi_');
  const intent: PaymentIntent = {
    id,
    object: 'payment_intent',
    amount: stored.session.amount_total,
    amount_received: 0,
    client_secret: `${id}_secret_${newId('', 25)}`,
    created: unixSeconds(context.clock),
    currency: stored.session.currency,
    description: stored.intentData.description,
    last_payment_error: null,
    latest_charge: null,
    livemode: false,
    metadata: { ...stored.intentData.metadata },
    payment_method: null,
    payment_method_types: ['card'],
    status: 'requires_payment_method',
  };
  paymentIntents[id] = intent;
  stored.session.payment_intent = id;
  context.events.emit('payment_intent.created', intent);
  return intent;
}

function succeed(context: OperationContext, stored: StoredSession, intent: PaymentIntent, paymentMethod: string) {
  const charge: Charge = {
    id: newId('ch_'),
    object: 'charge',
    amount: intent.amount,
    amount_captured: intent.amount,
    amount_refunded: 0,
    captured: true,
    created: unixSeconds(context.clock),
    currency: intent.currency,
    livemode: false,
    metadata: { ...intent.metadata }, // UNVERIFIED against Stripe: whether a charge copies its intent's metadata
    paid: true,
    payment_intent: intent.id,
    payment_method: paymentMethod,
    refunded: false,
    status: 'succeeded',
  };
  context.store.state.charges[charge.id] = charge;
  Object.assign(intent, {
    status: 'succeeded',
    amount_received: intent.amount,
    latest_charge: charge.id,
    last_payment_error: null,
    payment_method: paymentMethod,
  });
  context.events.emit('payment_intent.succeeded', intent);
  Object.assign(stored.session, {
    status: 'complete',
    payment_status: 'paid',
    customer_details: { email: stored.session.customer_email },
  });
  context.events.emit('checkout.session.completed', sessionView(context, stored));
}

export function payCheckoutSession(context: OperationContext, sessionId: string, card: CardInput): PayOutcome {
  expireDueSessions(context);
  const stored = context.store.state.sessions[sessionId];
  if (!stored) return { kind: 'missing' };
  if (stored.session.status !== 'open') return { kind: 'closed', stored };
  const check = checkCard(card, context.clock);
  if (!check.ok) return { kind: 'invalid', stored, field: check.field, message: check.message };
  const intent = ensureIntent(context, stored);
  const paymentMethod = newId('pm_');
  if (check.outcome.kind === 'succeeded') {
    succeed(context, stored, intent, paymentMethod);
    context.expiryChanged();
    return { kind: 'paid', stored };
  }
  const { code, declineCode, message } = check.outcome;
  const error: PaymentError = {
    type: 'card_error',
    code,
    ...(declineCode ? { decline_code: declineCode } : {}),
    message,
    doc_url: `https://stripe.com/docs/error-codes/${code.replaceAll('_', '-')}`,
    payment_method: {
      id: paymentMethod,
      object: 'payment_method',
      type: 'card',
      card: { brand: check.brand, last4: check.last4 },
    },
  };
  Object.assign(intent, { status: 'requires_payment_method', last_payment_error: error, payment_method: null });
  context.events.emit('payment_intent.payment_failed', intent);
  return { kind: 'declined', stored, error, intent };
}

/** Where the shopper goes after paying: success_url with `{CHECKOUT_SESSION_ID}` filled in. */
export function successRedirect(stored: StoredSession): string | undefined {
  return stored.session.success_url?.replaceAll('{CHECKOUT_SESSION_ID}', stored.session.id);
}
