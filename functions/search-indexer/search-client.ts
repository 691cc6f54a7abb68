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

export type IndexSetup = 'created' | 'exists' | 'recreated';

/** Creates the product index with its mapping if missing (idempotent); `recreate` drops it first. */
export async function ensureProductIndex(client: Client, recreate = false): Promise<IndexSetup> {
  if (recreate) {
    // DELETE of a missing index answers 404 index_not_found_exception: nothing to drop.
    await client.indices.delete({ index: PRODUCT_INDEX }).catch((err: unknown) => {
      if (errorType(err) !== 'index_not_found_exception') throw err;
    });
  } else {
    const exists = await client.indices.exists({ index: PRODUCT_INDEX });
    if (exists.body) return 'exists';
  }
  try {
    await client.indices.create({ index: PRODUCT_INDEX, body: structuredClone(PRODUCT_INDEX_MAPPING) });
  } catch (err) {
    // A concurrent creator won between HEAD and PUT: the index exists, which is all we want.
    if (errorType(err) === 'resource_already_exists_exception') return 'exists';
    throw err;
  }
  return recreate ? 'recreated' : 'created';
}
