// Object ids in Stripe's style: a prefix (`cs_test_`, `pi_`, `ch_`, `re_`, `evt_`, `req_`, `whsec_`)
// and random base62 (docs.stripe.com/api: ids are opaque strings; lengths here are a guess).
import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

function base62(length: number): string {
  const bytes = randomBytes(length);
  let out = '';
  for (const byte of bytes) out += ALPHABET[byte % ALPHABET.length];
  return out;
}

/** A new id: `newId('pi_')` → `pi_3Q…` (24 random characters). */
export function newId(prefix: string, length = 24): string {
  return `${prefix}${base62(length)}`;
}

/** A webhook endpoint signing secret, as the Dashboard or `stripe listen` hands out. */
export function generateWebhookSecret(): string {
  return newId('whsec_', 32);
}

/** A test-mode secret key for the twin (`sk_test_…`), made once per data directory by whoever starts it. */
export function generateTestSecretKey(): string {
  return newId('sk_test_', 48);
}
