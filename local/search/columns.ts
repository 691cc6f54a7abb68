// A field's values per document number, as Lucene's doc values keep them: typed arrays indexed by the
// document's number, so filters, sorts and aggregations read a number per document instead of walking
// objects. Keyword and boolean values become ordinals into a dictionary; longs and dates stay numbers
// (dates as epoch ms). A document with several values keeps them all aside; most have one.
// https://opensearch.org/docs/latest/field-types/supported-field-types/index/ (doc values)

export type Value = string | number | boolean;

const MISSING = -1;

export function grownInt32(array: Int32Array<ArrayBuffer>, size: number, fill = 0): Int32Array<ArrayBuffer> {
  if (size <= array.length) return array;
  const next = new Int32Array(Math.max(size, array.length * 2, 1024));
  if (fill !== 0) next.fill(fill, array.length);
  next.set(array);
  return next;
}

export function grownFloat64(array: Float64Array<ArrayBuffer>, size: number, fill = 0): Float64Array<ArrayBuffer> {
  if (size <= array.length) return array;
  const next = new Float64Array(Math.max(size, array.length * 2, 1024));
  if (fill !== 0) next.fill(fill, array.length);
  next.set(array);
  return next;
}

/** The order OpenSearch gives values of one field: numbers, booleans (false first), then strings. */
export function compareValues(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * A document's values: `first` for the one-value case every reader takes first, and for a document with
 * several, `count` of them from `start` in `pool` (numbers are assigned once, so the pool only grows;
 * the index's rebuild compacts it).
 */
class Multi {
  count = new Int32Array(0);
  start = new Int32Array(0);
  pool: number[] = [];
  size = 0;

  set(doc: number, values: readonly number[]): void {
    this.count = grownInt32(this.count, doc + 1);
    this.start = grownInt32(this.start, doc + 1);
    if ((this.count[doc] as number) > 1) this.size--;
    this.count[doc] = values.length;
    if (values.length < 2) return;
    this.size++;
    this.start[doc] = this.pool.length;
    this.pool.push(...values);
  }

  /** the document's values when it has several, else undefined */
  of(doc: number): number[] | undefined {
    if (this.size === 0 || (this.count[doc] as number) < 2) return undefined;
    const from = this.start[doc] as number;
    return this.pool.slice(from, from + (this.count[doc] as number));
  }

  several(doc: number): boolean {
    return this.size > 0 && (this.count[doc] as number) > 1;
  }
}

/** keyword and boolean fields: each distinct value gets an ordinal, each document its values' ordinals. */
export class OrdinalColumn {
  readonly kind = 'ordinal';
  readonly dict = new Map<Value, number>();
  readonly values: Value[] = [];
  /** the first value's ordinal, MISSING when none */
  first = new Int32Array(0);
  readonly many = new Multi();

  ordinalOf(value: Value): number | undefined {
    return this.dict.get(value);
  }

  set(doc: number, values: readonly Value[]): void {
    this.first = grownInt32(this.first, doc + 1, MISSING);
    const ords: number[] = [];
    for (const v of values) {
      let ord = this.dict.get(v);
      if (ord === undefined) {
        ord = this.values.length;
        this.dict.set(v, ord);
        this.values.push(v);
      }
      if (!ords.includes(ord)) ords.push(ord);
    }
    this.first[doc] = ords[0] ?? MISSING;
    this.many.set(doc, ords);
  }

  clear(doc: number): void {
    if (doc < this.first.length) this.first[doc] = MISSING;
    this.many.set(doc, []);
  }

  /** Does the document hold one of these ordinals (a set small enough to scan)? */
  has(doc: number, ords: readonly number[]): boolean {
    const first = this.first[doc] as number;
    if (first === MISSING) return false;
    if (!this.many.several(doc)) return ords.includes(first);
    const from = this.many.start[doc] as number;
    const to = from + (this.many.count[doc] as number);
    for (let i = from; i < to; i++) if (ords.includes(this.many.pool[i] as number)) return true;
    return false;
  }

  /** The sort value: the smallest value ascending, the greatest descending; null when missing. */
  sortValue(doc: number, asc: boolean): Value | null {
    const first = this.first[doc] as number;
    if (first === MISSING || first === undefined) return null;
    let best = this.values[first] as Value;
    for (const o of this.many.of(doc) ?? []) {
      const v = this.values[o] as Value;
      if (compareValues(v, best) < 0 === asc) best = v;
    }
    return best;
  }
}

/** long, integer and date fields: the first value as a float (NaN when none), all of them aside when several. */
export class NumericColumn {
  readonly kind = 'numeric';
  first = new Float64Array(0);
  readonly many = new Multi();

  set(doc: number, values: readonly number[]): void {
    this.first = grownFloat64(this.first, doc + 1, Number.NaN);
    this.first[doc] = values[0] ?? Number.NaN;
    this.many.set(doc, [...new Set(values)]);
  }

  clear(doc: number): void {
    if (doc < this.first.length) this.first[doc] = Number.NaN;
    this.many.set(doc, []);
  }

  /** Does any of the document's values satisfy the test? */
  some(doc: number, test: (v: number) => boolean): boolean {
    const first = this.first[doc] as number;
    if (Number.isNaN(first)) return false;
    if (!this.many.several(doc)) return test(first);
    return (this.many.of(doc) as number[]).some(test);
  }

  /** The document's distinct values. */
  values(doc: number): readonly number[] {
    const first = this.first[doc] as number;
    if (first === undefined || Number.isNaN(first)) return [];
    return this.many.of(doc) ?? [first];
  }

  sortValue(doc: number, asc: boolean): number | null {
    const first = this.first[doc] as number;
    if (first === undefined || Number.isNaN(first)) return null;
    const all = this.many.of(doc);
    if (!all) return first;
    return asc ? Math.min(...all) : Math.max(...all);
  }
}

export type Column = OrdinalColumn | NumericColumn;
