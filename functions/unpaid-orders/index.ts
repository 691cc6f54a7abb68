// The unpaid-orders function (an EventBridge schedule, every minute): orders still PENDING_PAYMENT
// UNPAID_ORDER_MINUTES after they were placed are cancelled with their stock restored and their Checkout
// Session expired, at most MAX_PER_RUN a run (the next run takes the rest). A schedule, not DynamoDB TTL,
// which may take days (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/howitworks-ttl.html).
import { fromEnv } from '@aws-sdk/credential-provider-env';
import type { GraphqlEndpoint } from '../lib/signed-graphql.ts';
import { dueOrderIds } from './due-orders.ts';
import { expireUnpaidOrder, type Expiry } from './expire-order.ts';

export const MAX_PER_RUN = 200;
/** Orders expired side by side: few, so the API and Stripe see a trickle, not a burst. */
const CONCURRENCY = 4;

export interface SweepSummary {
  cutoff: string;
  found: number;
  expired: number;
  notExpirable: number;
  sessionsExpired: number;
  failed: number;
}

function settings(): { tableName: string; minutes: number; endpoint: GraphqlEndpoint } {
  const { TABLE_NAME, UNPAID_ORDER_MINUTES, GRAPHQL_URL, AWS_REGION } = process.env;
  const minutes = Number(UNPAID_ORDER_MINUTES);
  if (!TABLE_NAME || !GRAPHQL_URL || !AWS_REGION || !Number.isInteger(minutes) || minutes < 1) {
    throw new Error('TABLE_NAME, GRAPHQL_URL, AWS_REGION and UNPAID_ORDER_MINUTES (an integer ≥ 1) must be set');
  }
  return { tableName: TABLE_NAME, minutes, endpoint: { url: GRAPHQL_URL, region: AWS_REGION, credentials: fromEnv() } };
}

async function expireAll(endpoint: GraphqlEndpoint, ids: string[]): Promise<Map<string, Expiry>> {
  const results = new Map<string, Expiry>();
  const queue = [...ids];
  const worker = async () => {
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      results.set(id, await expireUnpaidOrder(endpoint, id));
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return results;
}

export async function handler(): Promise<SweepSummary> {
  const { tableName, minutes, endpoint } = settings();
  const cutoffMs = Date.now() - minutes * 60_000;
  const ids = await dueOrderIds(tableName, cutoffMs, MAX_PER_RUN);
  const results = await expireAll(endpoint, ids);
  const summary: SweepSummary = {
    cutoff: new Date(cutoffMs).toISOString(),
    found: ids.length,
    expired: 0,
    notExpirable: 0,
    sessionsExpired: 0,
    failed: 0,
  };
  for (const [id, result] of results) {
    if (result.outcome === 'failed') {
      summary.failed += 1;
      console.error(`unpaid-orders: order ${id} not expired: ${result.reason}`);
    } else if (result.outcome === 'not-expirable') summary.notExpirable += 1;
    else {
      summary.expired += 1;
      if (result.sessionExpired) summary.sessionsExpired += 1;
    }
  }
  console.log(`unpaid-orders: ${JSON.stringify(summary)}`);
  // A failed order fails the run, so it shows in the function's Errors metric; a retry repeats nothing done.
  if (summary.failed > 0) throw new Error(`unpaid-orders: ${summary.failed} of ${summary.found} orders not expired`);
  return summary;
}
