// The search twin's HTTP endpoint on loopback: the part of OpenSearch's REST API docs/search.md
// lists (index admin, _bulk, _search, _count, _doc, _refresh, GET /), every request SigV4-checked,
// plus the configuration API's DescribeDomain on the same port. Writes are visible at once (no 1 s
// refresh interval to emulate); documents and versions persist as JSON in the data directory.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { parseCount, parseSearch } from './dsl.ts';
import { adminRoute, type Answer } from './admin.ts';
import { bulk, SHARDS_WRITE, versionSpec } from './bulk.ts';
import { contentParseError, illegalArgument, OpenSearchError } from './errors.ts';
import { createSaver, loadPersisted } from './persistence.ts';
import { IndexRegistry } from './registry.ts';
import type { Doc, Mapping, SearchIndex } from './search-index.ts';
import { verifyRequest, type Credentials } from './sigv4.ts';

export interface SearchServerOptions {
  /** the domain's name (DescribeDomain answers for it only) */
  domainName: string;
  /** keys whose SigV4 signatures are accepted */
  credentials: readonly Credentials[];
  region: string;
  accountId: string;
  /** 0 or absent: a free port */
  port?: number;
  /** where documents persist; absent: in memory only */
  dataDir?: string;
  /** how long writes wait before they are saved (ms) */
  saveDelayMs?: number;
}

export interface SearchServer {
  port: number;
  /** `127.0.0.1:<port>`, as the domain's Endpoint attribute locally */
  host: string;
  endpoint: string;
  domainArn: string;
  /** creates the index with the mapping unless it exists; true when created */
  ensureIndex(name: string, mapping: Mapping): boolean;
  /** saves now (also done on close) */
  flush(): Promise<void>;
  close(): Promise<void>;
}

const LOOPBACK = '127.0.0.1';
/** OpenSearch's http.max_content_length default. */
const MAX_BODY = 100 * 1024 * 1024;
export const ENGINE_VERSION = 'OpenSearch_2.13';
const VERSION_NUMBER = '2.13.0';
const STATE_FILE = 'indexes.json';

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new OpenSearchError(413, 'content_too_long_exception', 'request body is too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function parseJson(raw: string): unknown {
  if (raw.trim() === '') return undefined;
  try {
    return JSON.parse(raw);
  } catch (err) {
    throw contentParseError(`[1:1] failed to parse the body: ${(err as Error).message}`);
  }
}

export async function startSearchServer(options: SearchServerOptions): Promise<SearchServer> {
  const file = options.dataDir ? join(options.dataDir, STATE_FILE) : undefined;
  const saved = file ? await loadPersisted(file) : undefined;
  const registry = new IndexRegistry(saved?.aliases);
  for (const [name, { mapping, docs }] of Object.entries(saved?.indexes ?? {})) {
    registry.create(name, mapping).restore(docs);
  }

  const snapshot = () => ({
    indexes: Object.fromEntries(
      [...registry.indexes].map(([name, index]) => [name, { mapping: index.mapping, docs: index.entries() }]),
    ),
    aliases: registry.toJSON(),
  });
  const saver = file ? createSaver(file, snapshot, options.saveDelayMs ?? 500) : undefined;
  const changed = () => saver?.changed();
  const flush = () => saver?.flush() ?? Promise.resolve();

  const indexOf = (name: string): SearchIndex => registry.one(name);
  const ensureIndex = (name: string, mapping: Mapping) => {
    if (registry.exists(name)) return false;
    registry.create(name, mapping);
    changed();
    return true;
  };

  const state = { port: 0 };
  const domainArn = () => `arn:aws:es:${options.region}:${options.accountId}:domain/${options.domainName}`;

  function describeDomain(name: string): Answer {
    if (name !== options.domainName) {
      const message = `Domain not found: ${name}`;
      return {
        status: 409,
        headers: { 'x-amzn-errortype': 'ResourceNotFoundException' },
        body: { __type: 'ResourceNotFoundException', message },
      };
    }
    return {
      status: 200,
      body: {
        DomainStatus: {
          DomainName: name,
          DomainId: `${options.accountId}/${name}`,
          ARN: domainArn(),
          Endpoint: `${LOOPBACK}:${state.port}`,
          Created: true,
          Deleted: false,
          Processing: false,
          EngineVersion: ENGINE_VERSION,
          ClusterConfig: {},
        },
      },
    };
  }

  async function route(req: IncomingMessage, body: Buffer): Promise<Answer> {
    const url = new URL(req.url ?? '/', `http://${LOOPBACK}`);
    const method = req.method ?? 'GET';
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    const text = body.toString('utf8');

    const domain = /^\/2021-01-01\/opensearch\/domain\/([^/]+)$/.exec(url.pathname);
    if (domain && method === 'GET') return describeDomain(decodeURIComponent(domain[1] as string));

    if (parts.length === 0) {
      if (method !== 'GET' && method !== 'HEAD') return methodNotAllowed(method, url.pathname, 'GET, HEAD');
      return {
        status: 200,
        body: {
          name: 'search-twin',
          cluster_name: `${options.accountId}:${options.domainName}`,
          cluster_uuid: 'local',
          version: { distribution: 'opensearch', number: VERSION_NUMBER },
          tagline: 'The OpenSearch Project: https://opensearch.org/',
        },
      };
    }
    if (parts[0] === '_bulk' && parts.length === 1) {
      if (method !== 'POST' && method !== 'PUT') return methodNotAllowed(method, url.pathname, 'POST, PUT');
      return bulk(registry, text, undefined, changed);
    }
    const admin = adminRoute(registry, { method, parts, body: () => parseJson(text) }, changed);
    if (admin) return admin;
    const [name, action, id, ...rest] = parts as [string, string | undefined, string | undefined, ...string[]];
    if (name.startsWith('_') || rest.length > 0 || action === undefined)
      throw illegalArgument(`the twin does not serve [${method} ${url.pathname}]`);
    if (action === '_refresh' && id === undefined && (method === 'POST' || method === 'GET')) {
      indexOf(name);
      return { status: 200, body: { _shards: SHARDS_WRITE } };
    }
    if (action === '_count' && id === undefined && (method === 'POST' || method === 'GET')) {
      const index = indexOf(name);
      const count = index.count(parseCount(parseJson(text), index.types));
      return { status: 200, body: { count, _shards: { total: 1, successful: 1, skipped: 0, failed: 0 } } };
    }
    if (action === '_search' && id === undefined && (method === 'POST' || method === 'GET')) {
      const started = Date.now();
      const index = indexOf(name);
      if ([...url.searchParams.keys()].length > 0) {
        throw illegalArgument(
          `request [/${name}/_search] contains unrecognized parameters: [${[...url.searchParams.keys()]}]`,
        );
      }
      return { status: 200, body: index.search(parseSearch(parseJson(text), index.types), started) };
    }
    if (action === '_bulk' && id === undefined && (method === 'POST' || method === 'PUT')) {
      indexOf(name);
      return bulk(registry, text, name, changed);
    }
    if (action === '_doc' && id !== undefined) {
      const index = indexOf(name);
      if (method === 'GET' || method === 'HEAD') {
        const stored = index.get(id);
        if (!stored?.doc) return { status: 404, body: { _index: index.name, _id: id, found: false } };
        const doc = {
          _index: index.name,
          _id: id,
          _version: stored.version,
          _seq_no: 0,
          _primary_term: 1,
          found: true,
        };
        return { status: 200, body: { ...doc, _source: stored.doc } };
      }
      const spec = versionSpec(
        url.searchParams.get('version') ?? undefined,
        url.searchParams.get('version_type') ?? undefined,
      );
      if (method === 'PUT' || method === 'POST') {
        const doc = parseJson(text);
        if (!doc || typeof doc !== 'object' || Array.isArray(doc))
          throw contentParseError('[1:1] the document must be an object');
        const result = index.index(id, doc as Doc, spec);
        changed();
        const { status, ...rest2 } = result;
        return { status, body: { ...rest2, _shards: SHARDS_WRITE, _seq_no: 0, _primary_term: 1 } };
      }
      if (method === 'DELETE') {
        const result = index.delete(id, spec);
        changed();
        const { status, ...rest2 } = result;
        return { status, body: { ...rest2, _shards: SHARDS_WRITE, _seq_no: 0, _primary_term: 1 } };
      }
      return methodNotAllowed(method, url.pathname, 'GET, HEAD, PUT, POST, DELETE');
    }
    throw illegalArgument(`the twin does not serve [${method} ${url.pathname}] (see docs/search.md)`);
  }

  const server: Server = createServer((req, res) => void handle(req, res));
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let answer: Answer;
    try {
      const body = await readBody(req);
      const refused = await verifyRequest(
        { method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers, body },
        options.credentials,
        options.region,
      );
      answer = refused ? { status: 403, body: { message: refused } } : await route(req, body);
    } catch (err) {
      answer =
        err instanceof OpenSearchError
          ? { status: err.status, body: err.body() }
          : { status: 500, body: new OpenSearchError(500, 'exception', (err as Error).message).body() };
    }
    const payload = answer.body === undefined || req.method === 'HEAD' ? '' : JSON.stringify(answer.body);
    res.writeHead(answer.status, {
      'content-type': 'application/json; charset=UTF-8',
      'content-length': Buffer.byteLength(payload),
      ...answer.headers,
    });
    res.end(payload);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, LOOPBACK, () => resolve());
  });
  state.port = (server.address() as AddressInfo).port;
  const host = `${LOOPBACK}:${state.port}`;
  return {
    port: state.port,
    host,
    endpoint: `http://${host}`,
    domainArn: domainArn(),
    ensureIndex,
    flush,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await flush();
    },
  };
}

function methodNotAllowed(method: string, path: string, allowed: string): Answer {
  return {
    status: 405,
    headers: { allow: allowed },
    body: {
      error: `Incorrect HTTP method for uri [${path}] and method [${method}], allowed: [${allowed}]`,
      status: 405,
    },
  };
}
