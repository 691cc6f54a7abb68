// The order-events function. The table's stream feeds it order items only (the event source
// mapping's filter); it republishes each new order and each status change with the whole order,
// in stream order. On the first failure it stops and reports that record, so Lambda retries from
// there (ReportBatchItemFailures) and a later event never overtakes an earlier one of its order.
import { fromEnv } from '@aws-sdk/credential-provider-env';
import type { BatchResponse, StreamEvent } from '../lib/stream-event.ts';
import { orderEventOf } from './order-event.ts';
import { publishOrderEvent } from './publish.ts';

function endpoint() {
  const url = process.env.GRAPHQL_URL;
  const region = process.env.AWS_REGION;
  if (!url || !region) throw new Error('GRAPHQL_URL and AWS_REGION must be set');
  return { url, region, credentials: fromEnv() };
}

export async function handler(event: StreamEvent): Promise<BatchResponse> {
  const api = endpoint();
  for (const record of event.Records) {
    const orderEvent = orderEventOf(record);
    if (!orderEvent) continue;
    const refused = await publishOrderEvent(api, orderEvent).catch((err: unknown) => String(err));
    if (refused) {
      console.error(`order ${String(orderEvent.item.id)} (${orderEvent.kind}) not published: ${refused}`);
      return { batchItemFailures: [{ itemIdentifier: record.dynamodb.SequenceNumber }] };
    }
  }
  return { batchItemFailures: [] };
}
