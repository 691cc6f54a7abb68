// POST /_bulk and /<index>/_bulk: NDJSON index/delete actions, each answered in its own item; an item's
// refusal (a version conflict, a strict mapping's unknown field, a missing index) is that item's `error`
// with `type` and `reason` and no `root_cause`, as OpenSearch's "Bulk" API answers.
import { contentParseError, illegalArgument, OpenSearchError } from './errors.ts';
import type { IndexRegistry } from './registry.ts';
import type { Doc, VersionSpec } from './search-index.ts';

const SHARDS_WRITE = { total: 2, successful: 1, failed: 0 };

function parseLine(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch (err) {
    throw contentParseError(`[1:1] failed to parse the body: ${(err as Error).message}`);
  }
}

/** `version` and `version_type` of a write, from a query string or a bulk action. */
export function versionSpec(version: unknown, versionType: unknown): VersionSpec {
  if (version === undefined || version === null) {
    if (versionType !== undefined && versionType !== null) throw illegalArgument('version_type given without version');
    return {};
  }
  if (versionType !== 'external_gte') {
    throw illegalArgument(`version_type [${String(versionType)}] is not supported here, only [external_gte]`);
  }
  const n = Number(version);
  if (!Number.isSafeInteger(n) || n < 0) throw illegalArgument(`illegal version value [${String(version)}]`);
  return { version: n };
}

export function bulk(registry: IndexRegistry, raw: string, defaultIndex: string | undefined, changed: () => void) {
  const started = Date.now();
  const lines = raw.split('\n').filter((l) => l.trim() !== '');
  const items: unknown[] = [];
  let errors = false;
  for (let i = 0; i < lines.length; i++) {
    const action = parseLine(lines[i] as string) as Record<string, Record<string, unknown>> | undefined;
    const [op, meta] = Object.entries(action ?? {})[0] ?? [];
    if (op !== 'index' && op !== 'delete') {
      throw illegalArgument(
        `Malformed action/metadata line [${i + 1}], expected [index] or [delete] but found [${op}]`,
      );
    }
    const m = meta ?? {};
    for (const key of Object.keys(m)) {
      if (!['_index', '_id', 'version', 'version_type'].includes(key)) {
        throw illegalArgument(`Action/metadata line [${i + 1}] contains an unknown parameter [${key}]`);
      }
    }
    const name = String(m._index ?? defaultIndex ?? '');
    const id = m._id === undefined ? undefined : String(m._id);
    let doc: Doc | undefined;
    if (op === 'index') {
      i++;
      doc = parseLine(lines[i] ?? '') as Doc | undefined;
      if (!doc || typeof doc !== 'object') throw contentParseError(`[${i + 1}] the bulk source is not an object`);
    }
    try {
      if (!id) throw illegalArgument('the twin needs an explicit _id on every bulk action');
      const spec = versionSpec(m.version, m.version_type);
      // An alias writes to its one index (registry.one); the item names the concrete index, as OpenSearch's does.
      const index = registry.one(name);
      const result = op === 'index' ? index.index(id, doc as Doc, spec) : index.delete(id, spec);
      items.push({ [op]: { ...result, _shards: SHARDS_WRITE, _seq_no: 0, _primary_term: 1 } });
      changed();
    } catch (err) {
      if (!(err instanceof OpenSearchError)) throw err;
      errors = true;
      const { root_cause: _cause, ...error } = err.body().error;
      items.push({ [op]: { _index: name, _id: id, status: err.status, error } });
    }
  }
  return { status: 200, body: { took: Date.now() - started, errors, items } };
}

export { SHARDS_WRITE };
