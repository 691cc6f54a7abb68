// One index of the twin: its mapping, its documents with their external versions (and tombstones
// of deleted ones), and Orama over the text fields for full-text candidates and BM25 scores.
// Filters, sorts, search_after, totals and aggregations are computed here over the full match set,
// because their exact OpenSearch semantics (bucket order, missing values, range keys) are not Orama's.
import { create, insert, remove, search, type AnyOrama } from '@orama/orama';
import type { Aggregation, FieldTypes, Filter, Query, Scalar, SearchPlan, SortKey } from './dsl.ts';
import { OpenSearchError, versionConflict } from './errors.ts';
import { autoFuzziness, candidateTerms, closestEdits, editDistance, tokenize } from './text.ts';

export type Doc = Record<string, unknown>;

export interface Mapping {
  settings?: unknown;
  mappings: { dynamic?: unknown; properties: Record<string, { type?: string; enabled?: boolean }> };
}

interface Stored {
  version: number;
  /** undefined: a tombstone (deleted at `version`) */
  doc?: Doc;
}

type Value = string | number | boolean;
/** A document's non-text fields as the index sees them (dates as epoch ms), like Lucene's doc values. */
type Columns = Map<string, Value[]>;

export interface WriteResult {
  _index: string;
  _id: string;
  _version: number;
  result: 'created' | 'updated' | 'deleted' | 'not_found';
  status: number;
}

/** `version` given: external_gte; otherwise internal versioning (stored + 1). */
export interface VersionSpec {
  version?: number;
}

const SHARDS = { total: 1, successful: 1, skipped: 0, failed: 0 };

export class SearchIndex {
  readonly types: FieldTypes;
  private readonly textFields: string[];
  private readonly docs = new Map<string, Stored>();
  private db: AnyOrama;
  private readonly tokens = new Map<string, Map<string, string[]>>();
  private readonly columns = new Map<string, Columns>();
  /** keyword field → value → ids, so a fuzzy keyword match looks at each distinct value once */
  private readonly postings = new Map<string, Map<string, Set<string>>>();

  constructor(
    readonly name: string,
    readonly mapping: Mapping,
  ) {
    const props = mapping.mappings?.properties ?? {};
    this.types = new Map(Object.entries(props).map(([field, p]) => [field, p.type ?? 'object']));
    this.textFields = Object.keys(props).filter((f) => props[f]?.type === 'text');
    this.db = this.emptyDb();
  }

  private emptyDb(): AnyOrama {
    const schema: Record<string, 'string'> = Object.fromEntries(this.textFields.map((f) => [f, 'string' as const]));
    return create({ schema }) as AnyOrama;
  }

  get liveCount(): number {
    let n = 0;
    for (const s of this.docs.values()) if (s.doc) n++;
    return n;
  }

  get(id: string): Stored | undefined {
    return this.docs.get(id);
  }

  /** Every document and tombstone, for persistence. */
  entries(): Array<[string, number, Doc | null]> {
    return [...this.docs].map(([id, s]) => [id, s.version, s.doc ?? null]);
  }

  /** Restores persisted entries without version checks. */
  restore(entries: ReadonlyArray<[string, number, Doc | null]>): void {
    for (const [id, version, doc] of entries) {
      if (doc) this.put(id, version, doc);
      else this.docs.set(id, { version });
    }
  }

  private check(id: string, spec: VersionSpec): number {
    const stored = this.docs.get(id);
    if (spec.version === undefined) return (stored?.version ?? 0) + 1;
    if (stored && spec.version < stored.version) throw versionConflict(this.name, id, stored.version, spec.version);
    return spec.version;
  }

  private validate(doc: Doc): void {
    if (this.mapping.mappings?.dynamic !== 'strict') return;
    for (const field of Object.keys(doc)) {
      if (!this.types.has(field)) {
        throw new OpenSearchError(
          400,
          'strict_dynamic_mapping_exception',
          `mapping set to strict, dynamic introduction of [${field}] within [_doc] is not allowed`,
        );
      }
    }
  }

  private unindex(id: string): void {
    if (this.docs.get(id)?.doc) remove(this.db, id);
    this.tokens.delete(id);
    for (const [field, values] of this.columns.get(id) ?? []) {
      for (const v of values) this.postings.get(field)?.get(String(v))?.delete(id);
    }
    this.columns.delete(id);
  }

  private put(id: string, version: number, doc: Doc): void {
    this.unindex(id);
    const columns: Columns = new Map();
    for (const [field, type] of this.types) {
      if (type === 'text' || type === 'object') continue;
      const values = asArray(doc[field])
        .map((v) => fieldValue(v, type))
        .filter((v): v is Value => v !== undefined);
      columns.set(field, values);
      if (type !== 'keyword') continue;
      const byValue = this.postings.get(field) ?? new Map<string, Set<string>>();
      this.postings.set(field, byValue);
      for (const v of values) byValue.set(String(v), (byValue.get(String(v)) ?? new Set()).add(id));
    }
    this.columns.set(id, columns);
    const text: Record<string, string> = { id };
    const tokens = new Map<string, string[]>();
    for (const f of this.textFields) {
      const value = doc[f];
      const s = Array.isArray(value) ? value.join(' ') : typeof value === 'string' ? value : '';
      text[f] = s;
      tokens.set(f, tokenize(s));
    }
    insert(this.db, text);
    this.tokens.set(id, tokens);
    this.docs.set(id, { version, doc });
  }

  index(id: string, doc: Doc, spec: VersionSpec): WriteResult {
    const version = this.check(id, spec);
    this.validate(doc);
    const existed = this.docs.get(id)?.doc !== undefined;
    this.put(id, version, doc);
    return {
      _index: this.name,
      _id: id,
      _version: version,
      result: existed ? 'updated' : 'created',
      status: existed ? 200 : 201,
    };
  }

  delete(id: string, spec: VersionSpec): WriteResult {
    const version = this.check(id, spec);
    const existed = this.docs.get(id)?.doc !== undefined;
    this.unindex(id);
    // The tombstone keeps the version, so an older index request arriving later still loses.
    this.docs.set(id, { version });
    return {
      _index: this.name,
      _id: id,
      _version: version,
      result: existed ? 'deleted' : 'not_found',
      status: existed ? 200 : 404,
    };
  }

  count(query: Query): number {
    return this.match(query).size;
  }

  search(plan: SearchPlan, started: number): Record<string, unknown> {
    const scores = this.match(plan.query);
    const ids = [...scores.keys()];
    const values = (id: string) => plan.sort.map((key) => this.sortValue(id, key, scores));
    const sort = plan.sort.length > 0 ? plan.sort : [{ field: '_score', order: 'desc' as const }];
    const keyed = ids.map((id, position) => ({
      id,
      position,
      sort: plan.sort.length > 0 ? values(id) : [scores.get(id)],
    }));
    keyed.sort((a, b) => compareTuples(a.sort, b.sort, sort) || a.position - b.position);
    let page = keyed;
    if (plan.searchAfter) {
      const after = plan.searchAfter;
      page = keyed.filter((k) => compareTuples(k.sort, after, sort) > 0);
    }
    page = page.slice(plan.from, plan.from + plan.size);
    const scored = plan.sort.length === 0 || plan.sort.some((k) => k.field === '_score');
    const hits = page.map(({ id, sort: values }) => {
      const doc = this.docs.get(id)?.doc as Doc;
      const hit: Record<string, unknown> = {
        _index: this.name,
        _id: id,
        _score: scored ? (scores.get(id) ?? 0) : null,
        _source: pickSource(doc, plan.source),
      };
      if (plan.sort.length > 0) hit.sort = values;
      return hit;
    });
    const total =
      plan.trackTotalHits === true || (typeof plan.trackTotalHits === 'number' && ids.length <= plan.trackTotalHits)
        ? { value: ids.length, relation: 'eq' }
        : { value: typeof plan.trackTotalHits === 'number' ? plan.trackTotalHits : ids.length, relation: 'gte' };
    let maxScore: number | null = null;
    if (scored) for (const s of scores.values()) maxScore = maxScore === null ? s : Math.max(maxScore, s);
    const out: Record<string, unknown> = {
      took: Date.now() - started,
      timed_out: false,
      _shards: SHARDS,
      hits: { ...(plan.trackTotalHits === false ? {} : { total }), max_score: ids.length ? maxScore : null, hits },
    };
    if (plan.aggs.length > 0) {
      out.aggregations = Object.fromEntries(plan.aggs.map((agg) => [agg.name, this.aggregate(agg, ids)]));
    }
    return out;
  }

  /** The matching documents and their scores (0 under filter-only bool, 1 under match_all). */
  private match(query: Query): Map<string, number> {
    const out = new Map<string, number>();
    let text: Map<string, number> | undefined;
    for (const clause of query.must) {
      const scores = this.textScores(clause.text, clause.fields);
      text = text ? intersect(text, scores) : scores;
    }
    const candidates = text ? text.keys() : this.liveIds();
    for (const id of candidates) {
      const columns = this.columns.get(id);
      if (!columns || !query.filter.every((f) => matchesFilter(columns, f, this.types))) continue;
      out.set(id, text?.get(id) ?? (query.matchAll ? 1 : 0));
    }
    return out;
  }

  private *liveIds(): Iterable<string> {
    for (const [id, s] of this.docs) if (s.doc) yield id;
  }

  /**
   * multi_match, best_fields, operator OR, fuzziness AUTO. Text fields: each analysed term's Orama
   * candidates, kept only within AUTO edits of a real token (Orama also matches prefixes) and
   * scored by Orama's BM25 times OpenSearch's fuzzy weight (1 - edits/length). Keyword fields: the
   * whole query string against each value, fuzzily, as OpenSearch does for keyword fields.
   * UNVERIFIED against AWS: scores approximate OpenSearch's; only their order is meant to agree.
   */
  private textScores(text: string, fields: TextQuery['fields']): Map<string, number> {
    const scores = new Map<string, number>();
    const textFields = fields.filter((f) => this.types.get(f.name) === 'text');
    const keywordFields = fields.filter((f) => this.types.get(f.name) === 'keyword');
    const live = this.liveCount;
    if (textFields.length > 0 && live > 0) {
      const boost = Object.fromEntries(textFields.map((f) => [f.name, f.boost]));
      for (const term of new Set(tokenize(text))) {
        const seen = new Map<string, number | undefined>();
        const edits = (tokens: readonly string[]) => {
          let best: number | undefined;
          for (const token of tokens) {
            if (!seen.has(token)) seen.set(token, closestEdits(term, [token]));
            const d = seen.get(token);
            if (d !== undefined && (best === undefined || d < best)) best = d;
          }
          return best;
        };
        const properties = textFields.map((f) => f.name);
        for (const [id, score] of this.candidates(term, properties, boost, live)) {
          const tokens = this.tokens.get(id);
          let fewest: number | undefined;
          for (const f of textFields) {
            const d = edits(tokens?.get(f.name) ?? []);
            if (d !== undefined && (fewest === undefined || d < fewest)) fewest = d;
          }
          if (fewest === undefined) continue;
          const weight = 1 - fewest / Math.max(1, [...term].length);
          scores.set(id, (scores.get(id) ?? 0) + score * weight);
        }
      }
    }
    if (keywordFields.length > 0 && text.length > 0) {
      const cap = autoFuzziness(text);
      for (const f of keywordFields) {
        for (const [value, ids] of this.postings.get(f.name) ?? []) {
          const d = value === text ? 0 : editDistance(text, value, cap);
          if (d > cap) continue;
          const score = f.boost * (1 - d / Math.max(1, [...text].length));
          // best_fields: a document's score is its best field's, not the sum.
          for (const id of ids) if (score > 0) scores.set(id, Math.max(scores.get(id) ?? 0, score));
        }
      }
    }
    return scores;
  }

  /** Orama's hits for a term and its transpositions (text.ts candidateTerms): id → best BM25 score. */
  private candidates(term: string, properties: string[], boost: Record<string, number>, limit: number) {
    const hits = new Map<string, number>();
    for (const candidate of candidateTerms(term)) {
      const found = search(this.db, { term: candidate.term, properties, boost, tolerance: candidate.tolerance, limit });
      for (const hit of (found as { hits: Array<{ id: string; score: number }> }).hits) {
        hits.set(hit.id, Math.max(hits.get(hit.id) ?? 0, hit.score));
      }
    }
    return hits;
  }

  /** A hit's sort value as OpenSearch returns it: dates as epoch ms, multi-valued fields by min (asc) or max (desc). */
  private sortValue(id: string, key: SortKey, scores: Map<string, number>): unknown {
    if (key.field === '_score') return scores.get(id) ?? 0;
    const values = this.columns.get(id)?.get(key.field) ?? [];
    if (values.length === 0) return null;
    return values.reduce((a, b) => (compareValues(a, b) < 0 === (key.order === 'asc') ? a : b));
  }

  private aggregate(agg: Aggregation, ids: readonly string[]): Record<string, unknown> {
    const type = this.types.get(agg.field);
    if (agg.kind === 'terms') {
      const counts = new Map<string | number | boolean, number>();
      for (const id of ids) {
        const distinct = new Set(this.columns.get(id)?.get(agg.field));
        for (const v of distinct) counts.set(v, (counts.get(v) ?? 0) + 1);
      }
      // OpenSearch's default order: doc_count desc, then key asc.
      const all = [...counts].sort((a, b) => b[1] - a[1] || compareValues(a[0], b[0]));
      const shown = all.slice(0, agg.size);
      const other = all.slice(agg.size).reduce((n, [, c]) => n + c, 0);
      return {
        doc_count_error_upper_bound: 0,
        sum_other_doc_count: other,
        buckets: shown.map(([key, doc_count]) =>
          type === 'boolean' ? { key: key ? 1 : 0, key_as_string: String(key), doc_count } : { key, doc_count },
        ),
      };
    }
    return {
      buckets: agg.ranges.map((r) => {
        let count = 0;
        for (const id of ids) {
          const hit = (this.columns.get(id)?.get(agg.field) ?? []).some(
            (v) => typeof v === 'number' && (r.from === undefined || v >= r.from) && (r.to === undefined || v < r.to),
          );
          if (hit) count++;
        }
        const key =
          r.key ?? `${r.from === undefined ? '*' : r.from.toFixed(1)}-${r.to === undefined ? '*' : r.to.toFixed(1)}`;
        return {
          key,
          ...(r.from !== undefined ? { from: r.from } : {}),
          ...(r.to !== undefined ? { to: r.to } : {}),
          doc_count: count,
        };
      }),
    };
  }
}

type TextQuery = Query['must'][number];

const asArray = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);

/** A stored value as the index sees it: dates as epoch ms. */
function fieldValue(value: unknown, type: string | undefined): string | number | boolean | undefined {
  if (type === 'date') {
    const ms = typeof value === 'number' ? value : Date.parse(String(value));
    return Number.isNaN(ms) ? undefined : ms;
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return undefined;
}

function compareValues(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Order of two sort tuples; missing values (null) sort last in either direction, as OpenSearch's `_last`. */
function compareTuples(a: readonly unknown[], b: readonly unknown[], keys: readonly SortKey[]): number {
  for (let i = 0; i < keys.length; i++) {
    const x = a[i] ?? null;
    const y = b[i] ?? null;
    if (x === null && y === null) continue;
    if (x === null) return 1;
    if (y === null) return -1;
    const c = compareValues(x, y);
    if (c !== 0) return (keys[i] as SortKey).order === 'asc' ? c : -c;
  }
  return 0;
}

function matchesFilter(columns: Columns, filter: Filter, types: FieldTypes): boolean {
  if (filter.kind === 'bool') {
    return filter.filter.every((f) => matchesFilter(columns, f, types));
  }
  const type = types.get(filter.field);
  const values: readonly Value[] = columns.get(filter.field) ?? [];
  if (filter.kind === 'term') {
    const wanted = normalise(filter.value, type);
    return values.some((v) => v === wanted);
  }
  if (filter.kind === 'terms') {
    const wanted = filter.values.map((t) => normalise(t, type));
    return values.some((v) => wanted.includes(v));
  }
  return values.some(
    (v) =>
      typeof v === 'number' &&
      (filter.gte === undefined || v >= filter.gte) &&
      (filter.lte === undefined || v <= filter.lte) &&
      (filter.gt === undefined || v > filter.gt) &&
      (filter.lt === undefined || v < filter.lt),
  );
}

/** A query value as the field stores it ("true" matches a boolean, "12" a long), as OpenSearch coerces. */
function normalise(value: Scalar, type: string | undefined): Scalar | undefined {
  if (type === 'boolean')
    return value === true || value === 'true' ? true : value === false || value === 'false' ? false : undefined;
  if (type === 'long' || type === 'integer' || type === 'date') return fieldValue(value, type);
  return typeof value === 'string' ? value : String(value);
}

function intersect(a: Map<string, number>, b: Map<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [id, s] of a) {
    const t = b.get(id);
    if (t !== undefined) out.set(id, s + t);
  }
  return out;
}

function pickSource(doc: Doc, source: SearchPlan['source']): Doc | undefined {
  if (source === undefined || source === true) return doc;
  if (source === false) return undefined;
  return Object.fromEntries(source.filter((f) => f in doc).map((f) => [f, doc[f]]));
}
