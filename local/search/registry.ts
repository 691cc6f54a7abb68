// The twin's indexes and aliases, and how a name in a request resolves: an index by its own name, an alias
// to the indexes it points at (OpenSearch "Index aliases": every API that takes an index takes an alias).
// Alias changes are atomic here as in OpenSearch ("Alias" API: creating and updating aliases are atomic).
// https://docs.opensearch.org/docs/2.1/api-reference/alias
import { illegalArgument, indexNotFound, OpenSearchError } from './errors.ts';
import { SearchIndex, type Mapping } from './search-index.ts';

export type AliasTable = Record<string, string[]>;

/** One action of POST /_aliases, as the twin understands it. */
export type AliasAction =
  | { kind: 'add'; index: string; alias: string }
  | { kind: 'remove'; index: string; alias: string }
  | { kind: 'remove_index'; index: string };

// UNVERIFIED against AWS: the reason texts of the alias refusals below are OpenSearch 2.x's as we recall them.
const aliasesNotFound = (alias: string) =>
  new OpenSearchError(404, 'aliases_not_found_exception', `aliases [${alias}] missing`, { 'resource.id': alias });
const invalidAliasName = (alias: string) =>
  new OpenSearchError(
    400,
    'invalid_alias_name_exception',
    `Invalid alias name [${alias}]: an index or data stream exists with the same name as the alias`,
    { index: alias },
  );

export class IndexRegistry {
  readonly indexes = new Map<string, SearchIndex>();
  /** alias → the indexes it points at */
  private readonly aliases = new Map<string, Set<string>>();

  constructor(saved?: AliasTable) {
    for (const [alias, indexes] of Object.entries(saved ?? {})) this.aliases.set(alias, new Set(indexes));
  }

  isAlias(name: string): boolean {
    return this.aliases.has(name);
  }

  /** An index or alias by that name exists (HEAD /<name>). */
  exists(name: string): boolean {
    return this.indexes.has(name) || this.aliases.has(name);
  }

  /** The concrete indexes a name stands for; a missing one is index_not_found_exception. */
  resolve(name: string): SearchIndex[] {
    const index = this.indexes.get(name);
    if (index) return [index];
    const targets = this.aliases.get(name);
    if (!targets) throw indexNotFound(name);
    return [...targets].map((t) => this.indexes.get(t)).filter((i): i is SearchIndex => i !== undefined);
  }

  /** The one index a read or write through this name reaches (the twin never spans indexes). */
  one(name: string): SearchIndex {
    const found = this.resolve(name);
    if (found.length === 1) return found[0] as SearchIndex;
    if (found.length === 0) throw indexNotFound(name);
    // UNVERIFIED against AWS: OpenSearch searches every index of such an alias; the twin refuses instead.
    throw illegalArgument(
      `no write index is defined for alias [${name}]. The write index may be explicitly disabled using ` +
        'is_write_index=false or the alias points to multiple indices without one being designated as a write index',
    );
  }

  create(name: string, mapping: Mapping): SearchIndex {
    if (this.aliases.has(name)) {
      throw new OpenSearchError(
        400,
        'invalid_index_name_exception',
        `Invalid index name [${name}], already exists as alias`,
        { index: name },
      );
    }
    if (this.indexes.has(name)) {
      throw new OpenSearchError(400, 'resource_already_exists_exception', `index [${name}/local] already exists`, {
        index: name,
      });
    }
    const index = new SearchIndex(name, mapping);
    this.indexes.set(name, index);
    return index;
  }

  /** DELETE /<name>: a concrete index only, as OpenSearch 2.x refuses an alias there. */
  drop(name: string): void {
    if (this.aliases.has(name) && !this.indexes.has(name)) {
      throw illegalArgument(
        `The provided expression [${name}] matches an alias, specify the corresponding concrete indices instead.`,
      );
    }
    if (!this.indexes.has(name)) throw indexNotFound(name);
    this.indexes.delete(name);
    for (const [alias, targets] of this.aliases) {
      targets.delete(name);
      if (targets.size === 0) this.aliases.delete(alias);
    }
  }

  /** The aliases of one index (GET /<index> and GET /<index>/_alias list them). */
  aliasesOf(index: string): string[] {
    return [...this.aliases].filter(([, targets]) => targets.has(index)).map(([alias]) => alias);
  }

  /** Every alias, or the one named; { index: { aliases: { alias: {} } } } as GET /_alias answers. */
  describe(alias?: string, index?: string): Record<string, { aliases: Record<string, object> }> {
    const out: Record<string, { aliases: Record<string, object> }> = {};
    for (const [name, targets] of this.aliases) {
      if (alias !== undefined && name !== alias) continue;
      for (const target of targets) {
        if (index !== undefined && target !== index) continue;
        (out[target] ??= { aliases: {} }).aliases[name] = {};
      }
    }
    return out;
  }

  /** POST /_aliases: every action is checked first, then all apply together (remove_index first, as ES does). */
  apply(actions: readonly AliasAction[]): void {
    const next = new Map([...this.aliases].map(([a, t]) => [a, new Set(t)]));
    const removed = new Set<string>();
    for (const action of actions) {
      if (action.kind !== 'remove_index') continue;
      if (!this.indexes.has(action.index)) throw indexNotFound(action.index);
      removed.add(action.index);
    }
    for (const action of actions) {
      if (action.kind === 'remove_index') continue;
      if (!this.indexes.has(action.index) || removed.has(action.index)) throw indexNotFound(action.index);
      if (action.kind === 'add') {
        if (this.indexes.has(action.alias) && !removed.has(action.alias)) throw invalidAliasName(action.alias);
        if (!next.has(action.alias)) next.set(action.alias, new Set());
        next.get(action.alias)?.add(action.index);
      } else if (!next.get(action.alias)?.delete(action.index)) {
        throw aliasesNotFound(action.alias);
      }
    }
    for (const index of removed) this.indexes.delete(index);
    this.aliases.clear();
    for (const [alias, targets] of next) {
      for (const index of removed) targets.delete(index);
      if (targets.size > 0) this.aliases.set(alias, targets);
    }
  }

  toJSON(): AliasTable {
    return Object.fromEntries([...this.aliases].map(([alias, targets]) => [alias, [...targets]]));
  }
}
