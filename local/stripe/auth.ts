// Secret-key authentication (docs.stripe.com/api/authentication): `Authorization: Bearer sk_test_…`, or
// HTTP Basic with the key as the user name (as `curl -u sk_test_…:` sends it). Missing or wrong → 401.
import { createHash, timingSafeEqual } from 'node:crypto';
import { invalidApiKey, noApiKey } from './errors.ts';
import type { Answer } from './operation.ts';

function keyFrom(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const [scheme, value = ''] = header.trim().split(/\s+/, 2);
  if (scheme?.toLowerCase() === 'bearer') return value;
  if (scheme?.toLowerCase() === 'basic') return Buffer.from(value, 'base64').toString('utf8').split(':')[0];
  return undefined;
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

/** undefined when the header carries one of the keys; otherwise the 401 answer. */
export function authenticate(header: string | undefined, secretKeys: readonly string[]): Answer | undefined {
  const key = keyFrom(header);
  if (!key) return noApiKey();
  const given = digest(key);
  const known = secretKeys.some((k) => timingSafeEqual(digest(k), given));
  return known ? undefined : invalidApiKey(key);
}
