// POST /_twin/checkout/sessions/:id/pay: pays an open session without a browser, exactly as the
// hosted page does (same checks, objects and events), for scripts and tests, as `stripe trigger`
// stands in for a customer. `card[number]` is required; `card[expiry]` (12/34) and `card[cvc]` default.
// Paid: the completed session. Declined: 402 card_error with the payment_intent, as a confirm answers.
import { invalidRequest, resourceMissing, stripeError } from './errors.ts';
import { ok, type Operation } from './operation.ts';
import { ParamReader } from './params.ts';
import { payCheckoutSession } from './payments.ts';
import { sessionView } from './sessions.ts';

const FIELD_PARAM = { number: 'card[number]', expiry: 'card[expiry]', cvc: 'card[cvc]' } as const;

export const payCheckoutSessionByHand: Operation = (context, request) => {
  const reader = new ParamReader(request.params);
  reader.only(['card']);
  const card = reader.object('card', { required: true });
  card?.only(['number', 'expiry', 'cvc']);
  const number = card?.string('number', { required: true });
  const expiry = card?.string('expiry') ?? '12/34';
  const cvc = card?.string('cvc') ?? '123';
  if (reader.error || number === undefined) return reader.error ?? invalidRequest('Missing card');
  const id = request.pathParams.id as string;
  const outcome = payCheckoutSession(context, id, { number, expiry, cvc });
  switch (outcome.kind) {
    case 'missing':
      return resourceMissing('checkout.session', id);
    case 'closed':
      return invalidRequest(
        `This Checkout Session is no longer open: its status is \`${outcome.stored.session.status}\`.`,
      );
    case 'invalid':
      return invalidRequest(outcome.message, FIELD_PARAM[outcome.field]);
    case 'declined':
      return stripeError(402, { ...outcome.error, payment_intent: outcome.intent });
    case 'paid':
      return ok(sessionView(context, outcome.stored));
  }
};
