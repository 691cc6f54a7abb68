// The additive/non-additive decision the index set-up makes at deploy (functions/search-indexer/mapping-diff.ts):
// only new fields are put on the live index; anything else rebuilds; OpenSearch's read-back shapes compare equal.
import { describe, expect, it } from 'vitest';
import { PRODUCT_INDEX_MAPPING } from '../../contracts/index.ts';
import { diffMapping, mappingVersion, type IndexMapping } from '../../functions/search-indexer/mapping-diff.ts';

const desired = (): IndexMapping => structuredClone(PRODUCT_INDEX_MAPPING) as IndexMapping;

/** The mapping as GET /<index> reads it back: settings as strings, with defaults OpenSearch adds. */
function readBack(mapping: IndexMapping): IndexMapping {
  return {
    mappings: mapping.mappings,
    settings: {
      index: {
        number_of_shards: '1',
        number_of_replicas: '0',
        provided_name: 'products-v1',
        creation_date: '1765000000000',
        uuid: 'abc',
        version: { created: '136327827' },
      },
    },
  };
}

describe('diffMapping', () => {
  it('the same mapping read back with string settings, defaults and another replica count is no change', () => {
    expect(diffMapping(readBack(desired()), desired())).toEqual({ kind: 'same' });
  });

  it('a new field is additive, and names it', () => {
    const want = desired();
    want.mappings!.properties!['brand'] = { type: 'keyword' };
    expect(diffMapping(readBack(desired()), want)).toEqual({
      kind: 'additive',
      properties: { brand: { type: 'keyword' } },
      fields: ['brand'],
    });
  });

  it('a new sub-field of an existing object is additive', () => {
    const live: IndexMapping = { mappings: { properties: { dims: { properties: { w: { type: 'long' } } } } } };
    const want: IndexMapping = {
      mappings: { properties: { dims: { properties: { w: { type: 'long' }, h: { type: 'long' } } } } },
    };
    expect(diffMapping(live, want)).toEqual({
      kind: 'additive',
      properties: { dims: { properties: { h: { type: 'long' } } } },
      fields: ['dims.h'],
    });
  });

  it('a changed type, a changed parameter, a removed field, dynamic or shards rebuild, with the reasons', () => {
    const typeChanged = desired();
    typeChanged.mappings!.properties!['priceMin'] = { type: 'double' };
    const change = diffMapping(readBack(desired()), typeChanged);
    expect(change.kind).toBe('rebuild');
    expect(change.kind === 'rebuild' && change.reasons).toEqual([
      'field [priceMin] changed from {"type":"long"} to {"type":"double"}',
    ]);

    const param = desired();
    param.mappings!.properties!['source'] = { type: 'object', enabled: true };
    expect(diffMapping(readBack(desired()), param).kind).toBe('rebuild');

    const removed = desired();
    delete removed.mappings!.properties!['tags'];
    expect(diffMapping(readBack(desired()), removed)).toEqual({ kind: 'rebuild', reasons: ['field [tags] removed'] });

    const dynamic = desired();
    dynamic.mappings!.dynamic = 'false';
    expect(diffMapping(readBack(desired()), dynamic).kind).toBe('rebuild');

    const shards = desired();
    shards.settings = { index: { number_of_shards: 2, number_of_replicas: 1 } };
    expect(diffMapping(readBack(desired()), shards)).toEqual({
      kind: 'rebuild',
      reasons: ['setting [index.number_of_shards] "1" -> "2"'],
    });
  });

  it('new fields beside a changed one still rebuild (one index cannot take half a change)', () => {
    const want = desired();
    want.mappings!.properties!['brand'] = { type: 'keyword' };
    want.mappings!.properties!['slug'] = { type: 'text' };
    expect(diffMapping(readBack(desired()), want).kind).toBe('rebuild');
  });
});

describe('mappingVersion', () => {
  it('reads _meta.version, 0 for a mapping from before versions', () => {
    expect(mappingVersion(desired())).toBe(1);
    expect(mappingVersion({ mappings: { properties: {} } })).toBe(0);
    expect(mappingVersion({ mappings: { _meta: { version: '3' } } })).toBe(3);
  });
});
