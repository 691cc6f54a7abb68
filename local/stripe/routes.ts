// The route table: method + path pattern → one operation each. `/v1/…` is the Stripe REST subset the
// shop uses; `/_twin/…` stands in for the Stripe CLI (`stripe events resend`, `stripe trigger`).
// The hosted page (/c/pay/:id) is served beside these, without the API key (hosted-routes.ts).
import { createCheckoutSession } from './checkout-sessions-create.ts';
import { expireCheckoutSession } from './checkout-sessions-expire.ts';
import { listCheckoutSessionLineItems } from './checkout-sessions-line-items.ts';
import { retrieveCheckoutSession } from './checkout-sessions-retrieve.ts';
import { listEvents } from './events-list.ts';
import { retrieveEvent } from './events-retrieve.ts';
import type { Operation } from './operation.ts';
import { retrievePaymentIntent } from './payment-intents-retrieve.ts';
import { createRefund } from './refunds-create.ts';
import { retrieveRefund } from './refunds-retrieve.ts';
import { resendEvent } from './twin-events-resend.ts';
import { payCheckoutSessionByHand } from './twin-sessions-pay.ts';
import { addWebhookEndpointByHand } from './twin-webhook-endpoints.ts';

export interface Route {
  method: 'GET' | 'POST';
  pattern: string;
  operation: Operation;
}

export const ROUTES: readonly Route[] = [
  { method: 'POST', pattern: '/v1/checkout/sessions', operation: createCheckoutSession },
  { method: 'GET', pattern: '/v1/checkout/sessions/:id', operation: retrieveCheckoutSession },
  { method: 'GET', pattern: '/v1/checkout/sessions/:id/line_items', operation: listCheckoutSessionLineItems },
  { method: 'POST', pattern: '/v1/checkout/sessions/:id/expire', operation: expireCheckoutSession },
  { method: 'GET', pattern: '/v1/payment_intents/:id', operation: retrievePaymentIntent },
  { method: 'POST', pattern: '/v1/refunds', operation: createRefund },
  { method: 'GET', pattern: '/v1/refunds/:id', operation: retrieveRefund },
  { method: 'GET', pattern: '/v1/events', operation: listEvents },
  { method: 'GET', pattern: '/v1/events/:id', operation: retrieveEvent },
  { method: 'POST', pattern: '/_twin/events/:id/resend', operation: resendEvent },
  { method: 'POST', pattern: '/_twin/checkout/sessions/:id/pay', operation: payCheckoutSessionByHand },
  { method: 'POST', pattern: '/_twin/webhook_endpoints', operation: addWebhookEndpointByHand },
];

function matchPattern(pattern: string, path: string): Record<string, string> | undefined {
  const want = pattern.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i] as string;
    const g = got[i] as string;
    if (w.startsWith(':')) {
      if (g === '') return undefined;
      try {
        params[w.slice(1)] = decodeURIComponent(g);
      } catch {
        return undefined;
      }
    } else if (w !== g) return undefined;
  }
  return params;
}

export function matchRoute(
  method: string,
  path: string,
): { route: Route; pathParams: Record<string, string> } | undefined {
  for (const route of ROUTES) {
    if (route.method !== method) continue;
    const pathParams = matchPattern(route.pattern, path);
    if (pathParams) return { route, pathParams };
  }
  return undefined;
}
