// The product index behind its alias, brought to the desired mapping with searches answered throughout:
// - no alias, no index: create products-v<N> with the alias in the same request;
// - no alias but a concrete `products` (stacks deployed before the alias): build products-v<N> from the
//   table, then one POST /_aliases removes the old index and adds the alias by its name (remove_index);
// - an additive change (only new fields): PUT /<live>/_mapping;
// - any other change: build products-v<N+…> from the table, catch up, swap the alias (remove + add in one
//   POST /_aliases), catch up again, delete the old index.
// Built from the table, not with _reindex: the table is the source of truth, a new mapping may need documents
// shaped anew (document.ts), and the read-time versions make the build safe beside the live stream.
import type { Client } from '@opensearch-project/opensearch';
import { PRODUCT_INDEX, productIndexName } from '../../contracts/index.ts';
import type { Builder } from './fill.ts';
import * as admin from './index-admin.ts';
import { diffMapping, mappingVersion, type IndexMapping } from './mapping-diff.ts';

export type EvolutionResult = 'created' | 'unchanged' | 'fields added' | 'rebuilt' | 'migrated';

export interface Evolution {
  result: EvolutionResult;
  /** the concrete index the alias points at afterwards */
  index: string;
  /** the index the alias pointed at before, when it changed */
  previous?: string;
  /** what was added, or why it was rebuilt */
  details: string[];
  replicasChanged: boolean;
}

export interface EvolveOptions {
  search: Client;
  /** the desired settings and mappings (the contract's, or the template's Mapping property) */
  mapping: IndexMapping;
  /** number_of_replicas for the domain's node count */
  replicas?: number;
  build: Builder;
  /** rebuild even when the mapping is the same (`search:reindex --recreate`) */
  force?: boolean;
  log?: (line: string) => void;
}

const VERSION_SUFFIX = /-v(\d+)$/;

/** The mapping with the replica count for this domain. */
function withReplicas(mapping: IndexMapping, replicas: number | undefined): IndexMapping {
  if (replicas === undefined) return mapping;
  const settings = (mapping.settings ?? {}) as { index?: Record<string, unknown> };
  return { ...mapping, settings: { ...settings, index: { ...settings.index, number_of_replicas: replicas } } };
}

/** products-v<N>: the desired version, or past the live one when a rebuild kept the version number. */
function nextIndexName(desired: IndexMapping, live?: string): string {
  const liveVersion = Number(VERSION_SUFFIX.exec(live ?? '')?.[1] ?? 0);
  return productIndexName(Math.max(mappingVersion(desired), liveVersion + 1, 1));
}

/** A fresh, empty index by that name: a leftover of an interrupted build is dropped (nothing reads it). */
async function freshIndex(options: EvolveOptions, index: string): Promise<void> {
  if (await admin.indexExists(options.search, index)) await admin.deleteIndex(options.search, index);
  await admin.createIndex(options.search, index, withReplicas(options.mapping, options.replicas));
}

/** Builds `next` and points the alias at it; `retire` is the action that takes the old index out of it. */
async function buildAndSwap(options: EvolveOptions, next: string, retire: admin.AliasAction): Promise<void> {
  const log = options.log ?? (() => undefined);
  await freshIndex(options, next);
  log(`building ${next} from the table`);
  const first = await options.build(next, 'fill');
  // Catch up before the swap: products written to the old index while the first pass ran are re-read.
  const second = await options.build(next, 'catch-up');
  const failed = first.failed.size + second.failed.size;
  if (failed > 0)
    throw new Error(`${failed} products could not be written to ${next}; the alias still names the old index`);
  await admin.updateAliases(options.search, [retire, { add: { index: next, alias: PRODUCT_INDEX } }]);
  log(`${PRODUCT_INDEX} now points at ${next}`);
  // Writes between the catch-up and the swap went to the old index: one more pass, through the alias.
  await options.build(next, 'final');
}

export async function evolveProductIndex(options: EvolveOptions): Promise<Evolution> {
  const { search, mapping } = options;
  const targets = await admin.aliasTargets(search);
  if (targets.length > 1) throw new Error(`${PRODUCT_INDEX} points at ${targets.join(', ')}: it must name one index`);
  const live = targets[0];
  if (!live) {
    const next = nextIndexName(mapping);
    if (await admin.indexExists(search, PRODUCT_INDEX)) {
      // The index from before aliases: searches keep reading it until remove_index and add swap it atomically.
      await buildAndSwap(options, next, { remove_index: { index: PRODUCT_INDEX } });
      return { result: 'migrated', index: next, previous: PRODUCT_INDEX, details: [], replicasChanged: false };
    }
    if (await admin.indexExists(search, next)) await admin.deleteIndex(search, next);
    await admin.createIndex(search, next, withReplicas(mapping, options.replicas), PRODUCT_INDEX);
    return { result: 'created', index: next, details: [], replicasChanged: false };
  }
  const current = await admin.liveMapping(search, live);
  // A rebuild without a replica count (search:reindex) keeps the live index's, so the cluster stays green.
  const replicas = options.replicas ?? liveReplicas(current);
  const change = options.force ? { kind: 'rebuild' as const, reasons: ['forced'] } : diffMapping(current, mapping);
  if (change.kind === 'rebuild') {
    const next = nextIndexName(mapping, live);
    await buildAndSwap({ ...options, replicas }, next, { remove: { index: live, alias: PRODUCT_INDEX } });
    await admin.deleteIndex(search, live);
    return { result: 'rebuilt', index: next, previous: live, details: change.reasons, replicasChanged: false };
  }
  const meta = mapping.mappings?._meta;
  const metaChanged = meta !== undefined && JSON.stringify(meta) !== JSON.stringify(current.mappings?._meta);
  if (change.kind === 'additive') {
    await admin.putMapping(search, live, { properties: change.properties, ...(meta ? { _meta: meta } : {}) });
  } else if (metaChanged) {
    await admin.putMapping(search, live, { _meta: meta });
  }
  const replicasChanged = options.replicas !== undefined && (await admin.setReplicas(search, live, options.replicas));
  const added = change.kind === 'additive';
  return {
    result: added ? 'fields added' : 'unchanged',
    index: live,
    details: added ? change.fields : [],
    replicasChanged,
  };
}

/** number_of_replicas as GET /<index> answers it (a string), if it says. */
function liveReplicas(mapping: IndexMapping): number | undefined {
  const settings = mapping.settings as { index?: { number_of_replicas?: unknown } } | undefined;
  const replicas = Number(settings?.index?.number_of_replicas ?? Number.NaN);
  return Number.isInteger(replicas) ? replicas : undefined;
}
