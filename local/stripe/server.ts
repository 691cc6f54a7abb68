// The twin's HTTP endpoint on loopback: every /v1 and /_twin request is authenticated, its form body
// and query decoded, routed through the table in routes.ts, made idempotent when it is a POST with an
// Idempotency-Key, and answered in Stripe's JSON with a Request-Id once its changes are saved. The
// hosted page (/c/pay/:id) needs no key.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { authenticate } from './auth.ts';
import { apiError, invalidRequest, unrecognizedUrl } from './errors.ts';
import { decodeForm } from './form.ts';
import { showHostedPage, submitHostedPage } from './hosted-routes.ts';
import { newId } from './ids.ts';
import type { createIdempotency } from './idempotency.ts';
import type { Answer, OperationContext, StripeRequest } from './operation.ts';
import { matchRoute } from './routes.ts';

export interface HandlerParts {
  context: OperationContext;
  secretKeys: readonly string[];
  apiVersion: string;
  idempotent: ReturnType<typeof createIdempotency>;
  log(line: string): void;
}

/** Stripe refuses request bodies this large long before; 1 MiB is the house's local limit. */
const MAX_BODY = 1024 * 1024;
const HOSTED_PAGE = '/c/pay/';

async function readBody(req: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, answer: Answer, headers: Record<string, string>): void {
  const isText = typeof answer.body === 'string';
  const body = isText ? (answer.body as string) : `${JSON.stringify(answer.body, null, 2)}\n`;
  res.writeHead(answer.status, {
    ...(isText ? {} : { 'content-type': 'application/json' }),
    ...headers,
    ...answer.headers,
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
}

async function hostedPage(parts: HandlerParts, req: IncomingMessage, path: string, raw: string): Promise<Answer> {
  let id = '';
  try {
    id = decodeURIComponent(path.slice(HOSTED_PAGE.length));
  } catch {
    id = '';
  }
  if (req.method === 'GET') return showHostedPage(parts.context, id);
  if (req.method !== 'POST') {
    return { status: 405, body: 'Method not allowed', headers: { allow: 'GET, POST', 'content-type': 'text/plain' } };
  }
  const answer = submitHostedPage(parts.context, id, new URLSearchParams(raw));
  await parts.context.store.save();
  return answer;
}

async function api(parts: HandlerParts, req: IncomingMessage, url: URL, raw: string, requestId: string) {
  const denied = authenticate(req.headers.authorization, parts.secretKeys);
  if (denied) return denied;
  const method = req.method ?? 'GET';
  const match = matchRoute(method, url.pathname);
  if (!match) return unrecognizedUrl(method, url.pathname);
  const decoded = decodeForm(url.search.slice(1), raw);
  if (!decoded.ok) return invalidRequest(decoded.message);
  const key = req.headers['idempotency-key'];
  const idempotencyKey = typeof key === 'string' && key !== '' ? key : undefined;
  const request: StripeRequest = {
    method,
    path: url.pathname,
    params: decoded.params,
    pathParams: match.pathParams,
    requestId,
    idempotencyKey,
  };
  const run = async () => match.route.operation(parts.context, request);
  const answer =
    method === 'POST' && idempotencyKey
      ? await parts.idempotent({ key: idempotencyKey, method, path: url.pathname, params: decoded.params, run })
      : await run();
  await parts.context.store.save();
  return answer;
}

export function createHandler(parts: HandlerParts) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const requestId = newId('req_', 14);
    const version = req.headers['stripe-version'];
    const headers: Record<string, string> = {
      'request-id': requestId,
      'stripe-version': typeof version === 'string' ? version : parts.apiVersion,
    };
    const key = req.headers['idempotency-key'];
    if (typeof key === 'string') headers['idempotency-key'] = key;
    try {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const raw = await readBody(req);
      if (raw === undefined) return send(res, invalidRequest('The request body is too large.'), headers);
      const answer = url.pathname.startsWith(HOSTED_PAGE)
        ? await hostedPage(parts, req, url.pathname, raw)
        : await api(parts, req, url, raw, requestId);
      send(res, answer, headers);
    } catch (err) {
      parts.log(`stripe twin: ${req.method} ${req.url} failed: ${(err as Error).stack ?? String(err)}`);
      if (!res.headersSent) send(res, apiError('An unexpected error occurred in the Stripe twin.'), headers);
      else res.destroy();
    }
  };
}
