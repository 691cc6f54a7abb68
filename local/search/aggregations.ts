// terms and range aggregations over every match (all pages), counted over ordinals and typed arrays.
// Terms buckets: doc_count desc, then key asc (OpenSearch's default order), with sum_other_doc_count.
// Range buckets: `from` inclusive, `to` exclusive, keys like `1000.0-2500.0`.
// https://opensearch.org/docs/latest/aggregations/bucket/terms/ and .../bucket/range/
import { compareValues, type Column, type Value } from './columns.ts';
import type { Aggregation } from './dsl.ts';

function termCounts(column: Column, docs: Int32Array): Array<[Value, number]> {
  if (column.kind === 'ordinal') {
    const counts = new Int32Array(column.values.length);
    const { first, many } = column;
    for (const doc of docs) {
      const ord = first[doc] as number;
      if (ord < 0) continue;
      if (!many.several(doc)) counts[ord] = (counts[ord] as number) + 1;
      else {
        const from = many.start[doc] as number;
        const to = from + (many.count[doc] as number);
        for (let i = from; i < to; i++) counts[many.pool[i] as number] = (counts[many.pool[i] as number] as number) + 1;
      }
    }
    const out: Array<[Value, number]> = [];
    counts.forEach((n, ord) => {
      if (n > 0) out.push([column.values[ord] as Value, n]);
    });
    return out;
  }
  const counts = new Map<number, number>();
  for (const doc of docs) for (const v of column.values(doc)) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts];
}

/** Documents with a value in [from, to) per range; a document counts once per range it falls in. */
function rangeCounts(column: Column | undefined, docs: Int32Array, ranges: Aggregation & { kind: 'range' }) {
  const n = ranges.ranges.length;
  const counts = new Int32Array(n);
  if (column?.kind !== 'numeric') return [...counts];
  const from = Float64Array.from(ranges.ranges, (r) => r.from ?? -Infinity);
  const to = Float64Array.from(ranges.ranges, (r) => r.to ?? Infinity);
  const { first, many } = column;
  for (const doc of docs) {
    if (!many.several(doc)) {
      const v = first[doc] as number;
      for (let i = 0; i < n; i++)
        if (v >= (from[i] as number) && v < (to[i] as number)) counts[i] = (counts[i] as number) + 1;
      continue;
    }
    const values = many.of(doc) as number[];
    for (let i = 0; i < n; i++) {
      if (values.some((v) => v >= (from[i] as number) && v < (to[i] as number))) counts[i] = (counts[i] as number) + 1;
    }
  }
  return [...counts];
}

function rangeKey(r: { from?: number; to?: number; key?: string }): string {
  return r.key ?? `${r.from === undefined ? '*' : r.from.toFixed(1)}-${r.to === undefined ? '*' : r.to.toFixed(1)}`;
}

export function aggregate(
  agg: Aggregation,
  column: Column | undefined,
  type: string | undefined,
  docs: Int32Array,
): Record<string, unknown> {
  if (agg.kind === 'terms') {
    const all = column ? termCounts(column, docs) : [];
    all.sort((a, b) => b[1] - a[1] || compareValues(a[0], b[0]));
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
  const counts = rangeCounts(column, docs, agg);
  return {
    buckets: agg.ranges.map((r, i) => ({
      key: rangeKey(r),
      ...(r.from !== undefined ? { from: r.from } : {}),
      ...(r.to !== undefined ? { to: r.to } : {}),
      doc_count: counts[i],
    })),
  };
}
