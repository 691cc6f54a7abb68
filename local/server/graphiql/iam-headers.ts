// SigV4 headers for one GraphQL POST, as a backend service signs it for AppSync (service `appsync`):
// https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html#aws-iam-authorization
// The browser then sends exactly these headers with exactly this body.
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';

export interface IamRequest {
  accessKeyId: string;
  secretAccessKey: string;
  region: string;
  /** `host[:port]` the browser will send the POST to (its own page's host). */
  host: string;
  /** e.g. `/graphql` */
  path: string;
  /** The request body, byte for byte as it will be sent. */
  body: string;
  /** The content type the fetcher sends; it is signed, so it must match. */
  contentType: string;
}

/** Names a browser may not set (fetch drops them): the browser sends its own, equal `host`. */
const SET_BY_BROWSER = new Set(['host']);

export async function iamHeaders(request: IamRequest): Promise<Record<string, string>> {
  const signer = new SignatureV4({
    service: 'appsync',
    region: request.region,
    credentials: { accessKeyId: request.accessKeyId, secretAccessKey: request.secretAccessKey },
    sha256: Sha256,
  });
  const hostname = request.host.replace(/:\d+$/, '');
  const port = /:(\d+)$/.exec(request.host)?.[1];
  const signed = await signer.sign({
    method: 'POST',
    protocol: 'http:', // not part of the signature
    hostname,
    ...(port ? { port: Number(port) } : {}),
    path: request.path,
    query: {},
    headers: { host: request.host, 'content-type': request.contentType },
    body: request.body,
  });
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(signed.headers)) {
    if (!SET_BY_BROWSER.has(name.toLowerCase())) headers[name] = String(value);
  }
  return headers;
}
