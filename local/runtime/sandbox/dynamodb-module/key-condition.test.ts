import { describe, expect, it } from 'vitest';
import { toKeyCondition } from './key-condition.ts';

// The key-condition text of ddb.query() was not captured on AWS: these pin our chosen rendering,
// which is the util.transform renderer (AWS-captured) applied to the key condition.
describe('query key conditions (not captured on AWS)', () => {
  it('partition key equality', () => {
    expect(toKeyCondition({ id: { eq: 'a' } })).toEqual({
      expression: '(#id = :id_eq)',
      expressionNames: { '#id': 'id' },
      expressionValues: { ':id_eq': { S: 'a' } },
    });
  });

  it.each([
    ['eq', 5, '(#sk = :sk_eq)', { ':sk_eq': { N: 5 } }],
    ['le', 5, '(#sk <= :sk_le)', { ':sk_le': { N: 5 } }],
    ['lt', 5, '(#sk < :sk_lt)', { ':sk_lt': { N: 5 } }],
    ['ge', 5, '(#sk >= :sk_ge)', { ':sk_ge': { N: 5 } }],
    ['gt', 5, '(#sk > :sk_gt)', { ':sk_gt': { N: 5 } }],
    [
      'between',
      [1, 9],
      '(#sk BETWEEN :sk_between_start AND :sk_between_end)',
      { ':sk_between_start': { N: 1 }, ':sk_between_end': { N: 9 } },
    ],
    ['beginsWith', 'ORDER#', '(begins_with(#sk,:sk_beginsWith))', { ':sk_beginsWith': { S: 'ORDER#' } }],
  ])('sort key %s', (operator, value, sortExpression, sortValues) => {
    expect(toKeyCondition({ pk: { eq: 'USER#1' }, sk: { [operator]: value } })).toEqual({
      expression: `(#pk = :pk_eq) AND ${sortExpression}`,
      expressionNames: { '#pk': 'pk', '#sk': 'sk' },
      expressionValues: { ':pk_eq': { S: 'USER#1' }, ...sortValues },
    });
  });

  it.each([
    ['not an object', 'x', '`query` must be a key condition object'],
    ['empty', {}, '`query` must be a key condition object'],
    ['a field holding a value', { id: 'a' }, 'key condition for "id" must be an object'],
    [
      'a filter-only operator',
      { id: { eq: 1 }, sk: { contains: 'x' } },
      'operator "contains" on "sk" is not one of eq, le, lt, ge, gt, between, beginsWith',
    ],
    ['a combinator', { and: [{ id: { eq: 1 } }] }, 'key condition for "and" must be an object'],
    ['a between with one bound', { id: { between: [1] } }, 'the key condition cannot be rendered'],
    ['a field without operator', { id: {} }, 'the key condition cannot be rendered'],
  ])('throws for %s', (_name, query, message) => {
    expect(() => toKeyCondition(query)).toThrow(message);
  });
});
