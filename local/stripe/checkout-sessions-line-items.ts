// GET /v1/checkout/sessions/:id/line_items (docs.stripe.com/api/checkout/sessions/line_items): one
// page holding every line (a session has at most 100); `limit` and cursors are accepted and unneeded.
import { resourceMissing } from './errors.ts';
import { ok, type Operation } from './operation.ts';
import { ParamReader } from './params.ts';
import { lineItemsList } from './sessions.ts';

export const listCheckoutSessionLineItems: Operation = (context, request) => {
  const reader = new ParamReader(request.params);
  reader.only(['limit', 'starting_after', 'ending_before', 'expand']);
  reader.integer('limit', { min: 1, max: 100 });
  if (reader.error) return reader.error;
  const id = request.pathParams.id as string;
  const stored = context.store.state.sessions[id];
  if (!stored) return resourceMissing('checkout.session', id);
  return ok(lineItemsList(stored));
};
