// TEST HELPER — a recorder, not the search twin: a small real HTTP server that records every request
// and answers the few OpenSearch calls the indexer makes in the shapes of docs/search.md
// (HEAD/PUT/DELETE /products, POST /_bulk with external_gte versioning, POST /products/_refresh,
// GET /products/_doc/<id>).
// Tests can make it fail one product's bulk item or a whole request. The local search twin replaces it
// through the same `SearchBackend` handle once it lands; only the failure switches are recorder-only.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';

export interface RecordedRequest {
  method: string;
  path: string;
  body: string;
  authorization: string;
}

export interface StoredDocument {
  version: number;
  source: Record<string, unknown>;
}

/** What the indexer tests need from a search endpoint, recorder or twin. */
export interface SearchBackend {
  readonly endpoint: string;
  readonly requests: RecordedRequest[];
  /** the bulk bodies received, parsed line by line */
  bulkBodies(): Array<Array<Record<string, unknown>>>;
  /** recorder only: answer this product's bulk items with this status and error type */
  readonly failItems: Map<string, { status: number; type: string }>;
  /** recorder only: answer every request with this HTTP status (e.g. 503) */
  failRequests: number | undefined;
  /** recorder only: store a document as if another writer had indexed it */
  seed(id: string, doc: StoredDocument): void;
  reset(): void;
}

const INDEX = 'products';

const read = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => resolve(body));
  });

function error(status: number, type: string, reason: string) {
  return { error: { root_cause: [{ type, reason }], type, reason }, status };
}

export function startSearchRecorder(): Promise<SearchBackend & { close(): Promise<void> }> {
  const requests: RecordedRequest[] = [];
  const failItems = new Map<string, { status: number; type: string }>();
  const docs = new Map<string, StoredDocument>();
  let indexExists = false;
  const state = { failRequests: undefined as number | undefined };

  const send = (res: ServerResponse, status: number, body?: unknown) => {
    res.statusCode = status;
    res.setHeader('content-type', 'application/json; charset=UTF-8');
    res.end(body === undefined ? undefined : JSON.stringify(body));
  };

  const bulk = (body: string) => {
    const lines = body
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as Record<string, Record<string, unknown>>);
    const items: unknown[] = [];
    for (let i = 0; i < lines.length; i++) {
      const [action, meta] = Object.entries(lines[i]!)[0]!;
      const id = String(meta._id);
      const version = Number(meta.version);
      const source = action === 'index' ? (lines[++i] as Record<string, unknown>) : undefined;
      const stored = docs.get(id);
      const failure = failItems.get(id);
      const base = { _index: INDEX, _id: id };
      if (failure) {
        items.push({
          [action]: { ...base, status: failure.status, error: { type: failure.type, reason: 'injected' } },
        });
      } else if (meta.version_type !== 'external_gte' || !Number.isInteger(version)) {
        items.push({ [action]: { ...base, status: 400, error: { type: 'action_request_validation_exception' } } });
      } else if (stored && version < stored.version) {
        const reason =
          `[${id}]: version conflict, current version [${stored.version}] is higher than ` +
          `the one provided [${version}]`;
        items.push({
          [action]: {
            ...base,
            _version: stored.version,
            status: 409,
            error: { type: 'version_conflict_engine_exception', reason },
          },
        });
      } else if (action === 'index') {
        docs.set(id, { version, source: source! });
        items.push({
          index: { ...base, _version: version, result: stored ? 'updated' : 'created', status: stored ? 200 : 201 },
        });
      } else {
        docs.delete(id);
        items.push({
          delete: { ...base, _version: version, result: stored ? 'deleted' : 'not_found', status: stored ? 200 : 404 },
        });
      }
    }
    return { took: 1, errors: items.some((it) => Object.values(it as object)[0].status >= 300), items };
  };

  const server: Server = createServer(async (req, res) => {
    const body = await read(req);
    const method = req.method ?? 'GET';
    const path = (req.url ?? '/').split('?')[0]!;
    requests.push({ method, path, body, authorization: String(req.headers.authorization ?? '') });
    if (state.failRequests) return send(res, state.failRequests, error(state.failRequests, 'injected', 'injected'));
    if (path === `/${INDEX}` && method === 'HEAD') return send(res, indexExists ? 200 : 404);
    if (path === `/${INDEX}` && method === 'PUT') {
      if (indexExists)
        return send(res, 400, error(400, 'resource_already_exists_exception', `index [${INDEX}] already exists`));
      indexExists = true;
      return send(res, 200, { acknowledged: true, shards_acknowledged: true, index: INDEX });
    }
    if (path === `/${INDEX}` && method === 'DELETE') {
      if (!indexExists) return send(res, 404, error(404, 'index_not_found_exception', `no such index [${INDEX}]`));
      indexExists = false;
      docs.clear();
      return send(res, 200, { acknowledged: true });
    }
    if (path === '/_bulk' && method === 'POST') return send(res, 200, bulk(body));
    if (path === `/${INDEX}/_refresh` && method === 'POST')
      return send(res, 200, { _shards: { total: 2, successful: 1, failed: 0 } });
    const doc = path.match(/^\/products\/_doc\/([^/]+)$/);
    if (doc && method === 'GET') {
      const stored = docs.get(decodeURIComponent(doc[1]!));
      const base = { _index: INDEX, _id: decodeURIComponent(doc[1]!) };
      return stored
        ? send(res, 200, { ...base, _version: stored.version, found: true, _source: stored.source })
        : send(res, 404, { ...base, found: false });
    }
    send(res, 400, error(400, 'illegal_argument_exception', `recorder: no handler for ${method} ${path}`));
  });

  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        endpoint: `http://127.0.0.1:${port}`,
        requests,
        failItems,
        get failRequests() {
          return state.failRequests;
        },
        set failRequests(status) {
          state.failRequests = status;
        },
        bulkBodies: () =>
          requests
            .filter((r) => r.path === '/_bulk')
            .map((r) =>
              r.body
                .split('\n')
                .filter((l) => l.trim())
                .map((l) => JSON.parse(l) as Record<string, unknown>),
            ),
        seed: (id, stored) => void docs.set(id, stored),
        reset: () => {
          requests.length = 0;
          failItems.clear();
          state.failRequests = undefined;
        },
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}

/** One recorder per test file, like useDynamoDbLocal(): read it inside tests and hooks. */
export function useSearchRecorder(): SearchBackend {
  let backend: (SearchBackend & { close(): Promise<void> }) | undefined;
  beforeAll(async () => {
    backend = await startSearchRecorder();
  });
  afterAll(() => backend?.close());
  const running = () => {
    if (!backend) throw new Error('the search recorder is not running yet: read it inside a test or hook');
    return backend;
  };
  return new Proxy({} as SearchBackend, {
    get: (_t, key) => Reflect.get(running(), key),
    set: (_t, key, value) => Reflect.set(running(), key, value),
  });
}
