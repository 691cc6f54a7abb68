// What a mapping change asks of the live index: nothing, only new fields (PUT /<index>/_mapping takes them:
// OpenSearch "Put mapping" adds fields but never changes an existing one), or a new index built from the
// table (a changed or removed field, a changed `dynamic`, a changed static setting such as number_of_shards).
// number_of_replicas is left out: it is a dynamic setting the live index takes (PUT /<index>/_settings).

export interface IndexMapping {
  settings?: unknown;
  mappings?: { _meta?: { version?: unknown }; dynamic?: unknown; properties?: Record<string, unknown> };
}

export type MappingChange =
  | { kind: 'same' }
  /** only new fields (and maybe a new _meta): put them on the live index */
  | { kind: 'additive'; properties: Record<string, unknown>; fields: string[] }
  /** the live index cannot take it: build a new one; `reasons` say which fields or settings */
  | { kind: 'rebuild'; reasons: string[] };

type Fields = Record<string, unknown>;

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** Canonical JSON (sorted keys, values as strings): what OpenSearch reads back ("1" for 1) compares equal. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isObject(value)) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value === undefined ? null : String(value));
}

/** Settings as dotted `index.*` keys; number_of_replicas left out (dynamic, updated in place). */
function staticSettings(settings: unknown, prefix = ''): Record<string, string> {
  if (!isObject(settings)) return prefix ? { [prefix]: canonical(settings) } : {};
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(settings)) {
    Object.assign(out, staticSettings(value, prefix ? `${prefix}.${key}` : key));
  }
  if (prefix) return out;
  const named = Object.entries(out).map(([k, v]) => [k.startsWith('index.') ? k : `index.${k}`, v] as const);
  return Object.fromEntries(named.filter(([k]) => k !== 'index.number_of_replicas'));
}

/** New fields under `desired` (recursively into objects), or why the live fields cannot become them. */
function diffFields(prefix: string, live: Fields, desired: Fields, added: Fields, reasons: string[]): void {
  for (const field of Object.keys(live)) {
    if (!(field in desired)) reasons.push(`field [${prefix}${field}] removed`);
  }
  for (const [field, want] of Object.entries(desired)) {
    const have = live[field];
    if (have === undefined) {
      added[field] = want;
      continue;
    }
    if (canonical(have) === canonical(want)) continue;
    const { properties: haveProps, ...haveParams } = isObject(have) ? have : {};
    const { properties: wantProps, ...wantParams } = isObject(want) ? want : {};
    if (canonical(haveParams) !== canonical(wantParams) || !isObject(haveProps) || !isObject(wantProps)) {
      reasons.push(`field [${prefix}${field}] changed from ${canonical(have)} to ${canonical(want)}`);
      continue;
    }
    const inner: Fields = {};
    diffFields(`${prefix}${field}.`, haveProps, wantProps, inner, reasons);
    if (Object.keys(inner).length > 0) added[field] = { ...haveParams, properties: inner };
  }
}

/** Field paths of the added properties, for logs and answers ("brand", "source.color"). */
function paths(prefix: string, added: Fields): string[] {
  return Object.entries(added).flatMap(([field, value]) => {
    // An existing object given new sub-fields (no type of its own here): name the sub-fields.
    if (isObject(value) && isObject(value.properties) && !('type' in value)) {
      return paths(`${prefix}${field}.`, value.properties);
    }
    return [prefix + field];
  });
}

/** Compares the live index's mapping (as GET /<index> answers it) with the desired one. */
export function diffMapping(live: IndexMapping, desired: IndexMapping): MappingChange {
  const reasons: string[] = [];
  const liveStatic = staticSettings(live.settings);
  for (const [key, value] of Object.entries(staticSettings(desired.settings))) {
    // Only settings the desired mapping names: OpenSearch reads back many defaults we never set.
    if (liveStatic[key] !== value) reasons.push(`setting [${key}] ${liveStatic[key] ?? 'unset'} -> ${value}`);
  }
  if (canonical(live.mappings?.dynamic) !== canonical(desired.mappings?.dynamic)) {
    reasons.push(`dynamic ${canonical(live.mappings?.dynamic)} -> ${canonical(desired.mappings?.dynamic)}`);
  }
  const added: Fields = {};
  diffFields('', live.mappings?.properties ?? {}, desired.mappings?.properties ?? {}, added, reasons);
  if (reasons.length > 0) return { kind: 'rebuild', reasons };
  if (Object.keys(added).length === 0) return { kind: 'same' };
  return { kind: 'additive', properties: added, fields: paths('', added) };
}

/** `_meta.version` of a mapping, or 0 when it has none (an index created before versions). */
export function mappingVersion(mapping: IndexMapping): number {
  const version = Number(mapping.mappings?._meta?.version);
  return Number.isInteger(version) && version > 0 ? version : 0;
}
