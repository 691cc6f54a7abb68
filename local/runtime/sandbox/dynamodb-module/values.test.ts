import { describe, expect, it } from 'vitest';
import { toNumberSet, toStringSet } from '../util/dynamodb.ts';
import { isTypedSet, toAttributeMap, toAttributeValue, toItem, toKey } from './values.ts';

describe('module value conversion', () => {
  it('encodes like util.dynamodb.toDynamoDB (numbers as JSON numbers)', () => {
    // Same encoding as AWS's util.dynamodb (localstack/appsync-utils index.test.js.snap).
    expect(toAttributeMap({ foo: 'bar', baz: 1234, beep: ['boop'] })).toEqual({
      baz: { N: 1234 },
      beep: { L: [{ S: 'boop' }] },
      foo: { S: 'bar' },
    });
  });

  it('keeps sets built with the set helpers, at any depth (not captured on AWS)', () => {
    expect(toAttributeValue(toStringSet(['a', 'b']))).toEqual({ SS: ['a', 'b'] });
    expect(
      toAttributeMap({ tags: toStringSet(['a']), nested: { n: toNumberSet([1, 2]) }, list: [{ BS: ['AQ=='] }] }),
    ).toEqual({
      tags: { SS: ['a'] },
      nested: { M: { n: { NS: [1, 2] } } },
      list: { L: [{ BS: ['AQ=='] }] },
    });
  });

  it('only a single SS/NS/BS key holding a list is a set', () => {
    expect(isTypedSet({ SS: ['a'] })).toBe(true);
    expect(isTypedSet({ SS: 'a' })).toBe(false);
    expect(isTypedSet({ SS: ['a'], x: 1 })).toBe(false);
    expect(isTypedSet({ S: 'a' })).toBe(false);
    expect(toAttributeValue({ S: 'a' })).toEqual({ M: { S: { S: 'a' } } });
  });

  it('drops undefined properties and turns undefined list elements into NULL', () => {
    expect(toAttributeMap({ a: undefined, b: null, c: [undefined] })).toEqual({
      b: { NULL: null },
      c: { L: [{ NULL: null }] },
    });
  });

  it('keys and items must be objects', () => {
    expect(toKey({ id: 'x', n: 1 }, 'get')).toEqual({ id: { S: 'x' }, n: { N: 1 } });
    expect(() => toKey(undefined, 'get')).toThrow('get: key must be an object of key attributes');
    expect(() => toKey('x', 'get')).toThrow(Error);
    expect(toItem(undefined, 'put')).toEqual({});
    expect(() => toItem([1], 'put')).toThrow('put: item must be an object');
  });
});
