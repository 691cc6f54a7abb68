// GET /v1/refunds/:id (docs.stripe.com/api/refunds/retrieve).
import { resourceMissing } from './errors.ts';
import { ok, type Operation } from './operation.ts';
import { ParamReader } from './params.ts';

export const retrieveRefund: Operation = (context, request) => {
  const reader = new ParamReader(request.params);
  reader.only(['expand']);
  if (reader.error) return reader.error;
  const id = request.pathParams.id as string;
  const refund = context.store.state.refunds[id];
  return refund ? ok(refund) : resourceMissing('refund', id);
};
