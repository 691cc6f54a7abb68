// The search indexer's logic, run by the catalog-changes function. For a batch of the table's stream
// (product and variant items, by the mapping's filter) it re-reads every product the batch touches and
// writes its document, or deletes it, in one _bulk call: documents never come from stream images, so a late
// or repeated record cannot index a stale product. Failed products are reported with all their records
// (ReportBatchItemFailures); Lambda retries from the earliest. At deploy the same function answers the
// custom resource that brings the index behind its alias to the template's mapping (setUpIndex).
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Client } from '@opensearch-project/opensearch';
import { PRODUCT_INDEX, PRODUCT_INDEX_MAPPING } from '../../contracts/index.ts';
import type { CustomResourceAnswer, CustomResourceEvent } from '../lib/custom-resource-event.ts';
import type { BatchResponse, StreamRecord } from '../lib/stream-event.ts';
import { sendBulk } from './bulk.ts';
import { readProducts } from './catalog-reads.ts';
import { tableBuilder } from './fill.ts';
import { evolveProductIndex } from './index-evolution.ts';
import type { IndexMapping } from './mapping-diff.ts';
import { searchClient } from './search-client.ts';
import { productIdsOf } from './stream-records.ts';

export { productDocument } from './document.ts';
export { evolveProductIndex, type Evolution, type EvolveOptions } from './index-evolution.ts';
export { diffMapping, type IndexMapping, type MappingChange } from './mapping-diff.ts';
export { reindexProducts, type ReindexOptions, type ReindexReport } from './reindex.ts';
export { searchClient } from './search-client.ts';

interface Clients {
  table: string;
  endpoint: string;
  ddb: DynamoDBClient;
  search: Client;
}

let clients: Clients | undefined;

function connect(): Clients {
  const { TABLE_NAME: table, SEARCH_ENDPOINT: endpoint, AWS_REGION: region } = process.env;
  if (!table || !endpoint || !region) throw new Error('TABLE_NAME, SEARCH_ENDPOINT and AWS_REGION must be set');
  // Reused across invocations of one environment, rebuilt if the settings change (tests, local restarts).
  if (clients?.table !== table || clients.endpoint !== endpoint) {
    clients = { table, endpoint, ddb: new DynamoDBClient({ region }), search: searchClient(endpoint, region) };
  }
  return clients;
}

/** Drops the cached clients (tests point the function at other servers between cases). */
export function resetClients(): void {
  clients?.ddb.destroy();
  void clients?.search.close();
  clients = undefined;
}

/** Indexes the products a batch touches; reports every record of each product that failed. */
export async function indexBatch(batch: StreamRecord[]): Promise<BatchResponse> {
  const { table, ddb, search } = connect();
  // product id -> the sequence numbers of its records, in stream order (the earliest first)
  const records = new Map<string, string[]>();
  for (const record of batch) {
    for (const id of productIdsOf(record))
      records.set(id, [...(records.get(id) ?? []), record.dynamodb.SequenceNumber]);
  }
  if (records.size === 0) return { batchItemFailures: [] };
  let failed: Map<string, string>;
  try {
    const read = await readProducts(ddb, table, records.keys());
    const outcome = await sendBulk(search, read);
    failed = outcome.failed;
    console.log(
      JSON.stringify({ products: records.size, ...outcome, failed: outcome.failed.size, version: read.readAt }),
    );
  } catch (err) {
    const why = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    failed = new Map([...records.keys()].map((id) => [id, why]));
  }
  for (const [id, why] of failed) console.error(`product ${id} not indexed: ${why}`);
  const sequence = new Set([...failed.keys()].flatMap((id) => records.get(id) ?? []));
  return {
    batchItemFailures: batch
      .filter((r) => sequence.has(r.dynamodb.SequenceNumber))
      .map((r) => ({
        itemIdentifier: r.dynamodb.SequenceNumber,
      })),
  };
}

/** The template's Mapping property (a JSON string: CloudFormation passes every property value as a string). */
function mappingOf(properties: Record<string, unknown> | undefined): IndexMapping {
  const given = properties?.['Mapping'];
  return typeof given === 'string' ? (JSON.parse(given) as IndexMapping) : structuredClone(PRODUCT_INDEX_MAPPING);
}

/**
 * Create/Update: the alias names an index with the template's mapping (`Mapping`) and the stack's replica count
 * (`Replicas`, from the node count): created, given the new fields, or rebuilt from the table and swapped
 * (index-evolution.ts), searches answered throughout.
 */
export async function setUpIndex(event: CustomResourceEvent): Promise<CustomResourceAnswer> {
  // Delete leaves the index: it goes with the domain, and a replaced custom resource must not empty it.
  if (event.RequestType === 'Delete') return { PhysicalResourceId: event.PhysicalResourceId ?? PRODUCT_INDEX };
  const replicas = Number(event.ResourceProperties?.['Replicas'] ?? Number.NaN);
  const { ddb, table, search } = connect();
  const evolution = await evolveProductIndex({
    search,
    mapping: mappingOf(event.ResourceProperties),
    replicas: Number.isInteger(replicas) ? replicas : undefined,
    build: tableBuilder({ ddb, table, search }),
    log: (line) => console.log(line),
  });
  console.log(JSON.stringify({ index: evolution }));
  return { PhysicalResourceId: PRODUCT_INDEX, Data: { result: evolution.result, index: evolution.index } };
}
