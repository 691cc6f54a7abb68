// The official OpenSearch client, signing every request with SigV4 for service `es` (OpenSearch Service
// developer guide, "Signing HTTP requests to Amazon OpenSearch Service"), with credentials from the
// environment: Lambda sets AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY/AWS_SESSION_TOKEN, and so does npm start.
import { fromEnv } from '@aws-sdk/credential-provider-env';
import { Client, errors } from '@opensearch-project/opensearch';
import { AwsSigv4Signer } from '@opensearch-project/opensearch/aws-v3';

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
