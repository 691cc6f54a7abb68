// Idempotent requests (docs.stripe.com/api/idempotent_requests): a POST's answer is kept under its
// Idempotency-Key for 24 h; the same key with the same parameters gets that answer again (with
// `Idempotent-Replayed: true`), with other parameters or another endpoint an idempotency_error, and
// while the first is still running a 409. Answers are kept once execution began (2xx, 402, 5xx), not
// for refused parameters (400/404), so those can be corrected and retried under the same key.
import type { Clock } from './clock.ts';
import { invalidRequest, stripeError } from './errors.ts';
import type { FormValue } from './form.ts';
import type { Answer } from './operation.ts';
import { IDEMPOTENCY_KEY_TTL_MS, type Store } from './store.ts';

const MAX_KEY_LENGTH = 255;

function canonical(value: FormValue): string {
  if (typeof value === 'string') return JSON.stringify(value);
  const keys = Object.keys(value).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value[k] as FormValue)}`).join(',')}}`;
}

function kept(status: number): boolean {
  return status < 400 || status === 402 || status >= 500;
}

export interface IdempotentCall {
  key: string;
  method: string;
  path: string;
  params: Record<string, FormValue>;
  run(): Promise<Answer>;
}

export function createIdempotency(store: Store, clock: Clock) {
  const running = new Set<string>();
  return async function idempotent(call: IdempotentCall): Promise<Answer> {
    const { key, method, path } = call;
    if (key.length > MAX_KEY_LENGTH) {
      // UNVERIFIED against Stripe's wording
      return invalidRequest(`Idempotency-Key must be at most ${MAX_KEY_LENGTH} characters long.`);
    }
    const params = canonical(call.params);
    const record = store.state.idempotency[key];
    if (record && clock.now() - record.createdAt < IDEMPOTENCY_KEY_TTL_MS) {
      if (record.method === method && record.path === path && record.params === params) {
        return { status: record.status, body: record.body, headers: { 'idempotent-replayed': 'true' } };
      }
      return stripeError(400, {
        type: 'idempotency_error',
        message:
          'Keys for idempotent requests can only be used with the same parameters they were first used with. ' +
          `Try using a key other than '${key}' if you meant to execute a different request.`,
      });
    }
    if (running.has(key)) {
      return stripeError(409, {
        type: 'idempotency_error', // UNVERIFIED against Stripe: the type of this refusal
        code: 'idempotency_key_in_use',
        message:
          'There is currently another in-progress request using this Stripe API key and idempotency key. ' +
          'Please try again later.',
      });
    }
    running.add(key);
    try {
      const answer = await call.run();
      if (kept(answer.status)) {
        const { status, body } = answer;
        store.state.idempotency[key] = { method, path, params, status, body, createdAt: clock.now() };
      }
      return answer;
    } finally {
      running.delete(key);
    }
  };
}
