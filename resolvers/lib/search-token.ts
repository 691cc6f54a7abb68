// searchProducts' nextToken: base64url of `{ s: sort, a: search_after values }` of the last hit returned.
// The sort rides along so a token is refused under another sort, whose search_after would mean something else.
import { util } from '@aws-appsync/utils';
import { decodeTokenJson } from './page-token.ts';
import type { ProductSort } from './schema-types.ts';

/** The OpenSearch sort of each ProductSort, as `[field, order]`; ties break newest first, then by id. */
export const SEARCH_SORTS: Record<ProductSort, Array<[string, 'asc' | 'desc']>> = {
  RELEVANCE: [
    ['_score', 'desc'],
    ['createdAt', 'desc'],
    ['id', 'desc'],
  ],
  NEWEST: [
    ['createdAt', 'desc'],
    ['id', 'desc'],
  ],
  PRICE_ASC: [
    ['priceMin', 'asc'],
    ['createdAt', 'desc'],
    ['id', 'desc'],
  ],
  PRICE_DESC: [
    ['priceMin', 'desc'],
    ['createdAt', 'desc'],
    ['id', 'desc'],
  ],
};

export type SortValue = number | string;

const MAX_TOKEN_LENGTH = 1000;
const BASE64URL = '[A-Za-z0-9_-]+';

/** The token that resumes after a hit with these `sort` values. */
export function searchToken(sort: ProductSort, after: SortValue[]): string {
  // util.base64Encode is standard base64; replaceAll's pattern is a Java regex in APPSYNC_JS (runtime spec §1.2).
  const base64 = util.base64Encode(JSON.stringify({ s: sort, a: after }));
  return base64.replaceAll('\\+', '-').replaceAll('/', '_').replaceAll('=', '');
}

/** The search_after values of a token made for `sort`, or null when it is malformed or made for another sort. */
export function searchAfter(token: string, sort: ProductSort): SortValue[] | null {
  if (token.length > MAX_TOKEN_LENGTH || token.length % 4 === 1 || !util.matches(BASE64URL, token)) return null;
  const padding = token.length % 4 === 2 ? '==' : token.length % 4 === 3 ? '=' : '';
  const base64 = `${token.replaceAll('-', '+').replaceAll('_', '/')}${padding}`;
  const decoded = decodeTokenJson(base64) as { s?: unknown; a?: unknown } | null;
  if (!decoded || typeof decoded !== 'object' || decoded.s !== sort || !Array.isArray(decoded.a)) return null;
  const fields = SEARCH_SORTS[sort];
  const values = decoded.a as unknown[];
  if (values.length !== fields.length) return null;
  const fits = fields.every(([field], index) =>
    field === 'id' ? typeof values[index] === 'string' : Number.isFinite(values[index]),
  );
  return fits ? (values as SortValue[]) : null;
}
