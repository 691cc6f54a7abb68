// The index administration calls the evolution makes, each one REST request on the paths the indexer's IAM
// policy names (infra/constructs/product-search.ts): OpenSearch "Create index" (with its alias in the same
// body), "Get index", "Put mapping", "Update settings", "Get index alias", "Alias" (POST /_aliases, atomic),
// "Delete index". https://docs.opensearch.org/docs/2.1/api-reference/alias
import type { Client } from '@opensearch-project/opensearch';
import { PRODUCT_INDEX } from '../../contracts/index.ts';
import type { IndexMapping } from './mapping-diff.ts';

interface Answer {
  statusCode: number | null;
  body: unknown;
}

const path = (...parts: string[]) => `/${parts.map(encodeURIComponent).join('/')}`;

async function call(search: Client, method: string, at: string, body?: unknown, ignore404 = false): Promise<Answer> {
  const answer = await search.transport.request(
    { method, path: at, ...(body === undefined ? {} : { body: body as Record<string, unknown> }) },
    ignore404 ? { ignore: [404] } : {},
  );
  return { statusCode: answer.statusCode, body: answer.body };
}

/** The concrete indexes the alias points at ([] when there is no such alias). */
export async function aliasTargets(search: Client, alias = PRODUCT_INDEX): Promise<string[]> {
  const answer = await call(search, 'GET', path('_alias', alias), undefined, true);
  if (answer.statusCode === 404) return [];
  return Object.keys(answer.body as Record<string, unknown>);
}

/** HEAD /<name>: an index (or alias) by that name exists. */
export async function indexExists(search: Client, name: string): Promise<boolean> {
  return (await call(search, 'HEAD', path(name), undefined, true)).statusCode === 200;
}

/** GET /<index>: its mappings and settings. */
export async function liveMapping(search: Client, index: string): Promise<IndexMapping> {
  const body = (await call(search, 'GET', path(index))).body as Record<string, IndexMapping>;
  const found = body[index] ?? Object.values(body)[0];
  return { mappings: found?.mappings, settings: found?.settings };
}

/** PUT /<index> with the mapping, and the alias when given (both in one request, so both or neither). */
export async function createIndex(search: Client, index: string, mapping: IndexMapping, alias?: string) {
  await call(search, 'PUT', path(index), { ...mapping, ...(alias ? { aliases: { [alias]: {} } } : {}) });
}

export async function deleteIndex(search: Client, index: string): Promise<void> {
  await call(search, 'DELETE', path(index));
}

/** PUT /<index>/_mapping: new fields (and the mapping's _meta) on the live index. */
export async function putMapping(search: Client, index: string, body: Record<string, unknown>): Promise<void> {
  await call(search, 'PUT', path(index, '_mapping'), body);
}

/** PUT /<index>/_settings number_of_replicas (a dynamic setting) when it differs; true when changed. */
export async function setReplicas(search: Client, index: string, replicas: number): Promise<boolean> {
  const answer = await call(search, 'GET', path(index, '_settings', 'index.number_of_replicas'));
  const settings = answer.body as Record<string, { settings?: { index?: { number_of_replicas?: string } } }>;
  if (settings[index]?.settings?.index?.number_of_replicas === String(replicas)) return false;
  await call(search, 'PUT', path(index, '_settings'), { index: { number_of_replicas: replicas } });
  return true;
}

export type AliasAction =
  | { add: { index: string; alias: string } }
  | { remove: { index: string; alias: string } }
  | { remove_index: { index: string } };

/** POST /_aliases: the actions apply together or not at all; readers never see the alias missing. */
export async function updateAliases(search: Client, actions: AliasAction[]): Promise<void> {
  await call(search, 'POST', '/_aliases', { actions });
}
