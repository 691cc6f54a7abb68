// The Stripe webhook (a Lambda function URL, payload format 2.0). It verifies Stripe-Signature on the
// raw bytes with the official package and the endpoint's signing secret (default tolerance, 300 s);
// anything else is a 400 that changes nothing. A verified event goes to recordPaymentEvent; when the
// shop must give money back it refunds at once. 500 whenever the event must be delivered again.
// https://docs.stripe.com/webhooks#verify-events, https://docs.aws.amazon.com/lambda/latest/dg/urls-invocation.html
import Stripe from 'stripe';
import { paymentErrorOf, stripeClient, webhookSecret } from '../lib/stripe.ts';
import { isUnpaidCompletion, paymentEventInput, type PaymentEventInput } from './event-input.ts';
import { refundLatePayment } from './late-refund.ts';
import { recordPaymentEvent } from './record.ts';

/** The parts of a function URL request (payload format 2.0) the webhook reads; header names are lower-case. */
export interface FunctionUrlEvent {
  headers?: Record<string, string | undefined>;
  body?: string;
  isBase64Encoded?: boolean;
  requestContext?: { http?: { method?: string } };
}

export interface FunctionUrlResult {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

const answer = (statusCode: number, body: object): FunctionUrlResult => ({
  statusCode,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

/** The body exactly as Stripe sent it: function URLs base64-encode bodies they do not treat as text. */
function rawBody(event: FunctionUrlEvent): Buffer {
  return Buffer.from(event.body ?? '', event.isBase64Encoded ? 'base64' : 'utf8');
}

function verified(event: FunctionUrlEvent, secret: string): Stripe.Event | undefined {
  const signature = event.headers?.['stripe-signature'];
  if (!signature) return undefined;
  try {
    return Stripe.webhooks.constructEvent(rawBody(event), signature, secret);
  } catch {
    return undefined;
  }
}

/** Charges and refunds made outside the shop may lack the metadata; their payment intent carries it. */
async function withOrderId(input: PaymentEventInput, objectKind: unknown): Promise<PaymentEventInput> {
  if (input.orderId || !input.paymentIntentId || objectKind === 'payment_intent') return input;
  const stripe = await stripeClient();
  const intent = await stripe.paymentIntents.retrieve(input.paymentIntentId);
  return { ...input, orderId: intent.metadata?.orderId || null };
}

/** Applies one verified event; answers the log line's outcome and whether Stripe must deliver it again. */
async function apply(event: Stripe.Event): Promise<{ outcome: string; retry: boolean }> {
  if (isUnpaidCompletion(event)) return { outcome: 'skipped: completed, payment still pending', retry: false };
  const input = await withOrderId(paymentEventInput(event), (event.data.object as { object?: unknown }).object);
  if (!input.orderId) return { outcome: 'skipped: names no order', retry: false };
  const recorded = await recordPaymentEvent(input);
  if ('failed' in recorded)
    return { outcome: `order ${input.orderId}: not recorded (${recorded.failed})`, retry: true };
  const { applied, refundDue, order } = recorded.result;
  let outcome = `order ${input.orderId}: ${applied ? 'applied' : 'already applied'} (${order?.status ?? 'no order'})`;
  if (!refundDue || refundDue <= 0) return { outcome, retry: false };
  if (!input.paymentIntentId)
    return { outcome: `${outcome}; refund of ${refundDue} due, no payment intent`, retry: false };
  const refund = await refundLatePayment(input.orderId, input.paymentIntentId, refundDue);
  if ('failed' in refund)
    return { outcome: `${outcome}; refund of ${refundDue} failed (${refund.failed})`, retry: true };
  outcome += 'alreadyRefunded' in refund ? '; already refunded' : `; refunded ${refund.amount} (${refund.refundId})`;
  return { outcome, retry: false };
}

export async function handler(event: FunctionUrlEvent): Promise<FunctionUrlResult> {
  if ((event.requestContext?.http?.method ?? 'POST') !== 'POST') return answer(405, { error: 'POST only' });
  let secret: string;
  try {
    secret = await webhookSecret();
  } catch (err) {
    console.error(`stripe webhook: signing secret unavailable (${(err as Error).name})`);
    return answer(500, { error: 'not ready' });
  }
  const stripeEvent = verified(event, secret);
  if (!stripeEvent) {
    console.warn('stripe webhook: refused a request without a valid Stripe-Signature');
    return answer(400, { error: 'invalid signature' });
  }
  const head = `stripe ${stripeEvent.id} ${stripeEvent.type}`;
  try {
    const { outcome, retry } = await apply(stripeEvent);
    (retry ? console.error : console.log)(`${head}: ${outcome}`);
    return retry ? answer(500, { error: 'not applied, deliver again' }) : answer(200, { received: true });
  } catch (err) {
    // Stripe's own messages may echo part of a key, so its errors are logged in our words.
    const { name, message } = err as Error;
    const said = err instanceof Stripe.errors.StripeError ? paymentErrorOf(err) : { type: name, message };
    console.error(`${head}: failed (${said.type}: ${said.message})`);
    return answer(500, { error: 'not applied, deliver again' });
  }
}
