// The page of a search: sort values read from the columns, `search_after` as a comparison with the given
// tuple, and the best `from + size` documents kept in a bounded heap (top-k selection), so a page of 20
// out of 100,000 matches costs one comparison per match, not a sort of all of them.
// https://opensearch.org/docs/latest/search-plugins/searching-data/sort/ and .../paginate/ (search_after)
import { compareValues, type Column } from './columns.ts';
import type { SortKey } from './dsl.ts';
import type { Matches } from './matching.ts';

type SortValue = string | number | boolean | null;
type Accessor = (doc: number) => SortValue;

/** How one sort key reads a document: `_score`, or the field's min (asc) / max (desc), null when missing. */
export function accessor(key: SortKey, columns: ReadonlyMap<string, Column>, matches: Matches): Accessor {
  if (key.field === '_score') {
    const { scores, constant } = matches;
    return scores ? (doc) => scores[doc] as number : () => constant;
  }
  const column = columns.get(key.field);
  const asc = key.order === 'asc';
  if (!column) return () => null;
  if (column.kind === 'numeric' && column.many.size === 0) {
    const first = column.first;
    return (doc) => {
      const v = first[doc] as number;
      return Number.isNaN(v) ? null : v;
    };
  }
  return (doc) => column.sortValue(doc, asc);
}

/** Order of two values of one key; missing values (null) sort last in either direction, as OpenSearch's `_last`. */
function compareKey(x: unknown, y: unknown, asc: boolean): number {
  if (x === null && y === null) return 0;
  if (x === null) return 1;
  if (y === null) return -1;
  const c = compareValues(x, y);
  return asc ? c : -c;
}

/** One key's comparison of two documents; numbers straight from their typed arrays where it can. */
function keyComparer(key: SortKey, read: Accessor, columns: ReadonlyMap<string, Column>, matches: Matches) {
  const asc = key.order === 'asc';
  const numbers = primaryKey(key, columns, matches);
  if (numbers) {
    // missing values are +Infinity in either direction: last, as `_last`
    return (a: number, b: number) => {
      const x = numbers(a);
      const y = numbers(b);
      return x < y ? -1 : x > y ? 1 : 0;
    };
  }
  return (a: number, b: number) => compareKey(read(a), read(b), asc);
}

export interface Ranking {
  /** sort values of a document, as `hits[].sort` returns them */
  values(doc: number): SortValue[];
  /** the best `k` of the matches after `searchAfter`, in order */
  top(k: number, searchAfter?: readonly unknown[]): number[];
}

/**
 * The first key as a number where smaller sorts first (missing: +Infinity), when it is `_score` or a
 * one-valued numeric field, so the k-th best can be found by selection; undefined otherwise.
 */
function primaryKey(key: SortKey, columns: ReadonlyMap<string, Column>, matches: Matches) {
  const sign = key.order === 'asc' ? 1 : -1;
  if (key.field === '_score') {
    const { scores } = matches;
    return scores ? (doc: number) => sign * (scores[doc] as number) : undefined;
  }
  const column = columns.get(key.field);
  if (column?.kind !== 'numeric' || column.many.size > 0) return undefined;
  const first = column.first;
  return (doc: number) => {
    const v = first[doc] as number;
    return Number.isNaN(v) ? Infinity : sign * v;
  };
}

/** The k-th smallest value (0-based) of `values`, reordering them (Hoare's selection). */
function select(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  for (;;) {
    if (lo >= hi) return values[k] as number;
    const pivot = values[(lo + hi) >> 1] as number;
    let i = lo;
    let j = hi;
    for (;;) {
      while ((values[i] as number) < pivot) i++;
      while ((values[j] as number) > pivot) j--;
      if (i >= j) break;
      const t = values[i] as number;
      values[i++] = values[j] as number;
      values[j--] = t;
    }
    if (k <= j) hi = j;
    else lo = j + 1;
  }
}

function heapTop(docs: Int32Array, k: number, compare: (a: number, b: number) => number): number[] {
  const heap: number[] = [];
  for (const doc of docs) {
    if (heap.length < k) push(heap, doc, compare);
    else if (compare(doc, heap[0] as number) < 0) replaceRoot(heap, doc, compare);
  }
  return heap.sort(compare);
}

export function ranking(sort: readonly SortKey[], columns: ReadonlyMap<string, Column>, matches: Matches): Ranking {
  const keys = sort.length > 0 ? sort : [{ field: '_score', order: 'desc' as const }];
  const readers = keys.map((k) => accessor(k, columns, matches));
  // a key every match shares (a score without text) orders nothing; the comparison skips it
  const ordering = keys.map((_, i) => i).filter((i) => keys[i]?.field !== '_score' || matches.scores);
  const ascending = keys.map((k) => k.order === 'asc');
  const comparers = ordering.map((i) => keyComparer(keys[i] as SortKey, readers[i] as Accessor, columns, matches));
  // ties keep indexing order, as Lucene's doc ids do
  const compare = (a: number, b: number): number => {
    for (const c of comparers) {
      const r = c(a, b);
      if (r !== 0) return r;
    }
    return a - b;
  };
  const after = (doc: number, tuple: readonly unknown[]): boolean => {
    for (let i = 0; i < readers.length; i++) {
      const c = compareKey((readers[i] as Accessor)(doc), tuple[i] ?? null, ascending[i] as boolean);
      if (c !== 0) return c > 0;
    }
    return false;
  };
  const first = ordering[0] === undefined ? undefined : primaryKey(keys[ordering[0]] as SortKey, columns, matches);
  return {
    values: (doc) => readers.map((read) => read(doc)),
    top(k, searchAfter) {
      if (k <= 0) return [];
      const docs = searchAfter ? matches.docs.filter((doc) => after(doc, searchAfter)) : matches.docs;
      if (docs.length <= k || !first) return heapTop(docs, k, compare);
      const values = new Float64Array(docs.length);
      for (let i = 0; i < docs.length; i++) values[i] = first(docs[i] as number);
      const kth = select(values.slice(), k - 1);
      // every document up to the k-th value: the page, plus any that tie with its last on the first key
      const chosen = new Int32Array(docs.length);
      let n = 0;
      for (let i = 0; i < docs.length; i++) if ((values[i] as number) <= kth) chosen[n++] = docs[i] as number;
      return heapTop(chosen.subarray(0, n), k, compare);
    },
  };
}

/** A binary heap with the worst document (greatest under `compare`) at the root. */
function push(heap: number[], doc: number, compare: (a: number, b: number) => number): void {
  heap.push(doc);
  let i = heap.length - 1;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (compare(heap[i] as number, heap[parent] as number) <= 0) break;
    [heap[i], heap[parent]] = [heap[parent] as number, heap[i] as number];
    i = parent;
  }
}

function replaceRoot(heap: number[], doc: number, compare: (a: number, b: number) => number): void {
  heap[0] = doc;
  let i = 0;
  for (;;) {
    const left = 2 * i + 1;
    const right = left + 1;
    let worst = i;
    if (left < heap.length && compare(heap[left] as number, heap[worst] as number) > 0) worst = left;
    if (right < heap.length && compare(heap[right] as number, heap[worst] as number) > 0) worst = right;
    if (worst === i) return;
    [heap[i], heap[worst]] = [heap[worst] as number, heap[i] as number];
    i = worst;
  }
}
