// A GraphQL call to AppSync over IAM, as a backend function makes it: the POST signed with SigV4
// (service `appsync`) using the function's own credentials (AppSync developer guide, "AWS_IAM
// authorization"). GraphQL errors come back as values, never as exceptions.
import { Sha256 } from '@aws-crypto/sha256-js';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import { SignatureV4 } from '@smithy/signature-v4';

export interface GraphqlEndpoint {
  url: string;
  region: string;
  credentials: AwsCredentialIdentity | AwsCredentialIdentityProvider;
}

export interface GraphqlAnswer {
  status: number;
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; errorType?: string | null }>;
}

export async function signedGraphql(
  endpoint: GraphqlEndpoint,
  query: string,
  variables: Record<string, unknown>,
): Promise<GraphqlAnswer> {
  const target = new URL(endpoint.url);
  const body = JSON.stringify({ query, variables });
  const signer = new SignatureV4({
    service: 'appsync',
    region: endpoint.region,
    credentials: endpoint.credentials,
    sha256: Sha256,
  });
  const signed = await signer.sign({
    method: 'POST',
    protocol: target.protocol,
    hostname: target.hostname,
    ...(target.port ? { port: Number(target.port) } : {}),
    path: target.pathname,
    query: {},
    headers: { host: target.host, 'content-type': 'application/json' },
    body,
  });
  const response = await fetch(endpoint.url, { method: 'POST', headers: signed.headers, body });
  const text = await response.text();
  let parsed: Omit<GraphqlAnswer, 'status'> = {};
  try {
    parsed = JSON.parse(text) as Omit<GraphqlAnswer, 'status'>;
  } catch {
    parsed = { errors: [{ message: `not a GraphQL answer (HTTP ${response.status}): ${text.slice(0, 200)}` }] };
  }
  return { status: response.status, ...parsed };
}
