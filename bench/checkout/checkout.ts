// One checkout as a storefront sends it, timed from request to parsed answer.
import { randomUUID } from 'node:crypto';
import type { LocalOutputs } from '../../local/start/index.ts';
import { post, type GraphQLError, type Shopper } from '../lib/index.ts';

// Named so that the request log's line for it can be told apart (request-log.ts).
const CHECKOUT = `mutation Checkout($input: CheckoutInput!) {
  checkout(input: $input) { id total { amount } lines { sku quantity } }
}`;
const ADDRESS = { name: 'Bench Shopper', line1: '1 Main St', city: 'Springfield', postalCode: '12345', country: 'US' };

export interface CheckoutOutcome {
  idempotencyKey: string;
  ms: number;
  /** when the answer arrived, ms on performance.now()'s clock */
  at: number;
  orderId: string | null;
  lines: Array<{ sku: string; quantity: number }>;
  error: GraphQLError | null;
}

interface CheckoutData {
  checkout: { id: string; lines: Array<{ sku: string; quantity: number }> } | null;
}

export async function checkout(outputs: LocalOutputs, shopper: Shopper): Promise<CheckoutOutcome> {
  const started = performance.now();
  const idempotencyKey = randomUUID();
  const input = { shippingAddress: ADDRESS, idempotencyKey };
  try {
    const body = await post<CheckoutData>(outputs.graphqlUrl, CHECKOUT, { input }, shopper.headers);
    const at = performance.now();
    const order = body.data?.checkout ?? null;
    const error = body.errors?.[0] ?? (order ? null : { message: 'no order and no error' });
    return { idempotencyKey, ms: at - started, at, orderId: order?.id ?? null, lines: order?.lines ?? [], error };
  } catch (err) {
    const at = performance.now();
    return {
      idempotencyKey,
      ms: at - started,
      at,
      orderId: null,
      lines: [],
      error: { message: String(err), errorType: 'Network' },
    };
  }
}

/** "InsufficientStock ×3, ConflictError ×1" */
export function errorSummary(outcomes: CheckoutOutcome[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const o of outcomes) {
    if (!o.error) continue;
    const type = o.error.errorType ?? o.error.message.slice(0, 80);
    counts[type] = (counts[type] ?? 0) + 1;
  }
  return counts;
}

// moved to bench/lib (bench/web uses it too); kept here for this folder's importers
