// Republishes an order event through the API's internal IAM-only mutations, selecting every field
// of Order, so each subscriber receives whatever it selected (AppSync sends subscribers only the
// fields the triggering mutation selected, and filters only on those).
import { signedGraphql, type GraphqlEndpoint } from '../lib/signed-graphql.ts';
import type { OrderEvent, OrderEventKind } from './order-event.ts';

const WHOLE_ORDER = `
  id customerId status createdAt updatedAt nextStatuses
  lines { sku productId name quantity unitPrice { amount currency } lineTotal { amount currency } }
  subtotal { amount currency }
  total { amount currency }
  totals {
    subtotal { amount currency } discount { amount currency } shipping { amount currency }
    tax { amount currency } total { amount currency }
  }
  shippingMethod { id name price { amount currency } }
  promotionCode
  shippingAddress { name line1 line2 city region postalCode country }
  statusHistory { status at note }
  payment { status amount { amount currency } refunded { amount currency } failureMessage }`;

export const MUTATIONS: Record<OrderEventKind, { field: string; document: string }> = {
  placed: {
    field: 'publishOrderPlaced',
    document: `mutation PublishOrderPlaced($item: AWSJSON!) { publishOrderPlaced(item: $item) { ${WHOLE_ORDER} } }`,
  },
  statusChanged: {
    field: 'publishOrderStatusChanged',
    document: `mutation PublishOrderStatusChanged($item: AWSJSON!) {
      publishOrderStatusChanged(item: $item) { ${WHOLE_ORDER} }
    }`,
  },
};

/** Publishes one event; answers an error message when AppSync refused it, undefined when it went out. */
export async function publishOrderEvent(endpoint: GraphqlEndpoint, event: OrderEvent): Promise<string | undefined> {
  const { field, document } = MUTATIONS[event.kind];
  const answer = await signedGraphql(endpoint, document, { item: JSON.stringify(event.item) });
  if (answer.errors?.length)
    return `${field}: ${answer.errors.map((e) => `${e.errorType ?? 'Error'}: ${e.message}`).join('; ')}`;
  if (answer.status !== 200 || !answer.data?.[field]) return `${field}: HTTP ${answer.status}, no order in the answer`;
  return undefined;
}
