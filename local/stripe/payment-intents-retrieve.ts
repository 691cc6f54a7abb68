// GET /v1/payment_intents/:id (docs.stripe.com/api/payment_intents/retrieve).
import { resourceMissing } from './errors.ts';
import { ok, type Operation } from './operation.ts';
import { ParamReader } from './params.ts';

export const retrievePaymentIntent: Operation = (context, request) => {
  const reader = new ParamReader(request.params);
  reader.only(['expand', 'client_secret']);
  const expand = reader.strings('expand');
  if (reader.error) return reader.error;
  const id = request.pathParams.id as string;
  const intent = context.store.state.paymentIntents[id];
  if (!intent) return resourceMissing('payment_intent', id);
  const charge = intent.latest_charge ? context.store.state.charges[intent.latest_charge] : undefined;
  return ok(expand.includes('latest_charge') && charge ? { ...intent, latest_charge: charge } : intent);
};
