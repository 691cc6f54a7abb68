// /shop/search: full-text search with sort, in-stock switch and facet filters, all kept in the URL's query.
import type { FormEvent } from 'react';
import {
  call,
  formatMoney,
  SearchProductsDocument,
  shopCurrency,
  type ProductSort,
  type SearchProductsQuery,
  type SearchProductsQueryVariables,
} from '../../../../index.ts';
import { categoryName, useCategories, type Category } from '../../categories.tsx';
import { ProductGrid } from '../../product-grid.tsx';
import { navigate, useLocation } from '../../router.tsx';
import { ErrorMessage, Loading, useLoad } from '../../ui.tsx';

const SORTS: ReadonlyArray<readonly [ProductSort, string]> = [
  ['RELEVANCE', 'Best match'],
  ['NEWEST', 'Newest'],
  ['PRICE_ASC', 'Price: low to high'],
  ['PRICE_DESC', 'Price: high to low'],
];

type Facets = SearchProductsQuery['searchProducts']['facets'];
type Go = (change: Record<string, string | null>) => void;

/** What the page's URL asks for: the query, the sort and the chosen filters. */
interface SearchRequest {
  query: string;
  category: string | null;
  tag: string | null;
  /** the chosen price range as the URL writes it, `min-max` in minor units (`max` empty: no upper bound) */
  band: string | null;
  min: number | null | undefined;
  max: number | null | undefined;
  inStock: boolean;
  sort: ProductSort;
}

function readSearch(params: URLSearchParams): SearchRequest {
  const query = params.get('q') ?? '';
  const band = params.get('price');
  const [min, max] = band ? band.split('-').map((n) => (n === '' ? null : Number(n))) : [null, null];
  return {
    query,
    category: params.get('category'),
    tag: params.get('tag'),
    band,
    min,
    max,
    inStock: params.get('inStock') === '1',
    sort: (params.get('sort') as ProductSort | null) ?? (query ? 'RELEVANCE' : 'NEWEST'),
  };
}

function searchVariables(s: SearchRequest): SearchProductsQueryVariables {
  const { query, sort, category, tag, min, max, inStock } = s;
  return {
    query: query || null,
    sort,
    limit: 24,
    filter: {
      ...(category ? { categoryIds: [category] } : {}),
      ...(tag ? { tags: [tag] } : {}),
      ...(min !== null && min !== undefined ? { minPrice: min } : {}),
      ...(max !== null && max !== undefined ? { maxPrice: max } : {}),
      ...(inStock ? { inStock: true } : {}),
    },
  };
}

interface FiltersProps {
  facets: Facets | undefined;
  categories: readonly Category[] | undefined;
  chosen: SearchRequest;
  go: Go;
}

function Filters({ facets, categories, chosen, go }: FiltersProps) {
  const { category, tag, band } = chosen;
  // Facet bounds are minor units of the shop's one currency, like every price.
  const price = (amount: number) => formatMoney({ amount, currency: shopCurrency() });
  return (
    <aside aria-label="Filters">
      <h2>Category</h2>
      <ul>
        {facets?.categories.map((f) => (
          <li key={f.value}>
            <button type="button" aria-pressed={category === f.value} onClick={() => go({ category: f.value })}>
              {categoryName(categories, f.value)} ({f.count})
            </button>
          </li>
        ))}
      </ul>
      <h2>Tags</h2>
      <ul>
        {facets?.tags.map((f) => (
          <li key={f.value}>
            <button type="button" aria-pressed={tag === f.value} onClick={() => go({ tag: f.value })}>
              {f.value} ({f.count})
            </button>
          </li>
        ))}
      </ul>
      <h2>Price</h2>
      <ul>
        {facets?.priceRanges.map((f) => {
          const key = `${f.min}-${f.max ?? ''}`;
          return (
            <li key={key}>
              <button type="button" aria-pressed={band === key} onClick={() => go({ price: key })}>
                {f.max === null ? `${price(f.min)}+` : `${price(f.min)}–${price(f.max)}`} ({f.count})
              </button>
            </li>
          );
        })}
      </ul>
      <button type="button" onClick={() => navigate('/shop/search')}>
        Clear filters
      </button>
    </aside>
  );
}

export function Search() {
  const url = useLocation();
  const params = url.searchParams;
  const chosen = readSearch(params);
  const { query, sort, inStock } = chosen;
  const result = useLoad(() => call(SearchProductsDocument, searchVariables(chosen), 'apiKey'), [url.search]);
  const go: Go = (change) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(change)) {
      if (v === null || v === '') next.delete(k);
      else next.set(k, v);
    }
    navigate(`/shop/search?${next.toString()}`);
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    go({ q: String(new FormData(event.currentTarget).get('q') ?? '') });
  };
  const categories = useCategories();
  return (
    <>
      <h1>Search</h1>
      <form role="search" onSubmit={onSubmit}>
        <label htmlFor="q">Search products</label> <input id="q" name="q" type="search" defaultValue={query} />{' '}
        <button type="submit">Search</button> <label htmlFor="sort">Sort by</label>{' '}
        <select id="sort" value={sort} onChange={(e) => go({ sort: e.target.value })}>
          {SORTS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>{' '}
        <label>
          <input type="checkbox" checked={inStock} onChange={(e) => go({ inStock: e.target.checked ? '1' : null })} />
          {' In stock only'}
        </label>
      </form>
      <div className="search">
        <Filters facets={result.data?.searchProducts.facets} categories={categories.data} chosen={chosen} go={go} />
        <section aria-label="Results" aria-live="polite">
          <ErrorMessage error={result.error} />
          {result.data ? <p>{result.data.searchProducts.total} products</p> : null}
          {result.loading ? <Loading /> : <ProductGrid products={result.data?.searchProducts.items ?? []} />}
        </section>
      </div>
    </>
  );
}
