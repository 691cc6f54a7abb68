// GET /v1/checkout/sessions/:id, with expand[]=line_items / payment_intent
// (docs.stripe.com/api/checkout/sessions/retrieve). A session past expires_at is expired first.
import { resourceMissing } from './errors.ts';
import { ok, type Operation } from './operation.ts';
import { ParamReader } from './params.ts';
import { expandedSession, expireDueSessions } from './sessions.ts';

export const retrieveCheckoutSession: Operation = (context, request) => {
  const reader = new ParamReader(request.params);
  reader.only(['expand']);
  const expand = reader.strings('expand');
  if (reader.error) return reader.error;
  expireDueSessions(context);
  const id = request.pathParams.id as string;
  const stored = context.store.state.sessions[id];
  if (!stored) return resourceMissing('checkout.session', id);
  return ok(expandedSession(context, stored, expand));
};
