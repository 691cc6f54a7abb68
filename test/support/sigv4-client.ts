// SigV4 as AppSync's IAM callers do it: signed GraphQL calls as a backend service makes them,
// the headers a client signs (for the auth tests), and a tiny HTTP server that runs
// `authenticate` on real requests so headers, peer address and body arrive as Node delivers them.
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import type { Authenticator } from '../../local/server/index.ts';
import type { IamSetting } from '../../local/server/index.ts';
import type { GraphQLResponse } from './graphql-client.ts';

export const TEST_IAM: IamSetting = {
  region: 'us-east-1',
  accountId: '123456789012',
  credentials: [
    {
      accessKeyId: 'AKIALOCALFULFILMENT1',
      secretAccessKey: randomBytes(30).toString('base64'),
      userArn: 'arn:aws:iam::123456789012:user/fulfilment',
      username: 'AIDALOCALFULFILMENT1',
    },
  ],
};
export const TEST_KEY = TEST_IAM.credentials[0]!;

export interface SignOptions {
  url: string;
  body: string;
  method?: string;
  headers?: Record<string, string>;
  accessKeyId?: string;
  secretAccessKey?: string;
  sessionToken?: string;
  region?: string;
  service?: string;
  signingDate?: Date;
  /** Also sign x-amz-content-sha256 (the SDK default). */
  applyChecksum?: boolean;
}

/** The headers a client sends: its own plus host, x-amz-date, (x-amz-security-token,) Authorization. */
export async function signedHeaders(options: SignOptions): Promise<Record<string, string>> {
  const url = new URL(options.url);
  const signer = new SignatureV4({
    service: options.service ?? 'appsync',
    region: options.region ?? TEST_IAM.region,
    credentials: {
      accessKeyId: options.accessKeyId ?? TEST_KEY.accessKeyId,
      secretAccessKey: options.secretAccessKey ?? TEST_KEY.secretAccessKey,
      sessionToken: options.sessionToken,
    },
    sha256: Sha256,
    applyChecksum: options.applyChecksum ?? false,
  });
  const query: Record<string, string> = {};
  for (const [k, v] of url.searchParams) query[k] = v;
  const signed = await signer.sign(
    {
      method: options.method ?? 'POST',
      protocol: url.protocol,
      hostname: url.hostname,
      port: url.port ? Number(url.port) : undefined,
      path: url.pathname,
      query,
      headers: {
        host: url.host,
        ...(options.headers ?? {
          accept: 'application/json, text/plain, */*',
          'content-type': 'application/json; charset=UTF-8',
        }),
      },
      body: options.body,
    },
    { signingDate: options.signingDate ?? new Date() },
  );
  return signed.headers as Record<string, string>;
}

export interface EchoServer {
  url: string;
  close(): Promise<void>;
}

/** POST anything to `url`: the response body is the AuthResult of `authenticate` for that request. */
export async function startAuthEchoServer(authenticator: Authenticator): Promise<EchoServer> {
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      authenticator
        .authenticate({
          headers: req.headers,
          method: req.method ?? 'GET',
          path: req.url ?? '/',
          body: Buffer.concat(chunks).toString('utf8'),
          sourceIp: req.socket.remoteAddress ?? '',
        })
        .then((result) => {
          res.writeHead(result.error ? result.error.status : 200, { 'content-type': 'application/json' });
          res.end(JSON.stringify(result));
        })
        .catch((err: Error) => {
          res.writeHead(500);
          res.end(err.message);
        });
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/graphql`, close: () => new Promise((done) => server.close(() => done())) };
}

export async function signedGraphql(
  url: string,
  credentials: { accessKeyId: string; secretAccessKey: string },
  region: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResponse> {
  const target = new URL(url);
  const body = JSON.stringify({ query, variables });
  const request = {
    method: 'POST',
    protocol: target.protocol,
    hostname: target.hostname,
    port: Number(target.port),
    path: target.pathname,
    query: {},
    headers: { host: target.host, 'content-type': 'application/json' },
    body,
  };
  const signer = new SignatureV4({ service: 'appsync', region, credentials, sha256: Sha256 });
  const signed = await signer.sign(request);
  const response = await fetch(url, { method: 'POST', headers: signed.headers as Record<string, string>, body });
  return { status: response.status, body: (await response.json()) as GraphQLResponse['body'] };
}
