// Which product a stream record touches: a product item's own id, a variant item's productId, from
// the new image or, for a removal, the old one (both when they differ).
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { StreamRecord } from '../lib/stream-event.ts';

export function productIdsOf(record: StreamRecord): string[] {
  const ids = new Set<string>();
  for (const image of [record.dynamodb.NewImage, record.dynamodb.OldImage]) {
    if (!image) continue;
    const item = unmarshall(image);
    const id = item.entity === 'Product' ? item.id : item.entity === 'Variant' ? item.productId : undefined;
    if (typeof id === 'string' && id) ids.add(id);
  }
  return [...ids];
}
