// recordPaymentEvent, the IAM-only mutation that applies one Stripe event to its order at most once,
// sent signed with the function's own credentials. Any GraphQL error or a missing result is a failure,
// so the webhook answers 500 and Stripe delivers the event again.
import { fromEnv } from '@aws-sdk/credential-provider-env';
import { signedGraphql, type GraphqlAnswer, type GraphqlEndpoint } from '../lib/signed-graphql.ts';
import type { PaymentEventInput } from './event-input.ts';

export const RECORD_PAYMENT_EVENT = `mutation RecordPaymentEvent($input: PaymentEventInput!) {
  recordPaymentEvent(input: $input) { applied refundDue order { id status } }
}`;

export interface PaymentEventResult {
  /** false: the event was seen before, or changed nothing */
  applied: boolean;
  /** minor units the shop must give back (a payment for a dead order, or an amount mismatch) */
  refundDue?: number | null;
  order?: { id: string; status: string } | null;
}

export function graphqlEndpoint(): GraphqlEndpoint {
  const url = process.env.GRAPHQL_URL;
  const region = process.env.AWS_REGION;
  if (!url || !region) throw new Error('GRAPHQL_URL and AWS_REGION must be set');
  return { url, region, credentials: fromEnv() };
}

/** The mutation's result, or a one-line reason it failed. */
export async function recordPaymentEvent(
  input: PaymentEventInput,
): Promise<{ result: PaymentEventResult } | { failed: string }> {
  const answer = await signedGraphql(graphqlEndpoint(), RECORD_PAYMENT_EVENT, { input }).catch(
    (err: unknown): GraphqlAnswer => ({ status: 0, errors: [{ message: `not sent: ${String(err)}` }] }),
  );
  if (answer.errors?.length) {
    return { failed: answer.errors.map((e) => `${e.errorType ?? 'Error'}: ${e.message}`).join('; ') };
  }
  const result = answer.data?.recordPaymentEvent as PaymentEventResult | null | undefined;
  if (answer.status !== 200 || !result || typeof result.applied !== 'boolean') {
    return { failed: `HTTP ${answer.status}, no result` };
  }
  return { result };
}
