// The searchProducts query shapes the search benchmarks time (issue 19): a common word, a typo, filters
// and a sort with no text, text with a price range, and everything newest-first. `variables` are the
// GraphQL arguments; `shapeBody` is the `_search` body the resolver sends for them.
import { searchRequest } from '../../resolvers/lib/search-request.ts';
import type { ProductSort } from '../../resolvers/lib/schema-types.ts';
import { WORDS, type Category } from './catalog.ts';

export interface Shape {
  name: string;
  variables(i: number, categories: readonly Category[]): Record<string, unknown>;
}

const word = (i: number) => WORDS[i % WORDS.length] as string;

export const SHAPES: Shape[] = [
  { name: 'text', variables: (i) => ({ q: word(i) }) },
  { name: 'typo', variables: (i) => ({ q: `${word(i).slice(0, -1)}x` }) },
  {
    name: 'filters, no text',
    variables: (i, categories) => ({
      f: { categoryIds: [categories[i % categories.length]?.id], inStock: true },
      s: 'PRICE_ASC',
    }),
  },
  { name: 'text + price', variables: (i) => ({ q: word(i), f: { minPrice: 1000, maxPrice: 20000 }, s: 'NEWEST' }) },
  { name: 'all, newest', variables: () => ({ s: 'NEWEST' }) },
];

/** The `_search` body the resolver sends for a shape's variables (limit 20, as the benchmarks ask). */
export function shapeBody(shape: Shape, i: number, categories: readonly Category[]): Record<string, unknown> {
  const v = shape.variables(i, categories) as { q?: string; f?: Record<string, unknown>; s?: ProductSort };
  const f = v.f ?? {};
  // the plan checkSearchArgs makes of these arguments (it needs AppSync's util, so it is spelled out here)
  const plan = {
    limit: 20,
    sort: v.s ?? (v.q ? 'RELEVANCE' : 'NEWEST'),
    text: v.q ?? null,
    categoryIds: (f.categoryIds as string[] | undefined) ?? [],
    tags: [],
    minPrice: (f.minPrice as number | undefined) ?? null,
    maxPrice: (f.maxPrice as number | undefined) ?? null,
    inStock: (f.inStock as boolean | undefined) ?? null,
    after: null,
  } satisfies Parameters<typeof searchRequest>[0];
  return searchRequest(plan).params.body;
}
