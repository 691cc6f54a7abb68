// searchProducts per query shape against listProducts over GraphQL, interleaved call by call (one
// search, one list, …) so that whatever else the machine is doing weighs on both alike: the ratio of
// the medians is the number issue 19 asks for (each shape within 4x of listProducts).
import { percentile, dataOf, post } from '../lib/index.ts';
import type { Category } from './catalog.ts';
import { SHAPES } from './shapes.ts';

const SEARCH =
  'query Search($q: String, $f: ProductSearchFilter, $s: ProductSort) { searchProducts(query: $q, filter: $f, ' +
  'sort: $s, limit: 20) { total items { id name priceFrom { amount } } facets { categories { value count } } } }';
const LIST = 'query List { listProducts(limit: 20) { items { id name priceFrom { amount } } } }';

export interface Stats {
  p50: number;
  p99: number;
}

export interface ShapeLatency {
  shape: string;
  search: Stats;
  list: Stats;
  /** search p50 / list p50 */
  ratio: number;
  /** searchProducts' total for the shape's last call */
  total: number;
}

const stats = (ms: number[]): Stats => ({ p50: percentile(ms, 50), p99: percentile(ms, 99) });

async function timed<T>(call: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const out = await call();
  return [performance.now() - started, out];
}

export async function measureShapes(
  url: string,
  headers: Record<string, string>,
  categories: readonly Category[],
  calls: number,
): Promise<ShapeLatency[]> {
  const out: ShapeLatency[] = [];
  for (const shape of SHAPES) {
    const search: number[] = [];
    const list: number[] = [];
    let total = 0;
    for (let i = 0; i < calls; i++) {
      const [ms, body] = await timed(() => post(url, SEARCH, shape.variables(i, categories), headers));
      total = (dataOf(body, 'searchProducts') as { searchProducts: { total: number } }).searchProducts.total;
      search.push(ms);
      const [listMs, listBody] = await timed(() => post(url, LIST, {}, headers));
      dataOf(listBody, 'listProducts');
      list.push(listMs);
    }
    const s = stats(search);
    const l = stats(list);
    out.push({ shape: shape.name, search: s, list: l, ratio: s.p50 / l.p50, total });
  }
  return out;
}
