// Hands one checked request to cognito-local on its internal loopback port and relays the answer,
// keeping only what the JSON API needs (cognito-local's own CORS headers are dropped: the gateway
// decides CORS).
import { request as httpRequest, type ServerResponse } from 'node:http';
import { cognitoError, errorResponse } from './errors.ts';

export interface ForwardRequest {
  method: 'GET' | 'HEAD' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
}

const UPSTREAM_TIMEOUT_MS = 30_000;
const RELAYED = ['content-type', 'content-length', 'cache-control'];

/** Writes an error answer with the given extra headers. */
export function answerError(res: ServerResponse, error: ReturnType<typeof cognitoError>, extra = {}): void {
  const { headers, body } = errorResponse(error);
  res.writeHead(error.status, { ...headers, ...extra, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

const unavailable = () =>
  cognitoError(500, 'InternalErrorException', 'The local Cognito is not answering (restarting?); try again.');

export function forward(
  upstream: string | undefined,
  request: ForwardRequest,
  res: ServerResponse,
  cors: Record<string, string>,
): void {
  if (!upstream) return answerError(res, unavailable(), cors);
  const body = request.body ?? Buffer.alloc(0);
  const out = httpRequest(
    new URL(request.path, upstream),
    {
      method: request.method,
      headers: { ...request.headers, 'content-length': String(body.length) },
      timeout: UPSTREAM_TIMEOUT_MS,
    },
    (answer) => {
      const headers: Record<string, string> = { ...cors };
      for (const name of RELAYED) {
        const value = answer.headers[name];
        if (typeof value === 'string') headers[name] = value;
      }
      res.writeHead(answer.statusCode ?? 502, headers);
      answer.pipe(res);
    },
  );
  out.on('timeout', () => out.destroy(new Error('upstream timeout')));
  out.on('error', () => {
    if (!res.headersSent) answerError(res, unavailable(), cors);
    else res.destroy();
  });
  out.end(body);
}
