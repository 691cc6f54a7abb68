// API_KEY mode: the `x-api-key` header must name one of the API's keys that has not expired.
import { timingSafeEqual } from 'node:crypto';
import { unauthorized } from './errors.ts';
import type { ApiKeySetting, AuthResult } from './types.ts';

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}

export function verifyApiKey(presented: string, keys: readonly ApiKeySetting[], nowMs: number): AuthResult {
  // Compare against every key so the time taken does not reveal which one (if any) matched.
  let match: ApiKeySetting | undefined;
  for (const key of keys) if (sameSecret(presented, key.key)) match = key;
  if (!match || match.expiresAt * 1000 <= nowMs) return unauthorized();
  return { caller: { mode: 'API_KEY', identity: null, groups: [] } };
}
