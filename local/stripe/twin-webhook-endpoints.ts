// POST /_twin/webhook_endpoints: points the twin's events at an endpoint, as `stripe listen
// --forward-to <url>` does for a developer's machine: `url`, its signing `secret` (whsec_…) and
// optionally `enabled_events[]`. The same url again replaces its settings. npm start calls it once
// the stack's webhook function URL is up.
import { invalidRequest } from './errors.ts';
import { ok, type Operation } from './operation.ts';
import { ParamReader } from './params.ts';

export const addWebhookEndpointByHand: Operation = (context, request) => {
  const reader = new ParamReader(request.params);
  reader.only(['url', 'secret', 'enabled_events']);
  const url = reader.string('url', { required: true, max: 2048 });
  const secret = reader.string('secret', { required: true, max: 200 });
  const enabledEvents = reader.strings('enabled_events');
  if (reader.error) return reader.error;
  if (!/^https?:\/\/[^\s]+$/.test(url as string)) return invalidRequest('Invalid URL: must be http(s).', 'url');
  if (!(secret as string).startsWith('whsec_')) return invalidRequest('A signing secret starts with whsec_.', 'secret');
  const endpoint = { url: url as string, secret: secret as string };
  context.events.addEndpoint(enabledEvents.length > 0 ? { ...endpoint, enabledEvents } : endpoint);
  return ok({ object: 'webhook_endpoint', url, enabled_events: enabledEvents.length ? enabledEvents : ['*'] });
};
