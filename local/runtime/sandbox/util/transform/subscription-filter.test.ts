import { describe, expect, it } from 'vitest';
import { toSubscriptionFilter } from './subscription-filter.ts';

// Unless a test says otherwise, expected values are AWS EvaluateCode results recorded in
// localstack/appsync-utils __tests__/__snapshots__/transform-subscription.test.js.snap.

const f = (fieldName: string, operator: string, value: unknown) => ({ fieldName, operator, value });
const groups = (...lists: Array<Array<ReturnType<typeof f>>>) => ({
  filterGroup: lists.map((filters) => ({ filters })),
});

describe('toSubscriptionFilter — a single group (AWS)', () => {
  it.each([
    ['one operator on one field', { a: { eq: 1 } }, groups([f('a', 'eq', 1)])],
    ['two fields are combined', { a: { eq: 1 }, b: { eq: 2 } }, groups([f('a', 'eq', 1), f('b', 'eq', 2)])],
    [
      'an and combines its members',
      { and: [{ a: { eq: 1 } }, { b: { eq: 2 } }] },
      groups([f('a', 'eq', 1), f('b', 'eq', 2)]),
    ],
    ['a field beside an and', { z: { eq: 0 }, and: [{ a: { eq: 1 } }] }, groups([f('z', 'eq', 0), f('a', 'eq', 1)])],
    [
      'a field path is kept as written',
      { 'loc.addr.country': { eq: 'USA' } },
      groups([f('loc.addr.country', 'eq', 'USA')]),
    ],
  ])('%s', (_name, input, expected) => {
    expect(toSubscriptionFilter(input)).toEqual(expected);
  });
});

describe('toSubscriptionFilter — alternatives multiply the groups out (AWS)', () => {
  it('two operators on one field', () => {
    expect(toSubscriptionFilter({ a: { eq: 1, ne: 2 } })).toEqual(groups([f('a', 'eq', 1)], [f('a', 'ne', 2)]));
  });

  it('an or splits into a group per member', () => {
    expect(toSubscriptionFilter({ or: [{ a: { eq: 1 } }, { b: { eq: 2 } }] })).toEqual(
      groups([f('a', 'eq', 1)], [f('b', 'eq', 2)]),
    );
  });

  it('an or nested in an and', () => {
    expect(toSubscriptionFilter({ and: [{ a: { eq: 1 } }, { or: [{ b: { eq: 2 } }, { c: { eq: 3 } }] }] })).toEqual(
      groups([f('a', 'eq', 1), f('b', 'eq', 2)], [f('a', 'eq', 1), f('c', 'eq', 3)]),
    );
  });

  it('operators and groups together, earlier keys varying slowest', () => {
    const common = [f('title', 'ne', 'Book1'), f('downvotes', 'gt', 2000)];
    expect(
      toSubscriptionFilter({
        percentageUp: { lte: 50, gte: 20 },
        and: [{ title: { ne: 'Book1' } }, { downvotes: { gt: 2000 } }],
        or: [{ author: { eq: 'Admin' } }, { isPublished: { eq: false } }],
      }),
    ).toEqual(
      groups(
        [f('percentageUp', 'lte', 50), ...common, f('author', 'eq', 'Admin')],
        [f('percentageUp', 'lte', 50), ...common, f('isPublished', 'eq', false)],
        [f('percentageUp', 'gte', 20), ...common, f('author', 'eq', 'Admin')],
        [f('percentageUp', 'gte', 20), ...common, f('isPublished', 'eq', false)],
      ),
    );
  });
});

describe('toSubscriptionFilter — operators are carried through as written (AWS)', () => {
  it.each([
    [
      'the comparisons',
      { a: { le: 1 }, b: { lt: 2 }, c: { ge: 3 }, d: { gt: 4 } },
      groups([f('a', 'le', 1), f('b', 'lt', 2), f('c', 'ge', 3), f('d', 'gt', 4)]),
    ],
    ['membership', { a: { in: [1, 2] }, b: { notIn: ['x'] } }, groups([f('a', 'in', [1, 2]), f('b', 'notIn', ['x'])])],
    ['between', { a: { between: [1, 9] } }, groups([f('a', 'between', [1, 9])])],
    [
      'the string operators',
      { a: { contains: 'x' }, b: { notContains: 'y' }, c: { beginsWith: 'z' } },
      groups([f('a', 'contains', 'x'), f('b', 'notContains', 'y'), f('c', 'beginsWith', 'z')]),
    ],
    ['containsAny', { a: { containsAny: ['x', 'y'] } }, groups([f('a', 'containsAny', ['x', 'y'])])],
    ['a boolean value', { a: { eq: false } }, groups([f('a', 'eq', false)])],
    ['an unknown operator', { a: { bogus: 1 } }, groups([f('a', 'bogus', 1)])],
    ['not is treated as a field', { not: { a: { eq: 1 } } }, groups([f('not', 'a', { eq: 1 })])],
  ])('%s', (_name, input, expected) => {
    expect(toSubscriptionFilter(input)).toEqual(expected);
  });
});

describe('toSubscriptionFilter — ignored fields and rules (AWS)', () => {
  it('drops an ignored field', () => {
    expect(toSubscriptionFilter({ a: { eq: 1 }, b: { eq: 2 } }, ['a'])).toEqual(groups([f('b', 'eq', 2)]));
  });

  it('drops an ignored field nested in an and', () => {
    expect(toSubscriptionFilter({ a: { eq: 1 }, and: [{ b: { eq: 2 } }] }, ['b'])).toEqual(groups([f('a', 'eq', 1)]));
  });

  it('adds each rule as an alternative to every group', () => {
    expect(toSubscriptionFilter({ a: { eq: 1 } }, [], { r1: { gte: 250 }, r2: { eq: 'p' } })).toEqual(
      groups([f('a', 'eq', 1), f('r1', 'gte', 250)], [f('a', 'eq', 1), f('r2', 'eq', 'p')]),
    );
  });

  it('rules on their own', () => {
    expect(toSubscriptionFilter({}, [], { r1: { eq: 1 } })).toEqual(groups([f('r1', 'eq', 1)]));
  });
});

describe('toSubscriptionFilter — filters that produce no group or cannot be read (AWS)', () => {
  it.each([
    ['an empty filter', {}],
    ['a field with no operator', { a: {} }],
    ['an empty and', { and: [] }],
  ])('%s → empty filterGroup', (_name, input) => {
    expect(toSubscriptionFilter(input)).toEqual({ filterGroup: [] });
  });

  it.each([
    ['null', null],
    ['an array', []],
    ['a JSON string', '{"a":{"eq":1}}'],
  ])('%s → null', (_name, input) => {
    expect(toSubscriptionFilter(input)).toBeNull();
  });

  it('no filter at all → null', () => {
    expect(toSubscriptionFilter()).toBeNull();
  });
});

describe('toSubscriptionFilter — not captured on AWS', () => {
  it('a field with no operator empties the groups it is combined with', () => {
    expect(toSubscriptionFilter({ a: { eq: 1 }, b: {} })).toEqual({ filterGroup: [] });
  });

  it('an and or or given one object reads it as a one-member list; null is ignored', () => {
    expect(toSubscriptionFilter({ or: { a: { eq: 1 } } })).toEqual(groups([f('a', 'eq', 1)]));
    expect(toSubscriptionFilter({ a: { eq: 1 }, and: null })).toEqual(groups([f('a', 'eq', 1)]));
  });

  it('an empty or leaves no group', () => {
    expect(toSubscriptionFilter({ a: { eq: 1 }, or: [] })).toEqual({ filterGroup: [] });
  });

  it('ignored fields are dropped inside an or and do not apply to rules', () => {
    expect(toSubscriptionFilter({ or: [{ a: { eq: 1 } }, { b: { eq: 2 } }] }, ['a'], { a: { eq: 3 } })).toEqual(
      groups([f('a', 'eq', 3)], [f('b', 'eq', 2), f('a', 'eq', 3)]),
    );
  });

  it('rules without operators add nothing and undefined values are skipped', () => {
    expect(toSubscriptionFilter({ a: { eq: 1, ne: undefined }, b: undefined }, undefined, { r: {} })).toEqual(
      groups([f('a', 'eq', 1)]),
    );
  });
});
