// IAM calls as a backend service makes them: the request signed with SigV4 (service appsync).
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import type { GraphQLResponse } from './graphql-client.ts';

export async function signedGraphql(url: string, credentials: { accessKeyId: string; secretAccessKey: string }, region: string, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse> {
  const target = new URL(url);
  const body = JSON.stringify({ query, variables });
  const request = { method: 'POST', protocol: target.protocol, hostname: target.hostname, port: Number(target.port), path: target.pathname, query: {}, headers: { host: target.host, 'content-type': 'application/json' }, body };
  const signer = new SignatureV4({ service: 'appsync', region, credentials, sha256: Sha256 });
  const signed = await signer.sign(request);
  const response = await fetch(url, { method: 'POST', headers: signed.headers as Record<string, string>, body });
  return { status: response.status, body: (await response.json()) as GraphQLResponse['body'] };
}
