// POST /_twin/events/:id/resend[?url=…]: sends a stored event again, as `stripe events resend` does,
// to one endpoint (`url`) or to every endpoint that wants its type. Answers once each first attempt is
// done: `{ event, deliveries: [{ url, ok, status?, error? }] }`; failed ones are retried as usual.
import { invalidRequest, resourceMissing } from './errors.ts';
import { ok, type Operation } from './operation.ts';
import { ParamReader } from './params.ts';

export const resendEvent: Operation = async (context, request) => {
  const reader = new ParamReader(request.params);
  reader.only(['url']);
  const url = reader.string('url');
  if (reader.error) return reader.error;
  if (url !== undefined && !context.events.endpoints().some((e) => e.url === url)) {
    return invalidRequest(`No webhook endpoint with url ${url} is configured.`, 'url');
  }
  const id = request.pathParams.id as string;
  const sending = context.events.resend(id, url);
  if (!sending) return resourceMissing('event', id);
  const deliveries = await sending;
  return ok({ event: context.store.state.events[id]?.event, deliveries });
};
