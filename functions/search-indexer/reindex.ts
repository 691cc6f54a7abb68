// The backfill behind `npm run search:reindex`: the index brought to the contract's mapping (index-evolution.ts:
// created behind its alias, new fields added, or rebuilt and swapped), then every product item of the table
// written through the alias. `recreate` rebuilds into a new index and swaps the alias, so searches keep
// answering from the old index until the new one has caught up (it no longer empties the live index).
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Client } from '@opensearch-project/opensearch';
import { PRODUCT_INDEX_MAPPING } from '../../contracts/index.ts';
import { fillIndex, tableBuilder, type Builder, type FillReport } from './fill.ts';
import { evolveProductIndex, type EvolutionResult } from './index-evolution.ts';

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
  index: EvolutionResult;
  /** the concrete index behind the alias afterwards */
  concrete: string;
  products: number;
  indexed: number;
  conflicts: number;
  failed: Map<string, string>;
  ms: number;
}

export async function reindexProducts(options: ReindexOptions): Promise<ReindexReport> {
  const started = performance.now();
  const base = { ddb: options.ddb, table: options.table, search: options.search, chunk: options.chunk };
  const passes = tableBuilder({ ...base, progress: options.progress });
  let last: FillReport | undefined;
  const build: Builder = async (index, pass) => (last = await passes(index, pass));
  const evolution = await evolveProductIndex({
    search: options.search,
    mapping: structuredClone(PRODUCT_INDEX_MAPPING),
    force: options.recreate,
    build,
    log: (line) => console.log(line),
  });
  // A rebuild has just filled the index from the table; otherwise fill it now, through the alias.
  const filled = last ?? (await fillIndex({ ...base, progress: options.progress }));
  return {
    index: evolution.result,
    concrete: evolution.index,
    products: filled.products,
    indexed: filled.indexed,
    conflicts: filled.conflicts,
    failed: filled.failed,
    ms: Math.round(performance.now() - started),
  };
}
