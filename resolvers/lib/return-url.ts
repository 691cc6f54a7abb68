// startPayment's returnUrl: it must be on one of the stack's storefront origins (no open redirect
// through Stripe's page), and the success and cancel URLs are made from it by merging
// `payment=success&session_id={CHECKOUT_SESSION_ID}` or `payment=cancelled` into its query.
// https://docs.stripe.com/payments/checkout/custom-success-page
import { util } from '@aws-appsync/utils';

/** Room for the query startPayment adds, under the 2,048 characters the payments function accepts. */
export const MAX_RETURN_URL = 1900;
/** Printable ASCII without spaces or backslashes (browsers read `\` as `/`); clients percent-encode the rest. */
const PLAIN_URL = '[\\x21-\\x5B\\x5D-\\x7E]+';
const OURS = ['payment', 'session_id'];

/** The origins of the stack's StorefrontOrigins parameter (AppSync env STOREFRONT_ORIGINS, comma-separated). */
export function storefrontOrigins(env: unknown): string[] {
  const raw = (env as Record<string, string | undefined> | undefined)?.STOREFRONT_ORIGINS ?? '';
  return raw
    .split(',')
    .map((origin) => origin.trim().toLowerCase())
    .map((origin) => (origin.endsWith('/') ? origin.slice(0, -1) : origin))
    .filter((origin) => origin.startsWith('http://') || origin.startsWith('https://'));
}

/** Whether `url` is on one of `origins`: the origin exactly, then the end or a `/`, `?` or `#`. */
export function isOnOrigins(url: string, origins: string[]): boolean {
  if (url.length > MAX_RETURN_URL || !util.matches(PLAIN_URL, url)) return false;
  const lower = url.toLowerCase();
  return origins.some((origin) => {
    if (!lower.startsWith(origin)) return false;
    const next = lower.slice(origin.length, origin.length + 1);
    return next === '' || next === '/' || next === '?' || next === '#';
  });
}

/** `url` with `added` (already encoded `name=value` pairs) merged into its query, ours replacing any already there. */
export function withQuery(url: string, added: string[]): string {
  const hashAt = url.indexOf('#');
  const base = hashAt < 0 ? url : url.slice(0, hashAt);
  const fragment = hashAt < 0 ? '' : url.slice(hashAt);
  const queryAt = base.indexOf('?');
  const path = queryAt < 0 ? base : base.slice(0, queryAt);
  const query = queryAt < 0 ? '' : base.slice(queryAt + 1);
  const kept = query.split('&').filter((pair) => pair.length > 0 && OURS.indexOf(pair.split('=')[0] ?? '') < 0);
  return `${path}?${[...kept, ...added].join('&')}${fragment}`;
}

export function successUrl(returnUrl: string): string {
  return withQuery(returnUrl, ['payment=success', 'session_id={CHECKOUT_SESSION_ID}']);
}

export function cancelUrl(returnUrl: string): string {
  return withQuery(returnUrl, ['payment=cancelled']);
}
