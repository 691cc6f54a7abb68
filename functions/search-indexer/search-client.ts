// The official OpenSearch client, signing every request with SigV4 for service `es` (OpenSearch Service
// developer guide, "Signing HTTP requests to Amazon OpenSearch Service"), with credentials from the
// environment: Lambda sets AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY/AWS_SESSION_TOKEN, and so does npm start.
import { fromEnv } from '@aws-sdk/credential-provider-env';
import { Client, errors } from '@opensearch-project/opensearch';
import { AwsSigv4Signer } from '@opensearch-project/opensearch/aws-v3';
import { PRODUCT_INDEX, PRODUCT_INDEX_MAPPING } from '../../contracts/index.ts';

export function searchClient(node: string, region: string): Client {
  const credentials = fromEnv();
  return new Client({
    ...AwsSigv4Signer({ region, service: 'es', getCredentials: () => credentials() }),
    node,
    // Lambda retries the batch itself (bounded, then the DLQ); a client retry would only hold the shard longer.
    maxRetries: 1,
    requestTimeout: 10_000,
  });
}

/** The OpenSearch error type of a failed call (`resource_already_exists_exception` …), if it answered one. */
export function errorType(err: unknown): string | undefined {
  if (!(err instanceof errors.ResponseError)) return undefined;
  const body = err.body as { error?: { type?: unknown } } | undefined;
  return typeof body?.error?.type === 'string' ? body.error.type : undefined;
}

export type IndexSetup = 'created' | 'exists' | 'recreated' | 'replicas updated';

/** The mapping with `number_of_replicas` for the domain's node count (the stack passes it), or as it is. */
function mappingWith(replicas: number | undefined) {
  const mapping = structuredClone(PRODUCT_INDEX_MAPPING);
  if (replicas === undefined) return mapping;
  return { ...mapping, settings: { index: { ...mapping.settings.index, number_of_replicas: replicas } } };
}

/** PUT /products/_settings: number_of_replicas is a dynamic index setting (OpenSearch "Update settings"). */
async function setReplicas(client: Client, replicas: number): Promise<boolean> {
  const current = await client.indices.getSettings({ index: PRODUCT_INDEX, name: 'index.number_of_replicas' });
  const settings = current.body as Record<string, { settings?: { index?: { number_of_replicas?: string } } }>;
  if (settings[PRODUCT_INDEX]?.settings?.index?.number_of_replicas === String(replicas)) return false;
  await client.indices.putSettings({ index: PRODUCT_INDEX, body: { index: { number_of_replicas: replicas } } });
  return true;
}

/**
 * Creates the product index with its mapping if missing (idempotent); `recreate` drops it first. With
 * `replicas`, the index gets that many replica shards, and an existing one is updated to it.
 */
export async function ensureProductIndex(client: Client, recreate = false, replicas?: number): Promise<IndexSetup> {
  if (recreate) {
    // DELETE of a missing index answers 404 index_not_found_exception: nothing to drop.
    await client.indices.delete({ index: PRODUCT_INDEX }).catch((err: unknown) => {
      if (errorType(err) !== 'index_not_found_exception') throw err;
    });
  } else {
    const exists = await client.indices.exists({ index: PRODUCT_INDEX });
    if (exists.body)
      return replicas !== undefined && (await setReplicas(client, replicas)) ? 'replicas updated' : 'exists';
  }
  try {
    await client.indices.create({ index: PRODUCT_INDEX, body: mappingWith(replicas) });
  } catch (err) {
    // A concurrent creator won between HEAD and PUT: the index exists, which is all we want.
    if (errorType(err) === 'resource_already_exists_exception') return 'exists';
    throw err;
  }
  return recreate ? 'recreated' : 'created';
}
