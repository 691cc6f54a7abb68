// The twin's index administration: create, read, delete an index; its mapping and settings; aliases. The
// shapes follow OpenSearch 2.x's REST API pages: "Create index" (settings, mappings, aliases in one body),
// "Put mapping", "Get settings"/"Update settings", and the alias APIs ("Alias", "Create or update alias",
// "Get index alias", "Delete index alias"): https://docs.opensearch.org/docs/2.1/api-reference/alias
import { illegalArgument, OpenSearchError, parsingError } from './errors.ts';
import { indexSettings, mergeMapping, updateSettings } from './mapping-update.ts';
import type { AliasAction, IndexRegistry } from './registry.ts';
import type { Mapping, SearchIndex } from './search-index.ts';

export interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface AdminRequest {
  method: string;
  /** the path's parts, decoded */
  parts: string[];
  /** the parsed body (undefined when empty); parsed only by the routes that read one */
  body(): unknown;
}

const ACK = { status: 200, body: { acknowledged: true } };
const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const LOWER_NAME = /^[a-z0-9][a-z0-9._-]*$/;

/** POST /_aliases's actions, checked for shape (OpenSearch: add, remove, remove_index). */
function aliasActions(body: unknown): AliasAction[] {
  const actions = isObject(body) ? body.actions : undefined;
  if (!Array.isArray(actions) || actions.length === 0) throw illegalArgument('No action specified');
  return actions.map((entry: unknown) => {
    const [kind, spec] = isObject(entry) ? (Object.entries(entry)[0] ?? []) : [];
    if (!isObject(spec)) throw parsingError(`[aliases] failed to parse field [actions]`);
    const index = String(spec.index ?? '');
    if (kind === 'remove_index') return { kind, index };
    if (kind !== 'add' && kind !== 'remove') throw parsingError(`Unsupported action [${String(kind)}]`);
    if (!index || spec.alias === undefined) throw illegalArgument('[alias] and [index] are required');
    return { kind, index, alias: String(spec.alias) };
  });
}

function settingsBody(index: SearchIndex, filter?: string): Record<string, unknown> {
  const { shards, replicas } = indexSettings(index.mapping);
  const all: Record<string, string> = {
    number_of_shards: String(shards),
    number_of_replicas: String(replicas),
    provided_name: index.name,
  };
  const keys = Object.keys(all).filter((k) => filter === undefined || filter.split(',').includes(`index.${k}`));
  return { settings: { index: Object.fromEntries(keys.map((k) => [k, all[k]])) } };
}

function createIndex(registry: IndexRegistry, name: string, body: unknown): Answer {
  if (!LOWER_NAME.test(name)) {
    throw new OpenSearchError(400, 'invalid_index_name_exception', `Invalid index name [${name}], must be lowercase`, {
      index: name,
    });
  }
  const given = (body ?? {}) as { settings?: unknown; mappings?: Mapping['mappings']; aliases?: unknown };
  const mapping: Mapping = { settings: given.settings, mappings: given.mappings ?? { properties: {} } };
  if (mapping.settings === undefined) delete mapping.settings;
  const aliases = isObject(given.aliases) ? Object.keys(given.aliases) : [];
  registry.create(name, mapping);
  try {
    if (aliases.length > 0) registry.apply(aliases.map((alias) => ({ kind: 'add', index: name, alias })));
  } catch (err) {
    registry.drop(name);
    throw err;
  }
  return { status: 200, body: { acknowledged: true, shards_acknowledged: true, index: name } };
}

/** Swaps an index for the same documents under a new mapping. */
function replace(registry: IndexRegistry, index: SearchIndex, mapping: Mapping): void {
  registry.indexes.set(index.name, index.withMapping(mapping));
}

function aliasRoute(registry: IndexRegistry, req: AdminRequest, changed: () => void): Answer | undefined {
  const { method, parts } = req;
  // /_alias[/<alias>] and /<index>/_alias[/<alias>] (and _aliases, its older spelling)
  const onIndex = parts[0] !== '_alias' && parts[0] !== '_aliases';
  const index = onIndex ? parts[0] : undefined;
  const alias = onIndex ? parts[2] : parts[1];
  if (method === 'GET' || method === 'HEAD') {
    const concrete = index === undefined ? undefined : registry.one(index).name;
    const found = registry.describe(alias, concrete);
    if (alias !== undefined && Object.keys(found).length === 0) {
      // UNVERIFIED against AWS: OpenSearch's 404 for a missing alias has this short shape.
      return { status: 404, body: { error: `alias [${alias}] missing`, status: 404 } };
    }
    return { status: 200, body: found };
  }
  if (index === undefined || alias === undefined) return undefined;
  const target = registry.one(index).name;
  if (method === 'PUT' || method === 'POST') registry.apply([{ kind: 'add', index: target, alias }]);
  else if (method === 'DELETE') registry.apply([{ kind: 'remove', index: target, alias }]);
  else return undefined;
  changed();
  return ACK;
}

/** The answer to an administrative request, or undefined when it is not one (documents, searches). */
export function adminRoute(registry: IndexRegistry, req: AdminRequest, changed: () => void): Answer | undefined {
  const { method, parts } = req;
  const [name, action, extra] = parts as [string, string | undefined, string | undefined];
  if (name === '_aliases' && parts.length === 1 && method === 'POST') {
    registry.apply(aliasActions(req.body()));
    changed();
    return ACK;
  }
  if (name === '_alias' || action === '_alias' || action === '_aliases') return aliasRoute(registry, req, changed);
  if (name.startsWith('_')) return undefined;
  if (action === undefined) {
    if (method === 'HEAD') return { status: registry.exists(name) ? 200 : 404 };
    if (method === 'PUT') {
      const answer = createIndex(registry, name, req.body());
      changed();
      return answer;
    }
    if (method === 'DELETE') {
      registry.drop(name);
      changed();
      return ACK;
    }
    if (method === 'GET') {
      const index = registry.one(name);
      const aliases = Object.fromEntries(registry.aliasesOf(index.name).map((a) => [a, {}]));
      return { status: 200, body: { [index.name]: { aliases, ...index.mapping, ...settingsBody(index) } } };
    }
    return undefined;
  }
  if (action === '_mapping' && extra === undefined) {
    const index = registry.one(name);
    if (method === 'GET') return { status: 200, body: { [index.name]: { mappings: index.mapping.mappings } } };
    if (method !== 'PUT' && method !== 'POST') return undefined;
    replace(registry, index, mergeMapping(index.mapping, req.body()));
    changed();
    return ACK;
  }
  if (action === '_settings') {
    const index = registry.one(name);
    if (method === 'GET') return { status: 200, body: { [index.name]: settingsBody(index, extra) } };
    if (method !== 'PUT' || extra !== undefined) return undefined;
    replace(registry, index, updateSettings(index.name, index.mapping, req.body()));
    changed();
    return ACK;
  }
  return undefined;
}
