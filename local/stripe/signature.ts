// The Stripe-Signature header exactly as Stripe signs webhooks (docs.stripe.com/webhooks/signature):
// `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" keyed with the endpoint's whsec_ secret>`.
// stripe-node's webhooks.constructEvent checks this (src/Webhooks.ts).
import { createHmac } from 'node:crypto';

export function signatureHeader(payload: string, secret: string, timestamp: number): string {
  const v1 = createHmac('sha256', secret).update(`${timestamp}.${payload}`, 'utf8').digest('hex');
  return `t=${timestamp},v1=${v1}`;
}
