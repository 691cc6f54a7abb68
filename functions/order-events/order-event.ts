// Which stream records are order events: a new order item (placed), or an order item whose
// status changed (every other change to an order, and every other item, is no event).
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { StreamRecord } from '../lib/stream-event.ts';

/** The `entity` attribute of an order item (docs/data-model.md). */
export const ORDER_ENTITY = 'Order';

export type OrderEventKind = 'placed' | 'statusChanged';

export interface OrderEvent {
  kind: OrderEventKind;
  /** the order item as the table stores it after the write */
  item: Record<string, unknown>;
}

function image(raw: StreamRecord['dynamodb']['NewImage']): Record<string, unknown> | undefined {
  // The cast: the SDK's AttributeValue union and util-dynamodb's are the same shape, typed twice.
  return raw ? unmarshall(raw as Parameters<typeof unmarshall>[0]) : undefined;
}

export function orderEventOf(record: StreamRecord): OrderEvent | undefined {
  const next = image(record.dynamodb.NewImage);
  if (!next || next.entity !== ORDER_ENTITY) return undefined;
  if (record.eventName === 'INSERT') return { kind: 'placed', item: next };
  const before = image(record.dynamodb.OldImage);
  if (record.eventName === 'MODIFY' && before?.status !== next.status) return { kind: 'statusChanged', item: next };
  return undefined;
}
