// The backfill behind `npm run search:reindex`: every product item in the table (Scan, paged), read
// with its variants and bulk-indexed the way the indexer does, in chunks; optionally drop and recreate
// the index first. Products no longer in the table are removed only by `recreate`.
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Client } from '@opensearch-project/opensearch';
import { PRODUCT_INDEX } from '../../contracts/index.ts';
import { sendBulk } from './bulk.ts';
import { readProducts, scanProductIds } from './catalog-reads.ts';
import { ensureProductIndex, type IndexSetup } from './search-client.ts';

export interface ReindexOptions {
  ddb: DynamoDBClient;
  table: string;
  search: Client;
  recreate?: boolean;
  /** products per _bulk request; @default 200 */
  chunk?: number;
  /** told after every chunk */
  progress?: (done: number) => void;
}

export interface ReindexReport {
  index: IndexSetup;
  products: number;
  indexed: number;
  conflicts: number;
  failed: Map<string, string>;
  ms: number;
}

export async function reindexProducts(options: ReindexOptions): Promise<ReindexReport> {
  const started = performance.now();
  const chunk = options.chunk ?? 200;
  const index = await ensureProductIndex(options.search, options.recreate);
  const report: ReindexReport = { index, products: 0, indexed: 0, conflicts: 0, failed: new Map(), ms: 0 };
  let pending: string[] = [];
  const flush = async (ids: string[]) => {
    const outcome = await sendBulk(options.search, await readProducts(options.ddb, options.table, ids));
    report.products += ids.length;
    report.indexed += outcome.indexed;
    report.conflicts += outcome.conflicts;
    for (const [id, why] of outcome.failed) report.failed.set(id, why);
    options.progress?.(report.products);
  };
  for await (const ids of scanProductIds(options.ddb, options.table)) {
    pending.push(...ids);
    while (pending.length >= chunk) await flush(pending.splice(0, chunk));
  }
  if (pending.length > 0) await flush(pending);
  pending = [];
  // Searchable now, not after the next refresh interval: the command's caller looks right away. POST, as
  // search-dsl.md fixes it (the client's indices.refresh sends GET without a body).
  await options.search.transport.request({ method: 'POST', path: `/${PRODUCT_INDEX}/_refresh` });
  report.ms = Math.round(performance.now() - started);
  return report;
}
