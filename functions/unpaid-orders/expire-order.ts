// One unpaid order expired: the IAM-only expireOrder mutation cancels it and restores its stock when it
// is still PENDING_PAYMENT (null otherwise: paid or cancelled meanwhile), and names its Checkout Session,
// which is then expired at Stripe so it can no longer be paid. A payment that still slips through is
// refunded by the webhook (docs/payments.md).
import { signedGraphql, type GraphqlAnswer, type GraphqlEndpoint } from '../lib/signed-graphql.ts';
import { expireSession } from '../payments/expire-session.ts';

export const EXPIRE_ORDER = `mutation ExpireOrder($id: ID!) {
  expireOrder(id: $id) { order { id status } sessionId }
}`;

export type Expiry =
  | { outcome: 'expired'; sessionExpired: boolean }
  | { outcome: 'not-expirable' }
  | { outcome: 'failed'; reason: string };

interface ExpiredOrder {
  order: { id: string; status: string } | null;
  sessionId?: string | null;
}

export async function expireUnpaidOrder(endpoint: GraphqlEndpoint, id: string): Promise<Expiry> {
  const answer = await signedGraphql(endpoint, EXPIRE_ORDER, { id }).catch((err: unknown): GraphqlAnswer => ({
    status: 0,
    errors: [{ message: `not sent: ${String(err)}` }],
  }));
  if (answer.errors?.length) {
    return {
      outcome: 'failed',
      reason: answer.errors.map((e) => `${e.errorType ?? 'Error'}: ${e.message}`).join('; '),
    };
  }
  if (answer.status !== 200 || !answer.data) return { outcome: 'failed', reason: `HTTP ${answer.status}` };
  const expired = answer.data.expireOrder as ExpiredOrder | null | undefined;
  if (!expired) return { outcome: 'not-expirable' };
  if (!expired.sessionId) return { outcome: 'expired', sessionExpired: false };
  // An expired or complete session is no error (expireSession reports it as not expired now).
  const session = await expireSession({ sessionId: expired.sessionId });
  if ('error' in session) {
    return { outcome: 'failed', reason: `order expired, session ${expired.sessionId}: ${session.error.message}` };
  }
  return { outcome: 'expired', sessionExpired: session.expired };
}
