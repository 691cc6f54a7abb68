// Product reads -> one `_bulk` request (index or delete per product, versioned externally with the read
// time, `version_type: external_gte`: OpenSearch docs, "Index document" / "Bulk" versioning), and which
// products did not make it. A version conflict means a newer read already won: not a failure.
import type { Client } from '@opensearch-project/opensearch';
import { PRODUCT_INDEX } from '../../contracts/index.ts';
import type { CatalogRead } from './catalog-reads.ts';
import { productDocument } from './document.ts';

type BulkLine = Record<string, unknown>;

interface BulkItemResult {
  _id?: string;
  status: number;
  error?: { type?: string; reason?: string };
}

interface BulkAnswer {
  errors: boolean;
  items: Array<Record<string, BulkItemResult>>;
}

export interface BulkOutcome {
  indexed: number;
  deleted: number;
  /** stale: a newer version is already stored */
  conflicts: number;
  /** product id -> why it failed */
  failed: Map<string, string>;
}

/** The NDJSON lines for one read: an index action and its document, or a delete action, to `index`. */
export function bulkBody(read: CatalogRead, index = PRODUCT_INDEX): { ids: string[]; body: BulkLine[] } {
  const ids: string[] = [];
  const body: BulkLine[] = [];
  for (const [id, product] of read.products) {
    const target = { _index: index, _id: id, version: read.readAt, version_type: 'external_gte' };
    ids.push(id);
    if (product) body.push({ index: target }, { ...productDocument(product) });
    else body.push({ delete: target });
  }
  return { ids, body };
}

/**
 * Sends one bulk request, through the alias unless `index` names a concrete index (a rebuild fills its new
 * index before the swap); a request that fails as a whole fails every product in it.
 */
export async function sendBulk(
  client: Client,
  read: CatalogRead,
  refresh?: 'true' | 'wait_for',
  index = PRODUCT_INDEX,
): Promise<BulkOutcome> {
  const outcome: BulkOutcome = { indexed: 0, deleted: 0, conflicts: 0, failed: new Map() };
  const { ids, body } = bulkBody(read, index);
  if (ids.length === 0) return outcome;
  let answer: BulkAnswer;
  try {
    const response = await client.bulk({ body, ...(refresh ? { refresh } : {}) });
    answer = response.body as unknown as BulkAnswer;
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    for (const id of ids) outcome.failed.set(id, why);
    return outcome;
  }
  ids.forEach((id, i) => {
    const entry = answer.items?.[i];
    const [action, result] = entry ? (Object.entries(entry)[0] ?? []) : [];
    if (!result) {
      outcome.failed.set(id, 'no item in the bulk response');
    } else if (result.status === 409) {
      outcome.conflicts++;
    } else if (action === 'delete' && (result.status === 404 || (result.status >= 200 && result.status < 300))) {
      outcome.deleted++;
    } else if (result.status >= 200 && result.status < 300) {
      outcome.indexed++;
    } else {
      outcome.failed.set(id, `${result.status} ${result.error?.type ?? ''}: ${result.error?.reason ?? ''}`.trim());
    }
  });
  return outcome;
}
