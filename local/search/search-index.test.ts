// The index's own structures against plain reference computations: top-k selection and search_after
// agree with a full sort, facets with a count over every match, a rebuild after many replacements keeps
// documents, versions and answers, and fuzzy matching uses the real (Damerau) distance.
import { describe, expect, it } from 'vitest';
import { parseSearch } from './dsl.ts';
import { SearchIndex, type Doc, type Mapping } from './search-index.ts';

const MAPPING: Mapping = {
  mappings: {
    dynamic: 'strict',
    properties: {
      id: { type: 'keyword' },
      name: { type: 'text' },
      tags: { type: 'keyword' },
      price: { type: 'long' },
      sizes: { type: 'long' },
      inStock: { type: 'boolean' },
      createdAt: { type: 'date' },
    },
  },
};

const WORDS = ['lamp', 'table', 'chair', 'blanket', 'kettle', 'teapot'];

/** Deterministic documents: prices repeat (ties), some lack a price (missing sorts last), sizes are multi-valued. */
function docs(n: number): Doc[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `d-${String(i).padStart(4, '0')}`,
    name: `${WORDS[i % WORDS.length]} ${WORDS[(i * 7) % WORDS.length]} ${i}`,
    tags: [`t${i % 5}`, `t${i % 3}`],
    ...(i % 11 === 0 ? {} : { price: (i * 37) % 50 }),
    sizes: [i % 7, (i * 3) % 13],
    inStock: i % 4 !== 0,
    createdAt: new Date(Date.UTC(2026, 0, 1) + (i % 97) * 60_000).toISOString(),
  }));
}

function filled(all: Doc[]): SearchIndex {
  const index = new SearchIndex('t', MAPPING);
  for (const d of all) index.index(String(d.id), d, { version: 1 });
  return index;
}

const search = (index: SearchIndex, body: unknown) => index.search(parseSearch(body, index.types), 0) as any;

describe('search index', () => {
  const all = docs(600);
  const index = filled(all);

  it.each([
    [[{ price: { order: 'asc' } }, { id: { order: 'desc' } }]],
    [[{ price: { order: 'desc' } }, { createdAt: { order: 'asc' } }, { id: { order: 'asc' } }]],
    [[{ sizes: { order: 'desc' } }, { id: { order: 'asc' } }]],
    [[{ inStock: { order: 'asc' } }, { createdAt: { order: 'desc' } }, { id: { order: 'desc' } }]],
  ])('pages with search_after exactly as a full sort orders every document (%j)', (sort) => {
    const seen: string[] = [];
    let after: unknown[] | undefined;
    for (let page = 0; page < 100; page++) {
      const res = search(index, { size: 37, sort, ...(after ? { search_after: after } : {}) });
      const hits = res.hits.hits as Array<{ _id: string; sort: unknown[] }>;
      seen.push(...hits.map((h) => h._id));
      if (hits.length < 37) break;
      after = hits.at(-1)?.sort;
    }
    const keys = sort.map((k) => Object.entries(k)[0] as [string, { order: string }]);
    const value = (d: Doc, field: string, asc: boolean): unknown => {
      const v = field === 'createdAt' ? Date.parse(String(d[field])) : d[field];
      if (Array.isArray(v)) return asc ? Math.min(...v) : Math.max(...v);
      return v ?? null;
    };
    const expected = [...all].sort((a, b) => {
      for (const [field, { order }] of keys) {
        const x = value(a, field, order === 'asc');
        const y = value(b, field, order === 'asc');
        if (x === y) continue;
        if (x === null) return 1;
        if (y === null) return -1;
        const c = (x as number | string) < (y as number | string) ? -1 : 1;
        return order === 'asc' ? c : -c;
      }
      return 0;
    });
    expect(seen).toEqual(expected.map((d) => d.id));
  });

  it('counts terms and range facets over every match', () => {
    const res = search(index, {
      size: 0,
      query: { bool: { filter: [{ term: { inStock: true } }] } },
      aggs: {
        tags: { terms: { field: 'tags', size: 3 } },
        prices: { range: { field: 'price', ranges: [{ to: 10 }, { from: 10, to: 30 }, { from: 30 }] } },
      },
    });
    const matched = all.filter((d) => d.inStock);
    expect(res.hits.total).toEqual({ value: matched.length, relation: 'eq' });
    const counts = new Map<string, number>();
    for (const d of matched) for (const t of new Set(d.tags as string[])) counts.set(t, (counts.get(t) ?? 0) + 1);
    const buckets = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    expect(res.aggregations.tags.buckets).toEqual(buckets.slice(0, 3).map(([key, doc_count]) => ({ key, doc_count })));
    expect(res.aggregations.tags.sum_other_doc_count).toBe(buckets.slice(3).reduce((n, [, c]) => n + c, 0));
    const price = (d: Doc) => d.price as number | undefined;
    expect(res.aggregations.prices.buckets.map((b: { doc_count: number }) => b.doc_count)).toEqual([
      matched.filter((d) => price(d) !== undefined && (price(d) as number) < 10).length,
      matched.filter((d) => (price(d) ?? -1) >= 10 && (price(d) ?? -1) < 30).length,
      matched.filter((d) => (price(d) ?? -1) >= 30).length,
    ]);
  });

  it('finds a six-letter term with a swap and one more edit (two edits, as Lucene counts them)', () => {
    // "blanket" -> swap "la" and drop the "t": "balnke", two edits of a 6-letter term
    const res = search(index, {
      size: 1000,
      query: { bool: { must: [{ multi_match: { query: 'balnke', fields: ['name'], fuzziness: 'AUTO' } }] } },
    });
    expect(res.hits.total.value).toBe(all.filter((d) => String(d.name).includes('blanket')).length);
  });

  it('keeps documents, versions and answers through a rebuild after many replacements', () => {
    const small = filled(docs(50));
    const before = search(small, { size: 100, sort: [{ id: { order: 'asc' } }] });
    for (let round = 2; round < 260; round++) {
      for (const d of docs(50)) small.index(String(d.id), d, { version: round });
    }
    const after = search(small, { size: 100, sort: [{ id: { order: 'asc' } }] });
    expect(after.hits.hits).toEqual(before.hits.hits);
    expect(small.get('d-0007')?.version).toBe(259);
    expect(small.liveCount).toBe(50);
    expect(small.maxDoc).toBeLessThan(50 + 10_001);
  });
});
