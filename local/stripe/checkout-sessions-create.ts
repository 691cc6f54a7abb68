// POST /v1/checkout/sessions (docs.stripe.com/api/checkout/sessions/create), mode=payment only. The
// PaymentIntent is not made here: since API 2022-08-01 it appears when the customer pays.
import { unixSeconds } from './clock.ts';
import { invalidRequest } from './errors.ts';
import { newId } from './ids.ts';
import { readLineItems } from './line-items.ts';
import type { StoredSession } from './objects.ts';
import { ok, type Operation } from './operation.ts';
import { ParamReader } from './params.ts';
import { expandedSession } from './sessions.ts';

const ALLOWED = [
  'mode',
  'line_items',
  'success_url',
  'cancel_url',
  'client_reference_id',
  'metadata',
  'payment_intent_data',
  'expires_at',
  'customer_email',
  'expand',
  'locale',
  'payment_method_types',
  'ui_mode',
];
/** expires_at: "anywhere from 30 minutes to 24 hours after Checkout Session creation"; 24 h by default. */
const MIN_LIFETIME_S = 30 * 60;
const MAX_LIFETIME_S = 24 * 3600;

function readExpiresAt(reader: ParamReader, created: number): number | undefined {
  const expiresAt = reader.integer('expires_at');
  if (expiresAt === undefined) return reader.error ? undefined : created + MAX_LIFETIME_S;
  // UNVERIFIED against Stripe: the wording of these two refusals
  if (expiresAt < created + MIN_LIFETIME_S) {
    const message = 'The `expires_at` timestamp must be at least 30 minutes from Checkout Session creation.';
    return reader.fail(invalidRequest(message, 'expires_at'));
  }
  if (expiresAt > created + MAX_LIFETIME_S) {
    const message = 'The `expires_at` timestamp must be less than 24 hours from Checkout Session creation.';
    return reader.fail(invalidRequest(message, 'expires_at'));
  }
  return expiresAt;
}

function readOptions(reader: ParamReader): void {
  reader.string('locale');
  const types = reader.strings('payment_method_types');
  if (types.some((t) => t !== 'card')) {
    reader.fail(invalidRequest('The Stripe twin supports payment_method_types card only.', 'payment_method_types'));
  }
  reader.oneOf('ui_mode', ['hosted_page', 'hosted']);
}

export const createCheckoutSession: Operation = (context, request) => {
  const reader = new ParamReader(request.params);
  reader.only(ALLOWED);
  const mode = reader.string('mode', { required: true });
  if (mode !== undefined && mode !== 'payment') {
    return invalidRequest('The Stripe twin supports mode=payment only.', 'mode');
  }
  const created = unixSeconds(context.clock);
  const lines = readLineItems(reader);
  const successUrl = reader.url('success_url');
  const cancelUrl = reader.url('cancel_url');
  const clientReferenceId = reader.string('client_reference_id', { max: 200 });
  const metadata = reader.metadata('metadata') ?? {};
  const intentData = reader.object('payment_intent_data');
  intentData?.only(['metadata', 'description']);
  const intentMetadata = intentData?.metadata('metadata') ?? {};
  const description = intentData?.string('description', { max: 1000 }) ?? null;
  const expiresAt = readExpiresAt(reader, created);
  const customerEmail = reader.string('customer_email', { max: 800 }) ?? null;
  readOptions(reader);
  const expand = reader.strings('expand');
  if (reader.error || !lines || expiresAt === undefined) return reader.error ?? invalidRequest('Invalid request');
  const total = lines.reduce((sum, line) => sum + line.amount_total, 0);
  const stored: StoredSession = {
    session: {
      id: newId('cs_test_', 58),
      object: 'checkout.session',
      amount_subtotal: total,
      amount_total: total,
      cancel_url: cancelUrl ?? null,
      client_reference_id: clientReferenceId ?? null,
      created,
      currency: lines[0]?.currency ?? 'usd',
      customer_details: null,
      customer_email: customerEmail,
      expires_at: expiresAt,
      livemode: false,
      metadata,
      mode: 'payment',
      payment_intent: null,
      payment_method_types: ['card'],
      payment_status: 'unpaid',
      status: 'open',
      success_url: successUrl ?? null,
      ui_mode: 'hosted_page',
      url: null,
    },
    lines,
    intentData: { metadata: intentMetadata, description },
  };
  context.store.state.sessions[stored.session.id] = stored;
  context.expiryChanged();
  return ok(expandedSession(context, stored, expand));
};
