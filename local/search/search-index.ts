// One index of the twin: its mapping, its documents with their external versions (and tombstones of
// deleted ones), and the structures a search reads, all over document numbers as Lucene's segments are:
// columns of the non-text fields (columns.ts), the text fields' postings (text-index.ts). A write gives
// the document a new number and retires the old one; when retired numbers outgrow live ones, the index
// is rebuilt from its documents. Sources are kept compressed (sources.ts), read only for the hits a page returns.
import { NumericColumn, OrdinalColumn, type Column, type Value } from './columns.ts';
import type { FieldTypes, Query, SearchPlan } from './dsl.ts';
import { aggregate } from './aggregations.ts';
import { OpenSearchError, versionConflict } from './errors.ts';
import { matchQuery, numericValue, type IndexView } from './matching.ts';
import { ranking } from './ranking.ts';
import { SourceStore, type SourceRef } from './sources.ts';
import { TextIndex } from './text-index.ts';

export type Doc = Record<string, unknown>;

export interface Mapping {
  settings?: unknown;
  mappings: {
    dynamic?: unknown;
    _meta?: unknown;
    properties: Record<string, { type?: string; enabled?: boolean }>;
  };
}

interface Stored {
  version: number;
  /** the document's number; -1 for a tombstone (deleted at `version`) */
  doc: number;
}

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

/** An entry as persisted: id, version, the source to read when saved (null: a tombstone). */
export type IndexEntry = [string, number, SourceRef | null];

const SHARDS = { total: 1, successful: 1, skipped: 0, failed: 0 };
const NUMERIC_TYPES = new Set(['long', 'integer', 'date']);
/** Rebuild once this many retired document numbers outnumber the live ones. */
const MIN_RETIRED = 10_000;

const asArray = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);

export class SearchIndex implements IndexView {
  readonly types: FieldTypes;
  private readonly textFields: string[];
  private readonly stored = new Map<string, Stored>();
  live = new Uint8Array(1024);
  liveCount = 0;
  maxDoc = 0;
  private ids: string[] = [];
  private sources = new SourceStore();
  columns = new Map<string, Column>();
  text: TextIndex;

  constructor(
    readonly name: string,
    readonly mapping: Mapping,
  ) {
    const props = mapping.mappings?.properties ?? {};
    this.types = new Map(Object.entries(props).map(([field, p]) => [field, p.type ?? 'object']));
    this.textFields = Object.keys(props).filter((f) => props[f]?.type === 'text');
    this.text = new TextIndex(this.textFields);
    this.columns = this.emptyColumns();
  }

  private emptyColumns(): Map<string, Column> {
    const columns = new Map<string, Column>();
    for (const [field, type] of this.types) {
      if (NUMERIC_TYPES.has(type)) columns.set(field, new NumericColumn());
      else if (type === 'keyword' || type === 'boolean') columns.set(field, new OrdinalColumn());
    }
    return columns;
  }

  get(id: string): { version: number; doc?: Doc } | undefined {
    const s = this.stored.get(id);
    if (!s) return undefined;
    return s.doc < 0
      ? { version: s.version }
      : { version: s.version, doc: JSON.parse(this.sources.get(s.doc) as string) };
  }

  /** Every document and tombstone, for persistence. */
  entries(): IndexEntry[] {
    return [...this.stored].map(([id, s]) => [
      id,
      s.version,
      s.doc < 0 ? null : (this.sources.ref(s.doc) as SourceRef),
    ]);
  }

  /** Restores persisted entries without version checks. */
  restore(entries: ReadonlyArray<[string, number, Doc | string | null]>): void {
    for (const [id, version, doc] of entries) {
      if (doc === null) this.stored.set(id, { version, doc: -1 });
      else this.put(id, version, typeof doc === 'string' ? (JSON.parse(doc) as Doc) : doc);
    }
  }

  /** The same documents (and tombstones) under a changed mapping: PUT _mapping / _settings rebuild the index. */
  withMapping(mapping: Mapping): SearchIndex {
    const next = new SearchIndex(this.name, mapping);
    next.restore(this.entries().map(([id, version, ref]) => [id, version, ref ? ref.json() : null]));
    return next;
  }

  private check(id: string, spec: VersionSpec): number {
    const stored = this.stored.get(id);
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

  private retire(id: string): void {
    const s = this.stored.get(id);
    if (!s || s.doc < 0) return;
    const doc = s.doc;
    this.live[doc] = 0;
    this.liveCount--;
    this.sources.clear(doc);
    this.text.remove(doc);
    for (const column of this.columns.values()) column.clear(doc);
  }

  private put(id: string, version: number, source: Doc): void {
    this.retire(id);
    const doc = this.maxDoc++;
    if (doc >= this.live.length) {
      const grown = new Uint8Array(this.live.length * 2);
      grown.set(this.live);
      this.live = grown;
    }
    for (const [field, column] of this.columns) {
      const type = this.types.get(field);
      const values = asArray(source[field]);
      if (column.kind === 'numeric') {
        column.set(
          doc,
          values.map((v) => numericValue(v, type)).filter((v): v is number => v !== undefined),
        );
      } else {
        column.set(
          doc,
          values.filter((v): v is Value => ['string', 'number', 'boolean'].includes(typeof v)),
        );
      }
    }
    const texts = new Map<string, string>();
    for (const f of this.textFields) {
      const value = source[f];
      texts.set(f, Array.isArray(value) ? value.join(' ') : typeof value === 'string' ? value : '');
    }
    this.text.add(doc, texts);
    this.live[doc] = 1;
    this.liveCount++;
    this.ids[doc] = id;
    this.sources.set(doc, JSON.stringify(source));
    this.stored.set(id, { version, doc });
    if (this.maxDoc - this.liveCount > Math.max(MIN_RETIRED, this.liveCount)) this.rebuild();
  }

  /** Renumbers the live documents from 0, dropping what retired numbers still hold. */
  private rebuild(): void {
    const live = [...this.stored].filter(([, s]) => s.doc >= 0).sort((a, b) => a[1].doc - b[1].doc);
    const sources = this.sources;
    this.live = new Uint8Array(Math.max(1024, live.length * 2));
    this.liveCount = 0;
    this.maxDoc = 0;
    this.ids = [];
    this.sources = new SourceStore();
    this.columns = this.emptyColumns();
    this.text = new TextIndex(this.textFields);
    for (const [id, s] of live) {
      this.stored.delete(id);
      this.put(id, s.version, JSON.parse(sources.get(s.doc) as string) as Doc);
    }
  }

  index(id: string, doc: Doc, spec: VersionSpec): WriteResult {
    const version = this.check(id, spec);
    this.validate(doc);
    const existed = (this.stored.get(id)?.doc ?? -1) >= 0;
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
    const existed = (this.stored.get(id)?.doc ?? -1) >= 0;
    this.retire(id);
    // The tombstone keeps the version, so an older index request arriving later still loses.
    this.stored.set(id, { version, doc: -1 });
    return {
      _index: this.name,
      _id: id,
      _version: version,
      result: existed ? 'deleted' : 'not_found',
      status: existed ? 200 : 404,
    };
  }

  count(query: Query): number {
    return matchQuery(this, query).docs.length;
  }

  search(plan: SearchPlan, started: number): Record<string, unknown> {
    const matches = matchQuery(this, plan.query);
    const total = matches.docs.length;
    const rank = ranking(plan.sort, this.columns, matches);
    const page = rank.top(plan.from + plan.size, plan.searchAfter).slice(plan.from);
    const scored = plan.sort.length === 0 || plan.sort.some((k) => k.field === '_score');
    const scoreOf = (doc: number) => (matches.scores ? (matches.scores[doc] as number) : matches.constant);
    const hits = page.map((doc) => {
      const hit: Record<string, unknown> = {
        _index: this.name,
        _id: this.ids[doc],
        _score: scored ? scoreOf(doc) : null,
        _source: pickSource(this.sources.get(doc) as string, plan.source),
      };
      if (plan.sort.length > 0) hit.sort = rank.values(doc);
      return hit;
    });
    const exact =
      plan.trackTotalHits === true || (typeof plan.trackTotalHits === 'number' && total <= plan.trackTotalHits);
    const totalHits = exact
      ? { value: total, relation: 'eq' }
      : { value: typeof plan.trackTotalHits === 'number' ? plan.trackTotalHits : total, relation: 'gte' };
    let maxScore: number | null = null;
    if (scored && total > 0) {
      maxScore = matches.constant;
      if (matches.scores) {
        maxScore = -Infinity;
        for (const doc of matches.docs) maxScore = Math.max(maxScore, matches.scores[doc] as number);
      }
    }
    const out: Record<string, unknown> = {
      took: Date.now() - started,
      timed_out: false,
      _shards: SHARDS,
      hits: { ...(plan.trackTotalHits === false ? {} : { total: totalHits }), max_score: maxScore, hits },
    };
    if (plan.aggs.length > 0) {
      out.aggregations = Object.fromEntries(
        plan.aggs.map((agg) => [
          agg.name,
          aggregate(agg, this.columns.get(agg.field), this.types.get(agg.field), matches.docs),
        ]),
      );
    }
    return out;
  }
}

function pickSource(json: string, source: SearchPlan['source']): Doc | undefined {
  if (source === false) return undefined;
  const doc = JSON.parse(json) as Doc;
  if (source === undefined || source === true) return doc;
  return Object.fromEntries(source.filter((f) => f in doc).map((f) => [f, doc[f]]));
}
