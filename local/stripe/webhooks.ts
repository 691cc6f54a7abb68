// Delivers events to webhook endpoints: a signed POST of the event's JSON, 2xx is delivered, anything
// else (3xx included: Stripe follows no redirects) or no answer within the timeout is retried after
// the next delay of a short, local schedule (Stripe's own retries run up to three days:
// docs.stripe.com/webhooks#retries). One log line per attempt.
import type { Clock } from './clock.ts';
import { unixSeconds } from './clock.ts';
import type { StripeEvent } from './objects.ts';
import { signatureHeader } from './signature.ts';

export interface WebhookEndpoint {
  url: string;
  /** the endpoint's signing secret (`whsec_…`) */
  secret: string;
  /** event types it receives (Stripe's enabled_events); absent or ['*']: all */
  enabledEvents?: readonly string[];
}

export interface DeliveryResult {
  url: string;
  ok: boolean;
  status?: number;
  error?: string;
}

export interface DelivererOptions {
  clock: Clock;
  log(line: string): void;
  /** waits before the 2nd, 3rd, … attempt */
  retryDelaysMs: readonly number[];
  timeoutMs: number;
  /** each attempt's outcome: 'delivered', 'pending' (a retry is scheduled) or 'failed' (gave up) */
  onOutcome(eventId: string, url: string, state: 'delivered' | 'pending' | 'failed'): void;
}

export interface Deliverer {
  /** Sends now; resolves with the first attempt's result (retries go on in the background). */
  deliver(event: () => StripeEvent, endpoint: WebhookEndpoint): Promise<DeliveryResult>;
  stop(): void;
}

/** 1 s, 5 s, 30 s, 2 min, 10 min: six attempts over about 13 minutes. */
export const DEFAULT_RETRY_DELAYS_MS: readonly number[] = [1_000, 5_000, 30_000, 120_000, 600_000];
export const DEFAULT_WEBHOOK_TIMEOUT_MS = 10_000;

function formatDelay(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  if (ms < 60_000) return `${Math.round(ms / 1000)} s`;
  return `${Math.round(ms / 60_000)} min`;
}

export function wantsEvent(endpoint: WebhookEndpoint, type: string): boolean {
  const enabled = endpoint.enabledEvents;
  return !enabled || enabled.length === 0 || enabled.includes('*') || enabled.includes(type);
}

async function post(url: string, body: string, signature: string, signal: AbortSignal): Promise<DeliveryResult> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      redirect: 'manual',
      signal,
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'stripe-signature': signature,
        'user-agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
        'cache-control': 'no-cache',
      },
      body,
    });
    await response.arrayBuffer().catch(() => undefined);
    return { url, ok: response.status >= 200 && response.status < 300, status: response.status };
  } catch (err) {
    const cause = (err as { cause?: { code?: string } }).cause?.code;
    const name = (err as Error).name;
    const error = name === 'TimeoutError' ? 'timed out' : (cause ?? (err as Error).message);
    return { url, ok: false, error };
  }
}

export function createDeliverer(options: DelivererOptions): Deliverer {
  const stopping = new AbortController();
  const timers = new Set<NodeJS.Timeout>();
  const maxAttempts = options.retryDelaysMs.length + 1;

  const attempt = async (event: () => StripeEvent, endpoint: WebhookEndpoint, n: number) => {
    const current = event();
    const payload = JSON.stringify(current, null, 2);
    const header = signatureHeader(payload, endpoint.secret, unixSeconds(options.clock));
    const signal = AbortSignal.any([stopping.signal, AbortSignal.timeout(options.timeoutMs)]);
    const started = performance.now();
    const result = await post(endpoint.url, payload, header, signal);
    if (stopping.signal.aborted) return result;
    const took = `in ${Math.round(performance.now() - started)} ms`;
    const head = `stripe → ${endpoint.url} ${current.type} ${current.id}:`;
    const outcome = result.status ?? `failed (${result.error})`;
    if (result.ok) {
      options.log(`${head} ${outcome} ${took}`);
      options.onOutcome(current.id, endpoint.url, 'delivered');
      return result;
    }
    const delay = options.retryDelaysMs[n - 1];
    if (delay === undefined) {
      options.log(
        `${head} ${outcome} ${took} (attempt ${n} of ${maxAttempts}), giving up; ` +
          `resend with POST /_twin/events/${current.id}/resend`,
      );
      options.onOutcome(current.id, endpoint.url, 'failed');
      return result;
    }
    options.log(`${head} ${outcome} ${took} (attempt ${n} of ${maxAttempts}), retry in ${formatDelay(delay)}`);
    options.onOutcome(current.id, endpoint.url, 'pending');
    const timer = setTimeout(() => {
      timers.delete(timer);
      void attempt(event, endpoint, n + 1);
    }, delay);
    timer.unref();
    timers.add(timer);
    return result;
  };

  return {
    deliver: (event, endpoint) => attempt(event, endpoint, 1),
    stop() {
      stopping.abort();
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    },
  };
}
