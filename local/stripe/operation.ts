// What every operation of the REST subset gets and gives: the decoded request and the twin's parts
// in, one answer out (Stripe's JSON object, or an error body from errors.ts). Operations never
// throw for bad input; the server turns an answer into the HTTP response.
import type { Clock } from './clock.ts';
import type { EventBus } from './events.ts';
import type { FormObject } from './form.ts';
import type { Store } from './store.ts';

export interface Answer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export interface StripeRequest {
  method: string;
  path: string;
  params: FormObject;
  /** `:id` and the like from the route pattern */
  pathParams: Record<string, string>;
  requestId: string;
  idempotencyKey: string | undefined;
}

export interface OperationContext {
  store: Store;
  events: EventBus;
  clock: Clock;
  /** `http://127.0.0.1:<port>`: the hosted page lives under it */
  baseUrl: string;
  /** re-arms the automatic expiry timer after a session was created */
  expiryChanged(): void;
}

export type Operation = (context: OperationContext, request: StripeRequest) => Answer | Promise<Answer>;

export function ok(body: unknown): Answer {
  return { status: 200, body };
}

/** The event's `request` field for events caused by this API call. */
export function eventRequest(request: StripeRequest): { id: string; idempotency_key: string | null } {
  return { id: request.requestId, idempotency_key: request.idempotencyKey ?? null };
}
