// The local AppSync control plane over HTTP: AWS serves it at appsync.<region>.amazonaws.com, apart from the
// API's GraphQL endpoint; locally it is the path prefix /v1/apis on the API's own loopback port, so the
// functions' AWS_ENDPOINT_URL_APPSYNC is that port. Every request is SigV4-signed for `appsync` with the
// stack's local IAM keys (the one verifier in local/aws); errors carry x-amzn-ErrorType and a JSON `message`.
// https://docs.aws.amazon.com/appsync/latest/APIReference/CommonErrors.html
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { SIGV4_RULES, sigV4JsonError, verifySigV4, type SigV4Key } from '../aws/index.ts';
import type { ApiKeyStore } from './api-keys.ts';
import { listApiKeys, unknownOperation, updateApiKey, type ControlAnswer } from './operations.ts';

export const CONTROL_PLANE_PREFIX = '/v1/apis';
/** Local bound on a control-plane request body (UpdateApiKey's is a few dozen bytes). */
const MAX_BODY_BYTES = 64 * 1024;

export interface ControlPlaneOptions {
  store: ApiKeyStore;
  region: string;
  /** the keys whose signatures are accepted (the stack's local IAM key pair) */
  keys: readonly SigV4Key[];
  now?: () => number;
  log?: (line: string) => void;
}

/** true when it took the request (its path is under /v1/apis); answers asynchronously. */
export type ControlPlaneHandler = (req: IncomingMessage, res: ServerResponse) => boolean;

const segment = '([^/]+)';
const UPDATE_KEY = new RegExp(`^${CONTROL_PLANE_PREFIX}/${segment}/apikeys/${segment}$`);
const LIST_KEYS = new RegExp(`^${CONTROL_PLANE_PREFIX}/${segment}/apikeys$`);

function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? undefined : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown, errorType?: string): void {
  res.writeHead(status, {
    'content-type': 'application/json',
    'x-amzn-requestid': randomUUID(),
    ...(errorType ? { 'x-amzn-errortype': errorType } : {}),
  });
  res.end(JSON.stringify(body));
}

function parseJson(body: Buffer): unknown {
  if (body.length === 0) return {};
  try {
    return JSON.parse(body.toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

async function route(method: string, path: string, body: Buffer, options: ControlPlaneOptions): Promise<ControlAnswer> {
  const nowMs = (options.now ?? Date.now)();
  const update = UPDATE_KEY.exec(path);
  if (update && method === 'POST') {
    const [apiId, id] = [decodeURIComponent(update[1] as string), decodeURIComponent(update[2] as string)];
    return updateApiKey(options.store, apiId, id, parseJson(body), nowMs);
  }
  const list = LIST_KEYS.exec(path);
  if (list && method === 'GET') return listApiKeys(options.store, decodeURIComponent(list[1] as string), nowMs);
  return unknownOperation(method, path);
}

async function answer(req: IncomingMessage, res: ServerResponse, options: ControlPlaneOptions): Promise<void> {
  const body = await readBody(req);
  if (!body) return send(res, 413, { message: 'Request body too large.' }, 'BadRequestException');
  const url = req.url ?? '/';
  const q = url.indexOf('?');
  const rawPath = q < 0 ? url : url.slice(0, q);
  const method = req.method ?? 'GET';
  const verified = await verifySigV4(
    { method, rawPath, rawQuery: q < 0 ? '' : url.slice(q + 1), headers: req.headers, body },
    { ...SIGV4_RULES.appsync, region: options.region, keys: options.keys, nowMs: (options.now ?? Date.now)() },
  );
  if (!verified.ok) {
    const refused = sigV4JsonError(verified, SIGV4_RULES.appsync.service);
    return send(res, refused.status, { message: refused.message }, refused.type);
  }
  const result = await route(method, rawPath, body, options);
  options.log?.(`appsync ${method} ${rawPath} → ${result.status}${result.errorType ? ` ${result.errorType}` : ''}`);
  send(res, result.status, result.body, result.errorType);
}

export function createControlPlane(options: ControlPlaneOptions): ControlPlaneHandler {
  return (req, res) => {
    const path = (req.url ?? '/').split('?')[0] as string;
    if (path !== CONTROL_PLANE_PREFIX && !path.startsWith(`${CONTROL_PLANE_PREFIX}/`)) return false;
    answer(req, res, options).catch((err: unknown) => {
      options.log?.(`appsync control plane: ${err instanceof Error ? err.message : String(err)}`);
      if (!res.headersSent) send(res, 500, { message: 'An internal failure occurred.' }, 'InternalFailureException');
    });
    return true;
  };
}
