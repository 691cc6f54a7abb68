// Secrets Manager's JSON 1.1 endpoint on loopback: every request SigV4-verified (service
// secretsmanager) with the stack's local IAM keys, then routed by X-Amz-Target to one operation.
// https://docs.aws.amazon.com/secretsmanager/latest/apireference/CommonErrors.html
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SIGV4_RULES, sigV4JsonError, verifySigV4, type SigV4Key } from '../aws/index.ts';
import { OPERATIONS, serviceError, type Answer } from './operations/index.ts';
import type { SecretStore } from './store.ts';

// The JSON services' reading of SigV4, scoped to this service.
const RULES = { ...SIGV4_RULES['cognito-idp'], service: 'secretsmanager' };
const TARGET_PREFIX = 'secretsmanager.';
const MAX_BODY_BYTES = 1024 * 1024;

export interface SecretsServerOptions {
  store: SecretStore;
  region: string;
  keys: readonly SigV4Key[];
  port?: number;
}

function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? undefined : Buffer.concat(chunks)));
    req.on('error', () => resolve(undefined));
  });
}

function send(res: ServerResponse, answer: Answer): void {
  const [status, body] =
    'error' in answer
      ? [answer.error.status, { __type: answer.error.type, message: answer.error.message }]
      : [200, answer.output];
  res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1' });
  res.end(JSON.stringify(body));
}

function parseInput(body: Buffer): Record<string, unknown> | undefined {
  try {
    const input = JSON.parse(body.toString('utf8') || '{}') as unknown;
    return input && typeof input === 'object' && !Array.isArray(input) ? (input as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

async function handle(req: IncomingMessage, res: ServerResponse, options: SecretsServerOptions): Promise<void> {
  const body = await readBody(req);
  if (!body) return send(res, serviceError('SerializationException', 'The request body is too large.', 413));
  const [rawPath = '/', rawQuery = ''] = (req.url ?? '/').split('?');
  const verified = await verifySigV4(
    { method: req.method ?? 'POST', rawPath, rawQuery, headers: req.headers, body },
    { ...RULES, region: options.region, keys: options.keys },
  );
  if (!verified.ok) {
    const refused = sigV4JsonError(verified, RULES.service);
    return send(res, serviceError(refused.type, refused.message, refused.status));
  }
  const target = String(req.headers['x-amz-target'] ?? '');
  const operation = target.startsWith(TARGET_PREFIX) ? OPERATIONS[target.slice(TARGET_PREFIX.length)] : undefined;
  if (req.method !== 'POST' || !operation)
    return send(res, serviceError('UnknownOperationException', `The twin does not answer '${target}'.`));
  const input = parseInput(body);
  if (!input) return send(res, serviceError('SerializationException', 'The request body is not a JSON object.'));
  send(res, await operation(options.store, input));
}

export async function startSecretsServer(
  options: SecretsServerOptions,
): Promise<{ url: string; stop(): Promise<void> }> {
  const server = createServer((req, res) => {
    handle(req, res, options).catch(() => send(res, serviceError('InternalServiceError', 'The twin failed.', 500)));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
