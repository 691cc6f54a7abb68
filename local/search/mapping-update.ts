// PUT /<index>/_mapping and PUT /<index>/_settings on a live index, as OpenSearch allows them: new fields
// may be added, an existing field's type or parameters never change ("Put mapping": "you can't change the
// mapping of an existing field"), `dynamic` and `_meta` may be updated; of the settings only the dynamic
// index.number_of_replicas ("Update settings": dynamic settings change at any time, static ones do not).
// https://docs.opensearch.org/2.12/api-reference/index-apis/update-settings
import { illegalArgument, parsingError } from './errors.ts';
import type { Mapping } from './search-index.ts';

type FieldMapping = Record<string, unknown> & { type?: string; properties?: Record<string, FieldMapping> };

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const typeOf = (f: FieldMapping) => f.type ?? (f.properties ? 'object' : 'object');

/** The merged field, or illegal_argument_exception for a change OpenSearch refuses. */
function mergeField(path: string, current: FieldMapping, given: FieldMapping): FieldMapping {
  if (same(current, given)) return current;
  if (typeOf(current) !== typeOf(given)) {
    // UNVERIFIED against AWS: OpenSearch 2.x's reason for a type change, as its MappingLookup words it.
    throw illegalArgument(`mapper [${path}] cannot be changed from type [${typeOf(current)}] to [${typeOf(given)}]`);
  }
  const { properties: currentProps, ...currentParams } = current;
  const { properties: givenProps, ...givenParams } = given;
  for (const key of new Set([...Object.keys(currentParams), ...Object.keys(givenParams)])) {
    if (!same(currentParams[key], givenParams[key])) {
      throw illegalArgument(
        `Mapper for [${path}] conflicts with existing mapper:\n\tCannot update parameter [${key}] from ` +
          `[${String(currentParams[key])}] to [${String(givenParams[key])}]`,
      );
    }
  }
  if (!givenProps) return current;
  return { ...current, properties: mergeProperties(`${path}.`, currentProps ?? {}, givenProps) };
}

function mergeProperties(
  prefix: string,
  current: Record<string, FieldMapping>,
  given: Record<string, unknown>,
): Record<string, FieldMapping> {
  const merged = { ...current };
  for (const [field, mapping] of Object.entries(given)) {
    if (!isObject(mapping)) throw parsingError(`Expected map for property [fields] on field [${prefix}${field}]`);
    const existing = current[field];
    merged[field] = existing ? mergeField(`${prefix}${field}`, existing, mapping) : (mapping as FieldMapping);
  }
  return merged;
}

/** The index's mapping after PUT /<index>/_mapping with `body`. */
export function mergeMapping(mapping: Mapping, body: unknown): Mapping {
  if (!isObject(body)) throw parsingError('[1:1] the mapping must be an object');
  for (const key of Object.keys(body)) {
    if (!['properties', 'dynamic', '_meta'].includes(key)) {
      throw illegalArgument(`the twin updates only [properties], [dynamic] and [_meta] of a mapping, not [${key}]`);
    }
  }
  const current = mapping.mappings ?? { properties: {} };
  const given = isObject(body.properties) ? body.properties : {};
  const properties = mergeProperties('', current.properties as Record<string, FieldMapping>, given);
  const mappings = { ...current, properties } as Mapping['mappings'] & { _meta?: unknown };
  if ('dynamic' in body) mappings.dynamic = body.dynamic;
  if ('_meta' in body) mappings._meta = body._meta;
  return { ...mapping, mappings };
}

/** Settings as dotted `index.*` keys, whichever of OpenSearch's accepted shapes they came in. */
function flatten(value: unknown, prefix = ''): Record<string, unknown> {
  if (!isObject(value)) return { [prefix]: value };
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value))
    Object.assign(out, flatten(inner, prefix ? `${prefix}.${key}` : key));
  return out;
}

/** number_of_shards and number_of_replicas of a mapping's settings (their defaults: 1 and 1). */
export function indexSettings(mapping: Mapping): { shards: number; replicas: number } {
  const flat = flatten((mapping.settings ?? {}) as Record<string, unknown>);
  const read = (key: string) => Number(flat[`index.${key}`] ?? flat[key] ?? 1);
  return { shards: read('number_of_shards'), replicas: read('number_of_replicas') };
}

/** The mapping after PUT /<index>/_settings with `body` (only number_of_replicas changes). */
export function updateSettings(name: string, mapping: Mapping, body: unknown): Mapping {
  if (!isObject(body)) throw parsingError('[1:1] the settings must be an object');
  const flat = flatten('settings' in body ? body.settings : body);
  let replicas: number | undefined;
  for (const [key, value] of Object.entries(flat)) {
    const setting = key.startsWith('index.') ? key : `index.${key}`;
    if (setting === 'index.number_of_shards') {
      throw illegalArgument(
        `Can't update non dynamic settings [[index.number_of_shards]] for open indices [[${name}/local]]`,
      );
    }
    if (setting !== 'index.number_of_replicas') {
      throw illegalArgument(`the twin updates only [index.number_of_replicas], not [${setting}]`);
    }
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) {
      throw illegalArgument(
        `Failed to parse value [${String(value)}] for setting [index.number_of_replicas] must be >= 0`,
      );
    }
    replicas = n;
  }
  if (replicas === undefined) return mapping;
  const { shards } = indexSettings(mapping);
  return { ...mapping, settings: { index: { number_of_shards: shards, number_of_replicas: replicas } } };
}
