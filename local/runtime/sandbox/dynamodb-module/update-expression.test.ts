import { describe, expect, it } from 'vitest';
import { operations } from './operations.ts';
import { toUpdateExpression } from './update-expression.ts';

const build = (update: unknown) => toUpdateExpression(update, 'update');

describe('update expressions — AWS EvaluateCode', () => {
  // localstack/appsync-utils __tests__/__snapshots__/index.test.js.snap ("update add", "update append")
  // and the update cases of __tests__/index.test.js whose values spec 2.1 records.
  it.each([
    ['add', { age: operations.add(10) }, 'SET #expName_1 = :expValue_1', 'age', { N: 10 }],
    ['increment', { age: operations.increment(10) }, 'SET #expName_1 = #expName_1 + :expValue_1', 'age', { N: 10 }],
    ['decrement', { age: operations.decrement(10) }, 'SET #expName_1 = #expName_1 - :expValue_1', 'age', { N: 10 }],
    [
      'append',
      { values: operations.append([1, 2, 3]) },
      'SET #expName_1 = list_append(#expName_1, :expValue_1)',
      'values',
      { L: [{ N: 1 }, { N: 2 }, { N: 3 }] },
    ],
    [
      'prepend',
      { values: operations.prepend([1, 2, 3]) },
      'SET #expName_1 = list_append(:expValue_1, #expName_1)',
      'values',
      { L: [{ N: 1 }, { N: 2 }, { N: 3 }] },
    ],
    [
      'replace',
      { values: operations.replace({ a: 10 }) },
      'SET #expName_1 = :expValue_1',
      'values',
      { M: { a: { N: 10 } } },
    ],
  ])('%s', (_name, update, expression, attribute, value) => {
    expect(build(update)).toEqual({
      expression,
      expressionNames: { '#expName_1': attribute },
      expressionValues: { ':expValue_1': value },
    });
  });

  // AWS EvaluateCode output asserted by a public project's test (an editMyProfile resolver calling
  // ddb.update with plain values, several of them null), and a published blog capture of
  // decrement(1) on "currentView".
  it('several plain keys, null as NULL, joined with ", "', () => {
    const update = {
      name: 'Toni Test',
      imageUrl: null,
      backgroundImageUrl: null,
      bio: 'The test bio',
      location: null,
      website: null,
      birthdate: null,
    };
    expect(build(update)).toEqual({
      expression:
        'SET #expName_1 = :expValue_1, #expName_2 = :expValue_2, #expName_3 = :expValue_3, #expName_4 = :expValue_4, ' +
        '#expName_5 = :expValue_5, #expName_6 = :expValue_6, #expName_7 = :expValue_7',
      expressionNames: {
        '#expName_1': 'name',
        '#expName_2': 'imageUrl',
        '#expName_3': 'backgroundImageUrl',
        '#expName_4': 'bio',
        '#expName_5': 'location',
        '#expName_6': 'website',
        '#expName_7': 'birthdate',
      },
      expressionValues: {
        ':expValue_1': { S: 'Toni Test' },
        ':expValue_2': { NULL: null },
        ':expValue_3': { NULL: null },
        ':expValue_4': { S: 'The test bio' },
        ':expValue_5': { NULL: null },
        ':expValue_6': { NULL: null },
        ':expValue_7': { NULL: null },
      },
    });
    expect(build({ currentView: operations.decrement(1) })).toEqual({
      expression: 'SET #expName_1 = #expName_1 - :expValue_1',
      expressionNames: { '#expName_1': 'currentView' },
      expressionValues: { ':expValue_1': { N: 1 } },
    });
  });
});

describe('update expressions — not captured on AWS', () => {
  it('remove() renders a REMOVE clause after SET, with separate name and value counters', () => {
    expect(build({ a: operations.remove(), b: 1, c: operations.remove() })).toEqual({
      expression: 'SET #expName_2 = :expValue_1 REMOVE #expName_1, #expName_3',
      expressionNames: { '#expName_1': 'a', '#expName_2': 'b', '#expName_3': 'c' },
      expressionValues: { ':expValue_1': { N: 1 } },
    });
    expect(build({ a: operations.remove() })).toEqual({
      expression: 'REMOVE #expName_1',
      expressionNames: { '#expName_1': 'a' },
      expressionValues: {},
    });
  });

  it('a plain nested object updates document paths and reuses placeholders', () => {
    expect(build({ address: { city: 'X', zip: operations.remove(), geo: { lat: 1 } } })).toEqual({
      expression:
        'SET #expName_1.#expName_2 = :expValue_1, #expName_1.#expName_4.#expName_5 = :expValue_2 ' +
        'REMOVE #expName_1.#expName_3',
      expressionNames: {
        '#expName_1': 'address',
        '#expName_2': 'city',
        '#expName_3': 'zip',
        '#expName_4': 'geo',
        '#expName_5': 'lat',
      },
      expressionValues: { ':expValue_1': { S: 'X' }, ':expValue_2': { N: 1 } },
    });
    expect(build({ stats: { views: operations.increment() } }).expression).toBe(
      'SET #expName_1.#expName_2 = #expName_1.#expName_2 + :expValue_1',
    );
  });

  it('add() and replace() of an object set the whole map; a plain list is a value', () => {
    expect(build({ address: operations.add({ city: 'X' }), tags: ['a'] })).toEqual({
      expression: 'SET #expName_1 = :expValue_1, #expName_2 = :expValue_2',
      expressionNames: { '#expName_1': 'address', '#expName_2': 'tags' },
      expressionValues: { ':expValue_1': { M: { city: { S: 'X' } } }, ':expValue_2': { L: [{ S: 'a' }] } },
    });
  });

  it('updateListItem sets list elements by index', () => {
    expect(build({ friendsIds: [operations.updateListItem('102', 1), operations.updateListItem('112', 2)] })).toEqual({
      expression: 'SET #expName_1[1] = :expValue_1, #expName_1[2] = :expValue_2',
      expressionNames: { '#expName_1': 'friendsIds' },
      expressionValues: { ':expValue_1': { S: '102' }, ':expValue_2': { S: '112' } },
    });
    expect(build({ l: operations.updateListItem({ a: 1 }, 0) }).expression).toBe('SET #expName_1[0] = :expValue_1');
  });

  it('keeps a set value and skips undefined', () => {
    expect(build({ tags: { SS: ['a'] }, skip: undefined })).toEqual({
      expression: 'SET #expName_1 = :expValue_1',
      expressionNames: { '#expName_1': 'tags' },
      expressionValues: { ':expValue_1': { SS: ['a'] } },
    });
  });

  it('an empty update renders an empty expression', () => {
    expect(build({})).toEqual({ expression: '', expressionNames: {}, expressionValues: {} });
  });

  it('rejects malformed updates with a clear Error', () => {
    expect(() => build(null)).toThrow('update: update must be an object of attribute updates');
    expect(() => build(operations.add(1))).toThrow('update: update must be an object');
    expect(() => build({ l: [operations.updateListItem(1, 0), 5] })).toThrow('may not mix operations.updateListItem()');
    expect(() => build({ l: operations.updateListItem(1, -1) })).toThrow('non-negative integer index');
    expect(() => build({ l: operations.updateListItem(1, '1') })).toThrow('non-negative integer index');
    expect(() => build({ l: operations.append('x') })).toThrow('update: operations.append() needs a list');
    expect(() => build({ l: operations.prepend(undefined) })).toThrow('operations.prepend() needs a list');
    expect(() => build({ f: () => 1 })).toThrow('update: a value of type function cannot be stored in DynamoDB');
  });
});
