// Filling an index from the table: every product item (Scan, paged), read with its variants and bulk-indexed
// the way the indexer does, in chunks, to the alias or to a named index (a rebuild's new one). Documents carry
// the read time as their external version, so a fill and the stream's writes never undo each other's newer
// reads: a fill may run while the shop is live, and running it again only catches up.
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Client } from '@opensearch-project/opensearch';
import { PRODUCT_INDEX } from '../../contracts/index.ts';
import { sendBulk } from './bulk.ts';
import { readProducts, scanProductIds } from './catalog-reads.ts';

export interface FillOptions {
  ddb: DynamoDBClient;
  table: string;
  search: Client;
  /** the alias (default) or a concrete index */
  index?: string;
  /** products per _bulk request; @default 200 */
  chunk?: number;
  /** told after every chunk */
  progress?: (done: number) => void;
}

export interface FillReport {
  products: number;
  indexed: number;
  deleted: number;
  conflicts: number;
  failed: Map<string, string>;
}

/** Fills a named index from the table; the `final` pass also removes products no longer in the table. */
export type Builder = (index: string, pass: 'fill' | 'catch-up' | 'final') => Promise<FillReport>;

const emptyReport = (): FillReport => ({ products: 0, indexed: 0, deleted: 0, conflicts: 0, failed: new Map() });

async function writeChunk(options: FillOptions, ids: string[], report: FillReport): Promise<void> {
  const read = await readProducts(options.ddb, options.table, ids);
  const outcome = await sendBulk(options.search, read, undefined, options.index ?? PRODUCT_INDEX);
  report.products += ids.length;
  report.indexed += outcome.indexed;
  report.deleted += outcome.deleted;
  report.conflicts += outcome.conflicts;
  for (const [id, why] of outcome.failed) report.failed.set(id, why);
  options.progress?.(report.products);
}

/** POST /<index>/_refresh: searchable now, not after the refresh interval (docs/search.md fixes POST). */
export async function refresh(search: Client, index = PRODUCT_INDEX): Promise<void> {
  await search.transport.request({ method: 'POST', path: `/${encodeURIComponent(index)}/_refresh` });
}

/** Every product of the table into the index; the ids it wrote are in `seen`. */
export async function fillIndex(options: FillOptions, seen = new Set<string>()): Promise<FillReport> {
  const chunk = options.chunk ?? 200;
  const report = emptyReport();
  let pending: string[] = [];
  for await (const ids of scanProductIds(options.ddb, options.table)) {
    for (const id of ids) seen.add(id);
    pending.push(...ids);
    while (pending.length >= chunk) await writeChunk(options, pending.splice(0, chunk), report);
  }
  if (pending.length > 0) await writeChunk(options, pending, report);
  pending = [];
  await refresh(options.search, options.index);
  return report;
}

/** The ids of every document in the index, in pages sorted by the `id` keyword (search_after). */
async function* indexedIds(search: Client, index: string): AsyncGenerator<string[]> {
  let after: unknown[] | undefined;
  for (;;) {
    const body = {
      size: 1000,
      _source: false,
      sort: [{ id: { order: 'asc' } }],
      ...(after ? { search_after: after } : {}),
    };
    const answer = await search.transport.request({
      method: 'POST',
      path: `/${encodeURIComponent(index)}/_search`,
      body,
    });
    const hits = (answer.body as { hits: { hits: Array<{ _id: string; sort?: unknown[] }> } }).hits.hits;
    if (hits.length === 0) return;
    yield hits.map((h) => h._id);
    after = hits[hits.length - 1]?.sort;
  }
}

/**
 * Documents the fill did not see are products deleted while it ran: re-read them (gone ones are deleted with
 * the read time as version, so a product re-created meanwhile is indexed instead).
 */
export async function removeUnseen(options: FillOptions, seen: Set<string>): Promise<FillReport> {
  const report = emptyReport();
  const index = options.index ?? PRODUCT_INDEX;
  const unseen: string[] = [];
  for await (const ids of indexedIds(options.search, index)) unseen.push(...ids.filter((id) => !seen.has(id)));
  for (let i = 0; i < unseen.length; i += options.chunk ?? 200) {
    await writeChunk(options, unseen.slice(i, i + (options.chunk ?? 200)), report);
  }
  if (unseen.length > 0) await refresh(options.search, index);
  return report;
}

/** The rebuild's passes over the table (index-evolution.ts): fill, catch up, and a final pass that also removes. */
export function tableBuilder(base: Omit<FillOptions, 'index'>): Builder {
  return async (index, pass) => {
    const seen = new Set<string>();
    const report = await fillIndex({ ...base, index }, seen);
    if (pass !== 'final') return report;
    const removed = await removeUnseen({ ...base, index }, seen);
    for (const [id, why] of removed.failed) report.failed.set(id, why);
    return { ...report, deleted: report.deleted + removed.deleted, conflicts: report.conflicts + removed.conflicts };
  };
}
