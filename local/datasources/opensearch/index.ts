// The AMAZON_OPENSEARCH_SERVICE data source: the handler's `{operation, path, params}` sent over HTTP
// to the domain endpoint the template gives, SigV4-signed for `es` as AppSync signs with its role;
// ctx.result is the parsed response body.
// https://docs.aws.amazon.com/appsync/latest/devguide/resolver-reference-elasticsearch-js.html
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import type { DataSource, DataSourceError, DataSourceOutcome } from '../data-source.ts';

export interface OpenSearchDataSourceOptions {
  name: string;
  /** the domain endpoint URL, e.g. `http://127.0.0.1:4571` locally (the template's https:// read as http://) */
  endpoint: string;
  region: string;
  credentials: { accessKeyId: string; secretAccessKey: string };
}

const OPERATIONS = new Set(['GET', 'POST', 'PUT', 'HEAD', 'DELETE']);

interface OpenSearchRequest {
  operation?: unknown;
  path?: unknown;
  params?: { headers?: unknown; queryString?: unknown; body?: unknown };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

// UNVERIFIED against AWS: AppSync's exact ctx.error for a malformed OpenSearch request object.
const badRequest = (message: string): DataSourceOutcome => ({ error: { type: 'MappingTemplate', message } });

/**
 * An OpenSearch 4xx/5xx as ctx.error: the error's own type and reason, the body as `data`.
 * UNVERIFIED against AWS: AppSync documents no error shape for this source; we follow the
 * `<Service>:<ErrorType>` form its DynamoDB and Lambda sources use.
 */
function responseError(status: number, body: unknown): DataSourceError {
  const error = isRecord(body) && isRecord(body.error) ? body.error : undefined;
  const type = typeof error?.type === 'string' ? error.type : status === 403 ? 'Forbidden' : `Http${status}`;
  const reason =
    typeof error?.reason === 'string'
      ? error.reason
      : isRecord(body) && typeof body.message === 'string'
        ? body.message
        : `status ${status}`;
  return { type: `OpenSearch:${type}`, message: `${reason} (Service: OpenSearch, Status Code: ${status})`, data: body };
}

export function createOpenSearchDataSource(options: OpenSearchDataSourceOptions): DataSource {
  const base = new URL(options.endpoint);
  const signer = new SignatureV4({
    service: 'es',
    region: options.region,
    credentials: options.credentials,
    sha256: Sha256,
    applyChecksum: false,
  });
  return {
    name: options.name,
    type: 'AMAZON_OPENSEARCH_SERVICE',
    async invoke(request) {
      const r = (request ?? {}) as OpenSearchRequest;
      if (typeof r.operation !== 'string' || !OPERATIONS.has(r.operation)) {
        return badRequest(`Unsupported operation '${String(r.operation)}': use GET, POST, PUT, HEAD or DELETE`);
      }
      if (typeof r.path !== 'string' || !r.path.startsWith('/'))
        return badRequest('path must be a string starting with /');
      const params = r.params ?? {};
      if (params.headers !== undefined && !isRecord(params.headers))
        return badRequest('params.headers must be an object');
      if (params.queryString !== undefined && !isRecord(params.queryString)) {
        return badRequest('params.queryString must be an object');
      }
      const query = Object.fromEntries(Object.entries(params.queryString ?? {}).map(([k, v]) => [k, String(v)]));
      const body =
        params.body === undefined
          ? undefined
          : typeof params.body === 'string'
            ? params.body
            : JSON.stringify(params.body);
      const extra = Object.fromEntries(
        Object.entries(params.headers ?? {}).map(([k, v]) => [k.toLowerCase(), String(v)]),
      );
      const path = `${base.pathname.replace(/\/$/, '')}${r.path}`;
      // Only JSON bodies, as AppSync allows for this source.
      const headers: Record<string, string> = { ...extra, host: base.host, 'content-type': 'application/json' };
      const signed = await signer.sign({
        method: r.operation,
        protocol: base.protocol,
        hostname: base.hostname,
        ...(base.port ? { port: Number(base.port) } : {}),
        path,
        query,
        headers,
        ...(body !== undefined ? { body } : {}),
      });
      const url = new URL(path, base);
      for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
      let response: Response;
      try {
        const { host: _host, ...sent } = signed.headers;
        response = await fetch(url, { method: r.operation, headers: sent, ...(body !== undefined ? { body } : {}) });
      } catch (err) {
        const why = (err as Error & { cause?: { code?: string } }).cause?.code ?? (err as Error).message;
        return {
          error: {
            type: 'OpenSearch:ConnectionError',
            message: `OpenSearch at ${base.host} is not answering (${why})`,
          },
        };
      }
      const text = await response.text();
      let parsed: unknown = null;
      try {
        parsed = text === '' ? null : JSON.parse(text);
      } catch {
        parsed = text;
      }
      return response.ok ? { result: parsed } : { error: responseError(response.status, parsed) };
    },
  };
}
