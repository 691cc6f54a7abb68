// GET /v1/events (docs.stripe.com/api/events/list): newest first, `limit` 1–100 (10 by default),
// cursors, `type` (with a `*` wildcard, e.g. `checkout.session.*`), `types[]`, `created` and
// `delivery_success=false` (events some endpoint has not yet received), for reconciliation.
import { invalidRequest } from './errors.ts';
import type { StoredEvent } from './objects.ts';
import { ok, type Operation } from './operation.ts';
import { ParamReader } from './params.ts';

function typeMatches(pattern: string, type: string): boolean {
  if (!pattern.endsWith('*')) return pattern === type;
  return type.startsWith(pattern.slice(0, -1));
}

type Bound = (created: number) => boolean;

function readCreated(reader: ParamReader): Bound {
  if (!reader.has('created')) return () => true;
  if (reader.kind('created') === 'string') {
    const at = reader.integer('created');
    return (c) => c === at;
  }
  const range = reader.object('created');
  if (!range) return () => true;
  range.only(['gt', 'gte', 'lt', 'lte']);
  const gt = range.integer('gt');
  const gte = range.integer('gte');
  const lt = range.integer('lt');
  const lte = range.integer('lte');
  return (c) =>
    (gt === undefined || c > gt) &&
    (gte === undefined || c >= gte) &&
    (lt === undefined || c < lt) &&
    (lte === undefined || c <= lte);
}

export const listEvents: Operation = (context, request) => {
  const reader = new ParamReader(request.params);
  reader.only(['limit', 'starting_after', 'ending_before', 'type', 'types', 'delivery_success', 'created']);
  const limit = reader.integer('limit', { min: 1, max: 100 }) ?? 10;
  const startingAfter = reader.string('starting_after');
  const endingBefore = reader.string('ending_before');
  const type = reader.string('type');
  const types = reader.strings('types');
  const delivered = reader.oneOf('delivery_success', ['true', 'false']);
  const created = readCreated(reader);
  if (reader.error) return reader.error;
  if (type && types.length > 0) return invalidRequest('You may pass either type or types, but not both.', 'types');
  const matches = (stored: StoredEvent) =>
    (!type || typeMatches(type, stored.event.type)) &&
    (types.length === 0 || types.includes(stored.event.type)) &&
    (delivered === undefined || (stored.event.pending_webhooks === 0) === (delivered === 'true')) &&
    created(stored.event.created);
  const all = Object.values(context.store.state.events)
    .sort((a, b) => b.seq - a.seq)
    .filter(matches)
    .map((stored) => stored.event);
  let page = all;
  if (startingAfter) page = all.slice(all.findIndex((e) => e.id === startingAfter) + 1);
  if (endingBefore) {
    const end = all.findIndex((e) => e.id === endingBefore);
    page = all.slice(Math.max(0, end - limit), Math.max(0, end));
  }
  return ok({ object: 'list', data: page.slice(0, limit), has_more: page.length > limit, url: '/v1/events' });
};
