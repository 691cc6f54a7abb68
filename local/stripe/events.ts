// Events: each state change the shop cares about becomes an `evt_…` object (docs.stripe.com/api/events/object)
// holding a snapshot of the object as it was then, stored for GET /v1/events and sent to every
// webhook endpoint that wants its type. `pending_webhooks` counts endpoints not yet delivered to.
import { unixSeconds, type Clock } from './clock.ts';
import { newId } from './ids.ts';
import type { StoredEvent, StripeEvent } from './objects.ts';
import type { Store } from './store.ts';
import { wantsEvent, type Deliverer, type DeliveryResult, type WebhookEndpoint } from './webhooks.ts';

export interface EventRequest {
  id: string | null;
  idempotency_key: string | null;
}

export interface EventBus {
  emit(type: string, object: unknown, request?: EventRequest, previous?: Record<string, unknown>): StripeEvent;
  /** Sends a stored event again to `url`, or to every endpoint that wants its type; undefined: no such event. */
  resend(id: string, url?: string): Promise<DeliveryResult[]> | undefined;
  addEndpoint(endpoint: WebhookEndpoint): void;
  endpoints(): readonly WebhookEndpoint[];
  /** Sends what was still pending when the twin last stopped (to endpoints configured now). */
  deliverPending(): void;
}

export interface EventBusOptions {
  store: Store;
  clock: Clock;
  apiVersion: string;
  deliverer: Deliverer;
  endpoints: readonly WebhookEndpoint[];
}

const NO_REQUEST: EventRequest = { id: null, idempotency_key: null };

function countPending(stored: StoredEvent): number {
  return Object.values(stored.deliveries).filter((state) => state !== 'delivered').length;
}

export function createEventBus(options: EventBusOptions): EventBus {
  const { store, deliverer } = options;
  const endpoints = [...options.endpoints];

  const send = (stored: StoredEvent, endpoint: WebhookEndpoint): Promise<DeliveryResult> => {
    const id = stored.event.id;
    const current = () => store.state.events[id]?.event ?? stored.event;
    return deliverer.deliver(current, endpoint);
  };

  const resend = (id: string, url?: string): Promise<DeliveryResult[]> | undefined => {
    const stored = store.state.events[id];
    if (!stored) return undefined;
    const targets = endpoints.filter((e) => (url ? e.url === url : wantsEvent(e, stored.event.type)));
    for (const target of targets) {
      if (stored.deliveries[target.url] !== 'delivered') stored.deliveries[target.url] = 'pending';
    }
    stored.event.pending_webhooks = countPending(stored);
    store.saveLater();
    return Promise.all(targets.map((target) => send(stored, target)));
  };

  return {
    emit(type, object, request = NO_REQUEST, previous) {
      const targets = endpoints.filter((e) => wantsEvent(e, type));
      const snapshot = structuredClone(object);
      const event: StripeEvent = {
        id: newId('evt_'),
        object: 'event',
        api_version: options.apiVersion,
        created: unixSeconds(options.clock),
        data: previous ? { object: snapshot, previous_attributes: previous } : { object: snapshot },
        livemode: false,
        pending_webhooks: targets.length,
        request,
        type,
      };
      const stored: StoredEvent = { event, seq: store.state.nextEventSeq++, deliveries: {} };
      for (const target of targets) stored.deliveries[target.url] = 'pending';
      store.state.events[event.id] = stored;
      for (const target of targets) void send(stored, target);
      return event;
    },
    resend,
    addEndpoint(endpoint) {
      const at = endpoints.findIndex((e) => e.url === endpoint.url);
      if (at >= 0) endpoints.splice(at, 1, endpoint);
      else endpoints.push(endpoint);
    },
    endpoints: () => endpoints,
    deliverPending() {
      const waiting = Object.values(store.state.events).sort((a, b) => a.seq - b.seq);
      for (const stored of waiting) {
        for (const endpoint of endpoints) {
          if (stored.deliveries[endpoint.url] === 'pending') void send(stored, endpoint);
        }
      }
    },
  };
}

/** Records a delivery outcome on the stored event (the deliverer's onOutcome). */
export function recordOutcome(store: Store, eventId: string, url: string, state: 'delivered' | 'pending' | 'failed') {
  const stored = store.state.events[eventId];
  if (!stored) return;
  if (stored.deliveries[url] === 'delivered') return;
  stored.deliveries[url] = state;
  stored.event.pending_webhooks = countPending(stored);
  store.saveLater();
}
