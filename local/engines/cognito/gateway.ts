// The local Cognito's front door on the public Cognito port (127.0.0.1): cognito-local answers every
// operation to anyone, so this gateway makes it as strict as Cognito. Operations that need IAM
// (operations.ts) pass only when SigV4-signed (service `cognito-idp`) with the stack's local keys;
// public ones pass signed or not, as Cognito ignores signatures on them. Only loopback Host names are
// served (DNS rebinding), and only the public operations get CORS headers (cors.ts).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PUBLIC_CORS, preflightHeaders } from './cors.ts';
import { cognitoError } from './errors.ts';
import { answerError, forward } from './forward.ts';
import { isLoopbackHost } from '../../aws/index.ts';
import { needsIam, operationOf, TARGET_PREFIX } from './operations.ts';
import type { SignatureCheck } from './signature.ts';

export interface CognitoGatewayOptions {
  /** the public Cognito port on 127.0.0.1; 0 picks a free one */
  port: number;
  /** cognito-local's endpoint right now (it changes after a restart); undefined while it is down */
  upstream(): string | undefined;
  /** headers added to every forwarded request (the secret cognito-local requires, hooks.cjs) */
  upstreamHeaders?: Record<string, string>;
  /** the IAM check for operations that need it (signature.ts) */
  verify: SignatureCheck;
  /** sees each request the gateway refuses (for the log) */
  onRefused?(what: string): void;
}

export interface CognitoGateway {
  /** e.g. "http://127.0.0.1:9229": clients, token issuers and JWKS URLs use this */
  endpoint: string;
  port: number;
  close(): Promise<void>;
}

/** Cognito's requests are small; the local server's own limit. UNVERIFIED against AWS. */
export const MAX_BODY_BYTES = 1024 * 1024;
/** The read-only documents a token verifier fetches: `/<poolId>/.well-known/{jwks.json,openid-configuration}`. */
const WELL_KNOWN = /^\/[\w-]{1,128}\/\.well-known\/(jwks\.json|openid-configuration)$/;

function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(undefined);
        req.pause();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

async function handlePost(req: IncomingMessage, res: ServerResponse, options: CognitoGatewayOptions): Promise<void> {
  const body = await readBody(req);
  if (!body) {
    res.setHeader('connection', 'close');
    return answerError(res, cognitoError(413, 'RequestEntityTooLarge', `The body exceeds ${MAX_BODY_BYTES} bytes.`));
  }
  const operation = operationOf(req.headers['x-amz-target']);
  if (!operation) {
    options.onRefused?.(`unknown X-Amz-Target ${JSON.stringify(req.headers['x-amz-target'] ?? null)}`);
    return answerError(res, cognitoError(400, 'UnknownOperationException', 'The X-Amz-Target is not an operation.'));
  }
  const iam = needsIam(operation);
  if (iam) {
    const refused = await options.verify({ method: 'POST', url: req.url ?? '/', headers: req.headers, body });
    if (refused) {
      options.onRefused?.(`${operation} without valid IAM credentials: ${refused.type}`);
      return answerError(res, refused);
    }
  }
  const contentType = req.headers['content-type'] ?? 'application/x-amz-json-1.1';
  const headers = {
    ...options.upstreamHeaders,
    'content-type': contentType,
    'x-amz-target': TARGET_PREFIX + operation,
  };
  forward(options.upstream(), { method: 'POST', path: '/', headers, body }, res, iam ? {} : PUBLIC_CORS);
}

async function handle(req: IncomingMessage, res: ServerResponse, options: CognitoGatewayOptions): Promise<void> {
  if (!isLoopbackHost(req.headers.host)) {
    options.onRefused?.(`Host ${JSON.stringify(req.headers.host ?? '')}`);
    const message = `Host ${JSON.stringify(req.headers.host ?? '')} is not a loopback name.`;
    return answerError(res, cognitoError(403, 'AccessDeniedException', message));
  }
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  if (req.method === 'OPTIONS') {
    res.writeHead(200, { ...preflightHeaders(req.headers), 'content-length': '0' });
    return void res.end();
  }
  if (req.method === 'POST' && path === '/') return handlePost(req, res, options);
  if ((req.method === 'GET' || req.method === 'HEAD') && (path === '/health' || WELL_KNOWN.test(path))) {
    req.resume();
    const headers = { ...options.upstreamHeaders };
    return forward(options.upstream(), { method: req.method, path, headers }, res, PUBLIC_CORS);
  }
  req.resume();
  answerError(res, cognitoError(404, 'ResourceNotFoundException', `Nothing is served at ${req.method} ${path}.`));
}

export async function startCognitoGateway(options: CognitoGatewayOptions): Promise<CognitoGateway> {
  const server = createServer((req, res) => {
    handle(req, res, options).catch(() => {
      if (!res.headersSent) answerError(res, cognitoError(500, 'InternalErrorException', 'Internal error.'));
      else res.destroy();
    });
  });
  server.requestTimeout = 60_000;
  server.headersTimeout = 10_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
