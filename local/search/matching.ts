// Which documents a bool query matches and their scores, over document numbers: each text clause scores
// its terms' postings (text-index.ts) and keyword fields by their dictionaries; filters are compiled once
// into tests on the columns, then run over the candidates. Nothing here allocates per document.
// https://opensearch.org/docs/latest/query-dsl/compound/bool/ (must scores, filter does not)
import { compareValues, type Column, type Value } from './columns.ts';
import type { FieldTypes, Filter, Query, Scalar } from './dsl.ts';
import { autoFuzziness, editDistance, tokenize } from './text.ts';
import { scoreContext, type ScoreContext, type TextIndex } from './text-index.ts';

export interface IndexView {
  readonly types: FieldTypes;
  readonly live: Uint8Array;
  readonly liveCount: number;
  /** document numbers in use are below this */
  readonly maxDoc: number;
  readonly columns: ReadonlyMap<string, Column>;
  readonly text: TextIndex;
}

export interface Matches {
  /** matching document numbers, ascending (indexing order) */
  docs: Int32Array;
  /** by document number; meaningful for matching documents only */
  scores: Float64Array | undefined;
  /** the score of every match when `scores` is undefined (1 for match_all, 0 for a filter-only bool) */
  constant: number;
}

type TextClause = Query['must'][number];

/**
 * multi_match, best_fields, operator OR, fuzziness AUTO. Text fields: each analysed term's dictionary
 * expansions within AUTO edits, BM25 times the field's boost times OpenSearch's fuzzy weight
 * (1 - edits/length), summed over terms and fields. Keyword fields: the whole query string against
 * each distinct value, fuzzily, as OpenSearch does for keyword fields; a document keeps its best.
 * UNVERIFIED against AWS: scores approximate OpenSearch's; only their order is meant to agree.
 */
function textClause(view: IndexView, clause: TextClause): ScoreContext {
  const ctx = scoreContext(view.live, view.liveCount, view.maxDoc);
  const textFields = clause.fields.filter((f) => view.types.get(f.name) === 'text');
  if (textFields.length > 0 && view.liveCount > 0) {
    for (const term of new Set(tokenize(clause.text))) {
      const expansions = view.text.expand(term);
      if (expansions.length === 0) continue;
      const length = Math.max(1, [...term].length);
      const weight = (edits: number) => 1 - edits / length;
      for (const f of textFields) view.text.score(f.name, expansions, weight, f.boost, ctx);
    }
  }
  const text = clause.text;
  if (text.length === 0) return ctx;
  for (const f of clause.fields) {
    const column = view.types.get(f.name) === 'keyword' ? view.columns.get(f.name) : undefined;
    if (column?.kind !== 'ordinal') continue;
    const cap = autoFuzziness(text);
    const length = Math.max(1, [...text].length);
    const byOrd = new Float64Array(column.values.length);
    let any = false;
    column.values.forEach((value, ord) => {
      const s = String(value);
      const d = s === text ? 0 : editDistance(text, s, cap);
      const score = d > cap ? 0 : f.boost * (1 - d / length);
      if (score > 0) any = true;
      byOrd[ord] = score;
    });
    if (!any) continue;
    for (let doc = 0; doc < view.maxDoc; doc++) {
      if (view.live[doc] !== 1) continue;
      const first = column.first[doc] as number;
      if (first < 0) continue;
      let best = byOrd[first] as number;
      for (const ord of column.many.of(doc) ?? []) best = Math.max(best, byOrd[ord] as number);
      if (best <= 0) continue;
      // best_fields: a keyword field's score competes with the text score, it is not added to it.
      ctx.scores[doc] = Math.max(ctx.scores[doc] as number, best);
      if (ctx.matched[doc] === 0) {
        ctx.matched[doc] = 1;
        ctx.touched.push(doc);
      }
    }
  }
  return ctx;
}

/** A query value as the field stores it ("true" matches a boolean, "12" a long), as OpenSearch coerces. */
export function normalise(value: Scalar, type: string | undefined): Value | undefined {
  if (type === 'boolean')
    return value === true || value === 'true' ? true : value === false || value === 'false' ? false : undefined;
  if (type === 'long' || type === 'integer' || type === 'date') return numericValue(value, type);
  return typeof value === 'string' ? value : String(value);
}

/** A stored or queried number: dates as epoch ms (ISO strings parsed), longs coerced from numeric strings. */
export function numericValue(value: unknown, type: string | undefined): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const n = type === 'date' && !/^-?\d+$/.test(value) ? Date.parse(value) : Number(value);
  return Number.isFinite(n) ? n : undefined;
}

type Test = (doc: number) => boolean;

function compileFilter(view: IndexView, filter: Filter): Test {
  if (filter.kind === 'bool') {
    const tests = filter.filter.map((f) => compileFilter(view, f));
    return (doc) => tests.every((t) => t(doc));
  }
  const type = view.types.get(filter.field);
  const column = view.columns.get(filter.field);
  if (!column) return () => false;
  if (filter.kind === 'range') {
    if (column.kind !== 'numeric') return () => false;
    const { gte, lte, gt, lt } = filter;
    const inRange = (v: number) =>
      (gte === undefined || v >= gte) &&
      (lte === undefined || v <= lte) &&
      (gt === undefined || v > gt) &&
      (lt === undefined || v < lt);
    return (doc) => column.some(doc, inRange);
  }
  const wanted = (filter.kind === 'term' ? [filter.value] : filter.values)
    .map((v) => normalise(v, type))
    .filter((v): v is Value => v !== undefined);
  if (column.kind === 'numeric') {
    const numbers = wanted.filter((v): v is number => typeof v === 'number');
    return (doc) => column.some(doc, (v) => numbers.includes(v));
  }
  const ords = wanted.map((v) => column.ordinalOf(v)).filter((o): o is number => o !== undefined);
  if (ords.length === 0) return () => false;
  return (doc) => column.has(doc, ords);
}

function docsOf(ctx: ScoreContext, maxDoc: number): Int32Array {
  if (ctx.touched.length * 16 > maxDoc) {
    const out = new Int32Array(ctx.touched.length);
    let n = 0;
    for (let doc = 0; doc < maxDoc; doc++) if (ctx.matched[doc] === 1) out[n++] = doc;
    return out;
  }
  return Int32Array.from(ctx.touched).sort();
}

/** The matching documents and their scores (0 under a filter-only bool, 1 under match_all). */
export function matchQuery(view: IndexView, query: Query): Matches {
  const tests = query.filter.map((f) => compileFilter(view, f));
  let text: ScoreContext | undefined;
  for (const clause of query.must) {
    const next = textClause(view, clause);
    if (text) {
      for (const doc of text.touched) {
        if (next.matched[doc] === 1) next.scores[doc] = (next.scores[doc] as number) + (text.scores[doc] as number);
        else text.matched[doc] = 0;
      }
      for (const doc of next.touched) if (text.matched[doc] !== 1) next.matched[doc] = 0;
      next.touched = next.touched.filter((doc) => next.matched[doc] === 1);
    }
    text = next;
  }
  const pass = (doc: number) => {
    for (const t of tests) if (!t(doc)) return false;
    return true;
  };
  if (text) {
    const candidates = docsOf(text, view.maxDoc);
    let n = 0;
    for (const doc of candidates) if (pass(doc)) candidates[n++] = doc;
    return { docs: candidates.subarray(0, n), scores: text.scores, constant: 0 };
  }
  const out = new Int32Array(view.liveCount);
  let n = 0;
  for (let doc = 0; doc < view.maxDoc; doc++) if (view.live[doc] === 1 && pass(doc)) out[n++] = doc;
  return { docs: out.subarray(0, n), scores: undefined, constant: query.matchAll ? 1 : 0 };
}

export { compareValues };
