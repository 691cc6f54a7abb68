// POST /v1/checkout/sessions/:id/expire (docs.stripe.com/api/checkout/sessions/expire): open sessions
// only; the customer can no longer pay and checkout.session.expired is sent.
import { invalidRequest, resourceMissing } from './errors.ts';
import { eventRequest, ok, type Operation } from './operation.ts';
import { ParamReader } from './params.ts';
import { expandedSession, expireDueSessions, expireSession } from './sessions.ts';

export const expireCheckoutSession: Operation = (context, request) => {
  const reader = new ParamReader(request.params);
  reader.only(['expand']);
  const expand = reader.strings('expand');
  if (reader.error) return reader.error;
  expireDueSessions(context);
  const id = request.pathParams.id as string;
  const stored = context.store.state.sessions[id];
  if (!stored) return resourceMissing('checkout.session', id);
  if (stored.session.status !== 'open') {
    // the text Stripe answers (Sylius/PayumStripePlugin#70)
    return invalidRequest(
      'Only Checkout Sessions with a status in ["open"] can be expired. ' +
        `This Checkout Session has a status of \`${stored.session.status}\`.`,
    );
  }
  expireSession(context, stored, eventRequest(request));
  context.expiryChanged();
  return ok(expandedSession(context, stored, expand));
};
