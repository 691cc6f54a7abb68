// The query DSL the twin accepts, parsed strictly into a plan: exactly what docs/search.md lists
// (bool must multi_match / filter term|terms|range|bool, the sorts, search_after, terms and range
// aggregations). Anything else is refused with the OpenSearch error that names the construct.
// https://opensearch.org/docs/latest/query-dsl/compound/bool/ and .../aggregations/bucket/terms/
import { contentParseError, illegalArgument, parsingError } from './errors.ts';

/** Field types of the index mapping the plan is checked against. */
export type FieldTypes = ReadonlyMap<string, string>;

export type Scalar = string | number | boolean;

export type Filter =
  | { kind: 'term'; field: string; value: Scalar }
  | { kind: 'terms'; field: string; values: Scalar[] }
  | { kind: 'range'; field: string; gte?: number; lte?: number; gt?: number; lt?: number }
  | { kind: 'bool'; filter: Filter[] };

export interface TextQuery {
  text: string;
  fields: Array<{ name: string; boost: number }>;
}

/** A bool query; `match_all` is the empty one with `scored: true` (score 1). */
export interface Query {
  must: TextQuery[];
  filter: Filter[];
  matchAll: boolean;
}

export interface SortKey {
  field: string;
  order: 'asc' | 'desc';
}

export type Aggregation =
  | { name: string; kind: 'terms'; field: string; size: number }
  | { name: string; kind: 'range'; field: string; ranges: Array<{ from?: number; to?: number; key?: string }> };

export interface SearchPlan {
  size: number;
  from: number;
  /** true: exact total; a number: exact up to it, then `gte` */
  trackTotalHits: number | boolean;
  source?: string[] | boolean;
  query: Query;
  sort: SortKey[];
  searchAfter?: unknown[];
  aggs: Aggregation[];
}

const MATCH_ALL: Query = { must: [], filter: [], matchAll: true };
const KEYWORDISH = new Set(['keyword', 'boolean', 'long', 'integer', 'date']);
const NUMERIC = new Set(['long', 'integer', 'date']);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The parser's token name for a value, as OpenSearch's messages say it. */
function token(value: unknown): string {
  if (Array.isArray(value)) return 'START_ARRAY';
  if (isObject(value)) return 'START_OBJECT';
  if (typeof value === 'number') return 'VALUE_NUMBER';
  if (typeof value === 'boolean') return 'VALUE_BOOLEAN';
  if (value === null) return 'VALUE_NULL';
  return 'VALUE_STRING';
}

/** `{ "<one key>": value }`, the shape of every query and field clause. */
function single(value: unknown, where: string): [string, unknown] {
  if (!isObject(value))
    throw parsingError(`[${where}] malformed query, expected [START_OBJECT] but found [${token(value)}]`);
  const entries = Object.entries(value);
  if (entries.length !== 1) {
    throw parsingError(`[${where}] malformed query, expected a single key but found [${entries.map(([k]) => k)}]`);
  }
  return entries[0] as [string, unknown];
}

function fieldOf(types: FieldTypes, field: string, allowed: ReadonlySet<string>, what: string): string {
  const type = types.get(field);
  if (type === undefined) throw illegalArgument(`[${what}] unknown field [${field}] (not in the index mapping)`);
  if (!allowed.has(type)) throw illegalArgument(`[${what}] is not supported on field [${field}] of type [${type}]`);
  return field;
}

function scalar(value: unknown, what: string): Scalar {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  throw parsingError(`[${what}] query does not support [${token(value)}] values`);
}

function parseFilter(clause: unknown, types: FieldTypes): Filter {
  const [kind, body] = single(clause, 'bool');
  if (kind === 'term') {
    const [field, raw] = single(body, 'term');
    const value = isObject(raw) ? onlyKeys(raw, ['value'], 'term').value : raw;
    return { kind, field: fieldOf(types, field, KEYWORDISH, 'term'), value: scalar(value, 'term') };
  }
  if (kind === 'terms') {
    const [field, raw] = single(body, 'terms');
    if (!Array.isArray(raw)) throw parsingError(`[terms] query does not support [${token(raw)}] for [${field}]`);
    return { kind, field: fieldOf(types, field, KEYWORDISH, 'terms'), values: raw.map((v) => scalar(v, 'terms')) };
  }
  if (kind === 'range') {
    const [field, raw] = single(body, 'range');
    if (!isObject(raw)) throw parsingError(`[range] query malformed, no start_object after query name`);
    const bounds = onlyKeys(raw, ['gte', 'lte', 'gt', 'lt'], 'range');
    const out: Filter = { kind, field: fieldOf(types, field, NUMERIC, 'range') };
    for (const [k, v] of Object.entries(bounds)) {
      if (typeof v !== 'number') throw illegalArgument(`[range] bound [${k}] of [${field}] must be a number`);
      out[k as 'gte'] = v;
    }
    return out;
  }
  if (kind === 'bool') {
    const q = parseBool(body, types);
    if (q.must.length > 0) throw parsingError('[bool] inside [filter] supports only [filter] clauses');
    return { kind, filter: q.filter };
  }
  throw parsingError(`unknown query [${kind}]`);
}

function onlyKeys(obj: Record<string, unknown>, allowed: readonly string[], where: string): Record<string, unknown> {
  for (const key of Object.keys(obj)) {
    if (!allowed.includes(key)) throw parsingError(`[${where}] query does not support [${key}]`);
  }
  return obj;
}

function parseMultiMatch(body: unknown, types: FieldTypes): TextQuery {
  if (!isObject(body)) throw parsingError('[multi_match] query malformed, expected [START_OBJECT]');
  onlyKeys(body, ['query', 'fields', 'fuzziness'], 'multi_match');
  if (typeof body.query !== 'string') throw parsingError('No text specified for multi_match query');
  if (body.fuzziness !== undefined && body.fuzziness !== 'AUTO') {
    throw illegalArgument(`[multi_match] fuzziness [${String(body.fuzziness)}] is not supported here, only [AUTO]`);
  }
  if (!Array.isArray(body.fields) || body.fields.length === 0) {
    throw illegalArgument('[multi_match] needs [fields] (the twin has no default field)');
  }
  const fields = body.fields.map((f) => {
    const m = typeof f === 'string' ? /^([A-Za-z_][\w.]*)(?:\^(\d+(?:\.\d+)?))?$/.exec(f) : null;
    if (!m) throw illegalArgument(`[multi_match] malformed field [${String(f)}]`);
    const name = fieldOf(types, m[1] as string, new Set(['text', 'keyword']), 'multi_match');
    return { name, boost: m[2] ? Number(m[2]) : 1 };
  });
  return { text: body.query, fields };
}

function parseBool(body: unknown, types: FieldTypes): Query {
  if (!isObject(body)) throw parsingError('[bool] malformed query, expected [START_OBJECT]');
  onlyKeys(body, ['must', 'filter'], 'bool');
  const list = (v: unknown) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
  const must = list(body.must).map((clause) => {
    const [kind, inner] = single(clause, 'bool');
    if (kind !== 'multi_match') {
      throw parsingError(kind === 'match_all' ? 'unknown query [match_all] inside [must]' : `unknown query [${kind}]`);
    }
    return parseMultiMatch(inner, types);
  });
  return { must, filter: list(body.filter).map((clause) => parseFilter(clause, types)), matchAll: false };
}

export function parseQuery(value: unknown, types: FieldTypes): Query {
  if (value === undefined) return MATCH_ALL;
  const [kind, body] = single(value, 'query');
  if (kind === 'bool') return parseBool(body, types);
  if (kind === 'match_all' && isObject(body) && Object.keys(body).length === 0) return MATCH_ALL;
  throw parsingError(`unknown query [${kind}]`);
}

function parseSort(value: unknown, types: FieldTypes): SortKey[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw parsingError(`[sort] expected [START_ARRAY] but found [${token(value)}]`);
  return value.map((entry) => {
    const [field, spec] = single(entry, 'sort');
    if (!isObject(spec)) throw parsingError(`[sort] [${field}] expects an object with [order]`);
    onlyKeys(spec, ['order'], 'sort');
    if (spec.order !== 'asc' && spec.order !== 'desc') {
      throw illegalArgument(`[sort] order [${String(spec.order)}] is not one of [asc, desc]`);
    }
    if (field !== '_score') {
      const type = types.get(field);
      if (type === undefined) throw illegalArgument(`No mapping found for [${field}] in order to sort on`);
      if (!KEYWORDISH.has(type)) throw illegalArgument(`Can't sort on field [${field}] of type [${type}]`);
    }
    return { field, order: spec.order };
  });
}

function parseAggs(value: unknown, types: FieldTypes): Aggregation[] {
  if (value === undefined) return [];
  if (!isObject(value)) throw parsingError(`[aggs] expected [START_OBJECT] but found [${token(value)}]`);
  return Object.entries(value).map(([name, def]) => {
    const [kind, body] = single(def, name);
    if (!isObject(body)) throw parsingError(`[${kind}] aggregation [${name}] expects an object`);
    if (kind === 'terms') {
      onlyKeys(body, ['field', 'size'], 'terms');
      const field = fieldOf(types, String(body.field), KEYWORDISH, 'terms');
      const size = body.size ?? 10;
      if (!Number.isInteger(size) || (size as number) < 1)
        throw illegalArgument(`[size] must be greater than 0. Found [${String(size)}] in [${name}]`);
      return { name, kind, field, size: size as number };
    }
    if (kind === 'range') {
      onlyKeys(body, ['field', 'ranges'], 'range');
      const field = fieldOf(types, String(body.field), NUMERIC, 'range');
      if (!Array.isArray(body.ranges)) throw illegalArgument(`No [ranges] specified for the [${name}] aggregation`);
      const ranges = body.ranges.map((r) => {
        if (!isObject(r)) throw parsingError(`[range] aggregation [${name}]: each range is an object`);
        onlyKeys(r, ['from', 'to', 'key'], 'range');
        for (const k of ['from', 'to'] as const) {
          if (r[k] !== undefined && typeof r[k] !== 'number')
            throw illegalArgument(`[${k}] must be a number in [${name}]`);
        }
        return r as { from?: number; to?: number; key?: string };
      });
      return { name, kind, field, ranges };
    }
    throw parsingError(`Unknown aggregation type [${kind}] for aggregation [${name}]`);
  });
}

const SEARCH_KEYS = ['size', 'from', 'track_total_hits', '_source', 'query', 'sort', 'search_after', 'aggs'];

export function parseSearch(body: unknown, types: FieldTypes): SearchPlan {
  const b = body === undefined ? {} : body;
  if (!isObject(b)) throw contentParseError('[1:1] the search body must be an object');
  for (const [key, value] of Object.entries(b)) {
    if (!SEARCH_KEYS.includes(key)) throw parsingError(`Unknown key for a ${token(value)} in [${key}].`);
  }
  const size = b.size ?? 10;
  if (!Number.isInteger(size) || (size as number) < 0)
    throw illegalArgument(`[size] parameter cannot be negative, found [${String(size)}]`);
  const from = b.from ?? 0;
  if (!Number.isInteger(from) || (from as number) < 0)
    throw illegalArgument(`[from] parameter cannot be negative, found [${String(from)}]`);
  if ((size as number) + (from as number) > 10000) {
    throw illegalArgument('Result window is too large, from + size must be less than or equal to: [10000]');
  }
  const track = b.track_total_hits ?? 10000;
  if (typeof track !== 'boolean' && !Number.isInteger(track))
    throw illegalArgument('[track_total_hits] must be a boolean or an integer');
  const source = b._source;
  if (
    source !== undefined &&
    typeof source !== 'boolean' &&
    !(Array.isArray(source) && source.every((s) => typeof s === 'string'))
  ) {
    throw illegalArgument('[_source] must be a boolean or a list of field names');
  }
  const sort = parseSort(b.sort, types);
  let searchAfter: unknown[] | undefined;
  if (b.search_after !== undefined) {
    if (!Array.isArray(b.search_after)) throw parsingError('[search_after] expected [START_ARRAY]');
    if (sort.length === 0) throw illegalArgument('[search_after] needs a [sort]');
    if (b.search_after.length !== sort.length) {
      throw illegalArgument(`search_after has ${b.search_after.length} value(s) but sort has ${sort.length}.`);
    }
    if ((from as number) > 0) throw illegalArgument('[from] parameter must be set to 0 when [search_after] is used.');
    searchAfter = b.search_after;
  }
  return {
    size: size as number,
    from: from as number,
    trackTotalHits: track as number | boolean,
    ...(source !== undefined ? { source: source as string[] | boolean } : {}),
    query: parseQuery(b.query, types),
    sort,
    ...(searchAfter ? { searchAfter } : {}),
    aggs: parseAggs(b.aggs, types),
  };
}

export function parseCount(body: unknown, types: FieldTypes): Query {
  if (body === undefined) return MATCH_ALL;
  if (!isObject(body)) throw contentParseError('[1:1] the count body must be an object');
  for (const [key, value] of Object.entries(body)) {
    if (key !== 'query') throw parsingError(`request does not support [${key}] (${token(value)})`);
  }
  return parseQuery(body.query, types);
}
