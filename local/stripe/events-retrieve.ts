// GET /v1/events/:id (docs.stripe.com/api/events/retrieve).
import { resourceMissing } from './errors.ts';
import { ok, type Operation } from './operation.ts';
import { ParamReader } from './params.ts';

export const retrieveEvent: Operation = (context, request) => {
  const reader = new ParamReader(request.params);
  reader.only(['expand']);
  if (reader.error) return reader.error;
  const id = request.pathParams.id as string;
  const stored = context.store.state.events[id];
  return stored ? ok(stored.event) : resourceMissing('event', id);
};
