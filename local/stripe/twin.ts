// startStripeTwin: the Stripe twin as one running thing: its store under the caller's data
// directory, the event bus and webhook deliverer, the automatic expiry timer, and the HTTP server on
// 127.0.0.1. What is still pending delivery when it stops is sent again when it starts.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { systemClock, type Clock } from './clock.ts';
import { createEventBus, recordOutcome } from './events.ts';
import { DEFAULT_EXPIRY_CHECK_MS, startExpiryTimer, type ExpiryTimer } from './expiry.ts';
import { createIdempotency } from './idempotency.ts';
import type { OperationContext } from './operation.ts';
import { payCheckoutSession } from './payments.ts';
import { createHandler } from './server.ts';
import { hostedPagePath } from './sessions.ts';
import { openStore, prune } from './store.ts';
import {
  createDeliverer,
  DEFAULT_RETRY_DELAYS_MS,
  DEFAULT_WEBHOOK_TIMEOUT_MS,
  type DeliveryResult,
  type WebhookEndpoint,
} from './webhooks.ts';

/** The API version stripe@23.2.0 pins; events carry it. */
export const STRIPE_API_VERSION = '2026-11-18.endive';
const LOOPBACK = '127.0.0.1';

export interface StripeTwinOptions {
  /** where state persists (one JSON file); created when missing */
  dataDir: string;
  /** 0 or absent: a free port */
  port?: number;
  /** the secret keys the API accepts (`sk_test_…`) */
  secretKeys: readonly string[];
  /** where events are POSTed, each with its signing secret */
  webhookEndpoints?: readonly WebhookEndpoint[];
  /** one line per webhook delivery attempt (and unexpected failures) */
  log?: (line: string) => void;
  /** the api_version events carry (stripe@23.2.0's by default) */
  apiVersion?: string;
  /** waits before the 2nd, 3rd, … delivery attempt (default 1 s, 5 s, 30 s, 2 min, 10 min) */
  webhookRetryDelaysMs?: readonly number[];
  /** how long a delivery attempt may take (default 10 s) */
  webhookTimeoutMs?: number;
  /** the longest the expiry timer sleeps before looking again (default 30 s) */
  expiryCheckMs?: number;
  /** the twin's time (tests move it) */
  clock?: Clock;
}

export interface PayResult {
  outcome: 'paid' | 'declined' | 'invalid' | 'closed' | 'missing';
  message?: string;
}

export interface StripeTwin {
  /** `http://127.0.0.1:<port>` */
  url: string;
  host: string;
  port: number;
  /** what `new Stripe(key, options)` needs to talk to the twin */
  clientOptions: { host: string; port: number; protocol: 'http' };
  /** the hosted page of a session */
  checkoutUrl(sessionId: string): string;
  /** adds (or replaces, by url) a webhook endpoint; it receives events created from now on */
  addWebhookEndpoint(endpoint: WebhookEndpoint): void;
  /** sends a stored event again (to `url`, or every endpoint wanting it); undefined: no such event */
  resendEvent(eventId: string, url?: string): Promise<DeliveryResult[] | undefined>;
  /** pays an open session as the hosted page would */
  payCheckoutSession(sessionId: string, card: { number: string; expiry?: string; cvc?: string }): Promise<PayResult>;
  stop(): Promise<void>;
}

function checkEndpoint(endpoint: WebhookEndpoint): void {
  if (!/^https?:\/\//.test(endpoint.url)) throw new Error(`webhook endpoint url must be http(s): ${endpoint.url}`);
  if (!endpoint.secret) throw new Error(`webhook endpoint ${endpoint.url} needs a signing secret`);
}

function checkOptions(options: StripeTwinOptions): void {
  if (options.secretKeys.length === 0) throw new Error('startStripeTwin: give at least one secret key (sk_test_…)');
  for (const key of options.secretKeys) {
    if (!key.startsWith('sk_test_')) throw new Error('startStripeTwin: secret keys must be test keys (sk_test_…)');
  }
  for (const endpoint of options.webhookEndpoints ?? []) checkEndpoint(endpoint);
}

export async function startStripeTwin(options: StripeTwinOptions): Promise<StripeTwin> {
  checkOptions(options);
  const clock = options.clock ?? systemClock;
  const log = options.log ?? (() => undefined);
  const apiVersion = options.apiVersion ?? STRIPE_API_VERSION;
  const store = await openStore(options.dataDir, log);
  prune(store.state, clock.now());
  const deliverer = createDeliverer({
    clock,
    log,
    retryDelaysMs: options.webhookRetryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS,
    timeoutMs: options.webhookTimeoutMs ?? DEFAULT_WEBHOOK_TIMEOUT_MS,
    onOutcome: (eventId, url, state) => recordOutcome(store, eventId, url, state),
  });
  const events = createEventBus({ store, clock, apiVersion, deliverer, endpoints: options.webhookEndpoints ?? [] });
  let expiry: ExpiryTimer | undefined;
  const context: OperationContext = { store, events, clock, baseUrl: '', expiryChanged: () => expiry?.changed() };
  const idempotent = createIdempotency(store, clock);
  const server = createServer(createHandler({ context, secretKeys: options.secretKeys, apiVersion, idempotent, log }));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, LOOPBACK, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  context.baseUrl = `http://${LOOPBACK}:${port}`;
  expiry = startExpiryTimer(() => context, options.expiryCheckMs ?? DEFAULT_EXPIRY_CHECK_MS);
  events.deliverPending();
  await store.save();
  return {
    url: context.baseUrl,
    host: LOOPBACK,
    port,
    clientOptions: { host: LOOPBACK, port, protocol: 'http' },
    checkoutUrl: (id) => `${context.baseUrl}${hostedPagePath(id)}`,
    addWebhookEndpoint(endpoint) {
      checkEndpoint(endpoint);
      events.addEndpoint(endpoint);
    },
    async resendEvent(eventId, url) {
      const results = await events.resend(eventId, url);
      await store.save();
      return results;
    },
    async payCheckoutSession(id, card) {
      const input = { number: card.number, expiry: card.expiry ?? '12/34', cvc: card.cvc ?? '123' };
      const result = payCheckoutSession(context, id, input);
      await store.save();
      if (result.kind === 'declined') return { outcome: 'declined', message: result.error.message };
      if (result.kind === 'invalid') return { outcome: 'invalid', message: result.message };
      return { outcome: result.kind };
    },
    async stop() {
      expiry?.stop();
      deliverer.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.save();
    },
  };
}
