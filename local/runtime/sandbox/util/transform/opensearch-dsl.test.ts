import { describe, expect, it } from 'vitest';
import { toElasticsearchQueryDSL } from './opensearch-dsl.ts';

const render = (filter?: unknown): unknown => {
  const json = toElasticsearchQueryDSL(filter);
  return json === null ? null : JSON.parse(json);
};

describe('toElasticsearchQueryDSL — AWS documented example', () => {
  // AWS documentation example (util.transform.toElasticsearchQueryDSL in "Transformation helpers in
  // util.transform"); no EvaluateCode capture exists for this helper.
  it('ANDs the operators of a field and the fields with bool.must', () => {
    const json = toElasticsearchQueryDSL({
      upvotes: { ne: 15, range: [10, 20] },
      title: { eq: 'hihihi', wildcard: 'h*i' },
    });
    expect(json).toBe(
      '{"bool":{"must":[{"bool":{"must":[{"bool":{"must_not":{"term":{"upvotes":15}}}},' +
        '{"range":{"upvotes":{"gte":10,"lte":20}}}]}},' +
        '{"bool":{"must":[{"term":{"title":"hihihi"}},{"wildcard":{"title":"h*i"}}]}}]}}',
    );
  });
});

describe('toElasticsearchQueryDSL — not captured on AWS', () => {
  it('a single clause is not wrapped', () => {
    expect(render({ title: { eq: 'x' } })).toEqual({ term: { title: 'x' } });
  });

  it.each([
    ['match', 'match'],
    ['matchPhrase', 'match_phrase'],
    ['matchPhrasePrefix', 'match_phrase_prefix'],
    ['multiMatch', 'multi_match'],
    ['wildcard', 'wildcard'],
    ['regexp', 'regexp'],
  ])('%s renders %s', (operator, kind) => {
    expect(render({ f: { [operator]: 'v' } })).toEqual({ [kind]: { f: 'v' } });
  });

  it.each(['gt', 'gte', 'lt', 'lte'])('%s renders a one-sided range', (operator) => {
    expect(render({ n: { [operator]: 5 } })).toEqual({ range: { n: { [operator]: 5 } } });
  });

  it('ne on a boolean and exists true/false', () => {
    expect(render({ b: { ne: true } })).toEqual({ bool: { must_not: { term: { b: true } } } });
    expect(render({ f: { exists: true } })).toEqual({ exists: { field: 'f' } });
    expect(render({ f: { exists: false } })).toEqual({ bool: { must_not: { exists: { field: 'f' } } } });
  });

  it('and, or and not', () => {
    expect(render({ and: [{ a: { eq: 1 } }, { b: { eq: 2 } }] })).toEqual({
      bool: { must: [{ term: { a: 1 } }, { term: { b: 2 } }] },
    });
    expect(render({ or: [{ a: { eq: 1 } }, { b: { gt: 2 } }] })).toEqual({
      bool: { should: [{ term: { a: 1 } }, { range: { b: { gt: 2 } } }], minimum_should_match: 1 },
    });
    expect(render({ not: { a: { eq: 1 } } })).toEqual({ bool: { must_not: { term: { a: 1 } } } });
    expect(render({ a: { eq: 1 }, not: { b: { eq: 2 }, c: { eq: 3 } } })).toEqual({
      bool: {
        must: [
          { term: { a: 1 } },
          { bool: { must_not: { bool: { must: [{ term: { b: 2 } }, { term: { c: 3 } }] } } } },
        ],
      },
    });
  });

  it('a member of a group with several fields is ANDed', () => {
    expect(render({ or: [{ a: { eq: 1 }, b: { eq: 2 } }] })).toEqual({
      bool: { should: [{ bool: { must: [{ term: { a: 1 } }, { term: { b: 2 } }] } }], minimum_should_match: 1 },
    });
  });

  it('an empty filter matches everything', () => {
    expect(toElasticsearchQueryDSL({})).toBe('{"bool":{"must":[]}}');
  });

  it('skips operators whose value is undefined', () => {
    expect(render({ a: { eq: 1, ne: undefined } })).toEqual({ term: { a: 1 } });
  });

  it.each([
    ['no filter', undefined],
    ['null', null],
    ['an array', []],
    ['a string', 'x'],
    ['an unknown operator', { a: { in: [1] } }],
    ['an operator inherited from Object.prototype', { a: { toString: 'x' } }],
    ['a field holding a value', { a: 'x' }],
    ['range with one bound', { a: { range: [1] } }],
    ['range that is not a list', { a: { range: 'x' } }],
    ['exists given a string', { a: { exists: 'yes' } }],
    ['and given a map', { and: { a: { eq: 1 } } }],
    ['or given null', { or: null }],
    ['not given a list', { not: [{ a: { eq: 1 } }] }],
  ])('answers null for %s', (_name, filter) => {
    expect(toElasticsearchQueryDSL(filter)).toBeNull();
  });
});
