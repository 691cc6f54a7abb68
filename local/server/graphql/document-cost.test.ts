// The document's cost, measured once per fragment: depth as AppSync counts it and fields after expansion.
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { fragmentBomb } from '../../../test/hostile/graphql-documents.ts';
import { measureOperations } from './document-cost.ts';

const costs = (query: string) => measureOperations(parse(query)).map((m) => m.cost);

describe('measureOperations', () => {
  it('counts depth through fields, inline fragments and spreads, and every field once per appearance', () => {
    const query =
      '{ a: categories { id } ... on Query { categories { id name } } ...P } ' +
      'fragment P on Query { listProducts { items { category { id } } } }';
    expect(costs(query)).toEqual([{ depth: 4, fields: 2 + 3 + 4 }]);
  });

  it('leaves introspection fields out of the depth, as the depth limit always did', () => {
    expect(costs('{ __schema { types { fields { type { name } } } } categories { id } }')).toEqual([
      { depth: 2, fields: 7 },
    ]);
  });

  it('measures a fragment bomb by its expanded size without expanding it', () => {
    expect(costs(fragmentBomb(24))).toEqual([{ depth: 2, fields: 2 * 2 ** 24 }]);
    // 2^1000 fields: only a memoized measure finishes at all.
    expect(costs(fragmentBomb(1000))[0]?.fields).toBeGreaterThan(Number.MAX_SAFE_INTEGER);
  });

  it('counts unknown and cyclic spreads as empty (validation names them)', () => {
    expect(costs('{ ...Nope categories { id } }')).toEqual([{ depth: 2, fields: 2 }]);
    const cycle = '{ ...A } fragment A on Query { categories { id } ...B } fragment B on Query { ...A }';
    expect(costs(cycle)).toEqual([{ depth: 2, fields: 2 }]);
  });

  it('measures each operation of a document', () => {
    expect(costs('query A { categories { id } } query B { me { id email } }')).toEqual([
      { depth: 2, fields: 2 },
      { depth: 2, fields: 3 },
    ]);
  });
});
