// nextTokens as clients send them back: bounded and checked before anything decodes them (a
// util.base64Decode of text that is not base64 throws, an uncaught `Code` error) or passes them
// to DynamoDB. A token that fails is a ValidationError naming `nextToken`.
import { util } from '@aws-appsync/utils';
import { fail } from './errors.ts';
import type { Problems } from './validation.ts';

/** Our tokens and AppSync's stay far below this; UNVERIFIED against AWS for AppSync's own tokens. */
export const MAX_TOKEN_LENGTH = 4096;
// Base64 (standard alphabet, padding optional) as java.util.Base64's decoder accepts it.
const BASE64_QUADS = '(?:[A-Za-z0-9+/]{4})*';
const BASE64 = `${BASE64_QUADS}(?:[A-Za-z0-9+/]{2}(?:==)?|[A-Za-z0-9+/]{3}=?)?`;
// Every token we or AppSync hand out is base64 or base64url text, ours with an `after.` prefix.
const TOKEN_CHARS = '[A-Za-z0-9+/=_.-]+';

export const INVALID_TOKEN = 'nextToken is not valid for this listing; start again without it';

export function invalidToken(): never {
  return fail(INVALID_TOKEN, 'ValidationError', { fields: ['nextToken'] });
}

/** The JSON value base64 `text` holds, or null when it is not base64 or not JSON. */
export function decodeTokenJson(text: string): unknown {
  if (text.length === 0 || text.length > MAX_TOKEN_LENGTH || !util.matches(BASE64, text)) return null;
  // JSON.parse answers '' for text that is not JSON in APPSYNC_JS (runtime spec §1.2), so no throw to catch.
  const parsed = JSON.parse(util.base64Decode(text)) as unknown;
  return parsed === '' ? null : parsed;
}

/** An optional nextToken that could be one of ours or AppSync's; anything else is a problem. */
export function checkNextToken(problems: Problems, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const ok = typeof value === 'string' && value.length <= MAX_TOKEN_LENGTH && util.matches(TOKEN_CHARS, value);
  if (!ok) problems.push({ field: 'nextToken', message: INVALID_TOKEN });
  return ok ? (value as string) : null;
}
