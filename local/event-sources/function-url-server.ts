// A function URL on loopback: each HTTP request becomes Lambda's payload format 2.0 event, the
// function's answer becomes the HTTP response, as Lambda maps them; CORS preflights are answered by
// the URL itself when the template configures CORS. The raw body reaches the function byte for byte
// (a webhook verifies its signature over exactly those bytes).
// https://docs.aws.amazon.com/lambda/latest/dg/urls-invocation.html
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FunctionAnswer } from './deliver.ts';
import type { FunctionUrlConfig, FunctionUrlCors } from './function-urls.ts';

/** Lambda's synchronous request payload limit. */
const MAX_REQUEST_BYTES = 6 * 1024 * 1024;
const TEXT_TYPE = /^(text\/|application\/(json|xml|javascript|x-www-form-urlencoded)|[^;]*\+(json|xml))/i;

export interface FunctionUrlServerOptions {
  config: FunctionUrlConfig;
  invoke(event: unknown): Promise<FunctionAnswer>;
  accountId: string;
  log(line: string): void;
  /** 0 or absent: a free port */
  port?: number;
}

export interface RunningFunctionUrl {
  config: FunctionUrlConfig;
  /** what Fn::GetAtt FunctionUrl gives locally (ends with a slash, as Lambda's does) */
  url: string;
  stop(): Promise<void>;
}

function readRaw(req: IncomingMessage): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_REQUEST_BYTES) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_REQUEST_BYTES ? 'too-large' : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function eventOf(req: IncomingMessage, body: Buffer, host: string, accountId: string) {
  const url = new URL(req.url ?? '/', 'http://local');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined && name !== 'cookie') headers[name] = Array.isArray(value) ? value.join(',') : value;
  }
  const query: Record<string, string> = {};
  for (const [k, v] of url.searchParams) query[k] = k in query ? `${query[k]},${v}` : v;
  const text = TEXT_TYPE.test(String(req.headers['content-type'] ?? ''));
  const now = new Date();
  const cookies = req.headers.cookie?.split(';').map((c) => c.trim());
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    ...(cookies ? { cookies } : {}),
    headers,
    ...(url.search ? { queryStringParameters: query } : {}),
    requestContext: {
      accountId: 'anonymous',
      apiId: host,
      domainName: host,
      domainPrefix: host,
      http: {
        method: req.method ?? 'GET',
        path: url.pathname,
        protocol: `HTTP/${req.httpVersion}`,
        sourceIp: req.socket.remoteAddress ?? '127.0.0.1',
        userAgent: String(req.headers['user-agent'] ?? ''),
      },
      requestId: randomUUID(),
      routeKey: '$default',
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
      ownerAccountId: accountId,
    },
    ...(body.length > 0 ? { body: text ? body.toString('utf8') : body.toString('base64') } : {}),
    isBase64Encoded: body.length > 0 && !text,
  };
}

function corsHeaders(cors: FunctionUrlCors | undefined, origin: string | undefined): Record<string, string> {
  if (!cors || !origin || !(cors.allowOrigins.includes('*') || cors.allowOrigins.includes(origin))) return {};
  return {
    'access-control-allow-origin': cors.allowOrigins.includes('*') && !cors.allowCredentials ? '*' : origin,
    ...(cors.allowCredentials ? { 'access-control-allow-credentials': 'true' } : {}),
    ...(cors.exposeHeaders.length ? { 'access-control-expose-headers': cors.exposeHeaders.join(',') } : {}),
    vary: 'Origin',
  };
}

type HttpAnswer = { status: number; headers: Record<string, string>; body: Buffer };

/** Lambda's reading of a function's result: a response object, or any JSON as a 200 body. */
function answerOf(result: unknown): HttpAnswer {
  const r = result as { statusCode?: unknown } | null;
  if (r && typeof r === 'object' && typeof r.statusCode === 'number') {
    const o = result as {
      statusCode: number;
      headers?: Record<string, string>;
      body?: string;
      isBase64Encoded?: boolean;
    };
    const body = Buffer.from(o.body ?? '', o.isBase64Encoded ? 'base64' : 'utf8');
    return { status: o.statusCode, headers: { 'content-type': 'application/json', ...o.headers }, body };
  }
  const body = typeof result === 'string' ? result : JSON.stringify(result ?? null);
  return { status: 200, headers: { 'content-type': 'application/json' }, body: Buffer.from(body) };
}

async function handle(req: IncomingMessage, res: ServerResponse, options: FunctionUrlServerOptions, host: string) {
  const cors = options.config.cors;
  const origin = req.headers.origin;
  if (req.method === 'OPTIONS' && cors && req.headers['access-control-request-method']) {
    const allowed = corsHeaders(cors, origin);
    res.writeHead(200, {
      ...allowed,
      ...(allowed['access-control-allow-origin']
        ? {
            'access-control-allow-methods': cors.allowMethods.join(','),
            'access-control-allow-headers': cors.allowHeaders.join(','),
            ...(cors.maxAge === undefined ? {} : { 'access-control-max-age': String(cors.maxAge) }),
          }
        : {}),
    });
    return void res.end();
  }
  const body = await readRaw(req);
  if (body === 'too-large') {
    // UNVERIFIED against AWS: the wording of Lambda's 413 for function URLs
    res.writeHead(413, { 'content-type': 'application/json' });
    return void res.end(JSON.stringify({ Message: `Request must be smaller than ${MAX_REQUEST_BYTES} bytes` }));
  }
  const started = performance.now();
  const answer = await options.invoke(eventOf(req, body, host, options.accountId)).catch((err: unknown) => ({
    error: { errorType: 'Error', errorMessage: String(err) },
  }));
  // UNVERIFIED against AWS: a function error answers 502 with this body
  const http: HttpAnswer = answer.error
    ? { status: 502, headers: { 'content-type': 'application/json' }, body: Buffer.from('{"Message":null}') }
    : answerOf(answer.result);
  const ms = Math.round(performance.now() - started);
  const failed = answer.error ? ` (${answer.error.errorType}: ${answer.error.errorMessage})` : '';
  options.log(`${options.config.logicalId} ${req.method} ${req.url} → ${http.status} in ${ms} ms${failed}`);
  res.writeHead(http.status, { ...http.headers, ...corsHeaders(cors, origin) });
  res.end(http.body);
}

export async function startFunctionUrl(options: FunctionUrlServerOptions): Promise<RunningFunctionUrl> {
  let host = '127.0.0.1';
  const server = createServer((req, res) => {
    handle(req, res, options, host).catch((err: unknown) => {
      options.log(`${options.config.logicalId}: ${String(err)}`);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  host = `127.0.0.1:${port}`;
  return {
    config: options.config,
    url: `http://${host}/`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
