import { describe, expect, it } from 'vitest';
import {
  dynamodb,
  fromS3ObjectJson,
  toBinary,
  toBinarySet,
  toBoolean,
  toDynamoDB,
  toList,
  toMap,
  toMapValues,
  toNull,
  toNumber,
  toNumberSet,
  toS3Object,
  toString,
  toStringSet,
} from './dynamodb.ts';

// Values below marked "AWS" are AWS EvaluateCode results, recorded in localstack/appsync-utils
// __tests__/__snapshots__/index.test.js.snap (and resolvers.test.js.snap for toDynamoDB in a resolver).
describe('util.dynamodb — AWS-captured outputs', () => {
  it('toDynamoDB of a string, a number and a boolean (AWS)', () => {
    expect(toDynamoDB('test')).toEqual({ S: 'test' });
    expect(toDynamoDB(12345)).toEqual({ N: 12345 });
    expect(toDynamoDB(true)).toEqual({ BOOL: true });
    expect(toDynamoDB(10)).toEqual({ N: 10 });
  });

  it('keeps numbers as JSON numbers (AWS)', () => {
    expect(JSON.stringify(toDynamoDB(12345))).toBe('{"N":12345}');
    expect(JSON.stringify(toNumberSet([1, 23, 4.56]))).toBe('{"NS":[1,23,4.56]}');
  });

  it('single-value converters (AWS)', () => {
    expect(toString('test')).toEqual({ S: 'test' });
    expect(toNumber(12345)).toEqual({ N: 12345 });
    expect(toBoolean(true)).toEqual({ BOOL: true });
    expect(toBinary('foo')).toEqual({ B: 'foo' });
    expect(toNull()).toEqual({ NULL: null });
  });

  it('sets (AWS)', () => {
    expect(toStringSet(['foo', 'bar', 'baz'])).toEqual({ SS: ['foo', 'bar', 'baz'] });
    expect(toNumberSet([1, 23, 4.56])).toEqual({ NS: [1, 23, 4.56] });
    expect(toBinarySet(['foo', 'bar', 'baz'])).toEqual({ BS: ['foo', 'bar', 'baz'] });
  });

  it('toList (AWS)', () => {
    expect(toList(['foo', 123, { bar: 'baz' }])).toEqual({
      L: [{ S: 'foo' }, { N: 123 }, { M: { bar: { S: 'baz' } } }],
    });
  });

  it('toMap keeps lists as L, never sets (AWS)', () => {
    expect(toMap({ foo: 'bar', baz: 1234, beep: ['boop'] })).toEqual({
      M: { baz: { N: 1234 }, beep: { L: [{ S: 'boop' }] }, foo: { S: 'bar' } },
    });
  });

  it('toMapValues answers the inner map only (AWS)', () => {
    expect(toMapValues({ foo: 'bar', baz: 1234, beep: ['boop'] })).toEqual({
      baz: { N: 1234 },
      beep: { L: [{ S: 'boop' }] },
      foo: { S: 'bar' },
    });
  });

  it('toS3Object with three and four parameters (AWS)', () => {
    expect(toS3Object('foo', 'bar', 'baz')).toEqual({ S: '{"s3":{"key":"foo","bucket":"bar","region":"baz"}}' });
    expect(toS3Object('foo', 'bar', 'baz', 'beep')).toEqual({
      S: '{"s3":{"key":"foo","bucket":"bar","region":"baz","version":"beep"}}',
    });
  });
});

describe('util.dynamodb — behaviour not captured on AWS', () => {
  it('toDynamoDB of null, nested values and unsupported types', () => {
    expect(toDynamoDB(null)).toEqual({ NULL: null });
    expect(toDynamoDB(undefined)).toBeNull();
    expect(toDynamoDB(() => 1)).toBeNull();
    expect(toDynamoDB({ a: [1, { b: null }], c: undefined })).toEqual({
      M: { a: { L: [{ N: 1 }, { M: { b: { NULL: null } } }] } },
    });
    expect(toDynamoDB([undefined])).toEqual({ L: [{ NULL: null }] });
    expect(toDynamoDB(-0.5)).toEqual({ N: -0.5 });
    expect(toDynamoDB('')).toEqual({ S: '' });
    expect(toDynamoDB(false)).toEqual({ BOOL: false });
  });

  it('single-value converters answer null for null and undefined', () => {
    for (const convert of [toString, toStringSet, toNumber, toNumberSet, toBinary, toBinarySet, toBoolean, toList]) {
      expect(convert(null)).toBeNull();
      expect(convert(undefined)).toBeNull();
    }
    expect(toMap(null)).toBeNull();
    expect(toMapValues(undefined)).toBeNull();
  });

  it('answers null for the wrong container type', () => {
    expect(toList({ a: 1 })).toBeNull();
    expect(toMap([1])).toBeNull();
    expect(toMapValues('x')).toBeNull();
    expect(toStringSet('a')).toBeNull();
  });

  it('keeps a "__proto__" attribute as an own property', () => {
    const typed = toMapValues(JSON.parse('{"__proto__": "x"}'));
    expect(Object.keys(typed ?? {})).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(typed)).toBe(Object.prototype);
  });

  it('does not coerce scalar types', () => {
    expect(toString(12)).toEqual({ S: 12 });
    expect(toNumber('12')).toEqual({ N: '12' });
  });

  it('sets are copies of the input list', () => {
    const input = ['a'];
    const set = toStringSet(input);
    input.push('b');
    expect(set).toEqual({ SS: ['a'] });
  });

  it('toS3Object answers null without key, bucket or region and ignores a null version', () => {
    expect(toS3Object(null, 'b', 'r')).toBeNull();
    expect(toS3Object('k', undefined, 'r')).toBeNull();
    expect(toS3Object('k', 'b', null)).toBeNull();
    expect(toS3Object('k', 'b', 'r', null)).toEqual({ S: '{"s3":{"key":"k","bucket":"b","region":"r"}}' });
  });

  it('fromS3ObjectJson reads back toS3Object, from the string or the typed value', () => {
    const typed = toS3Object('foo', 'bar', 'baz', 'beep');
    expect(fromS3ObjectJson(typed)).toEqual({ key: 'foo', bucket: 'bar', region: 'baz', version: 'beep' });
    expect(fromS3ObjectJson(typed?.S)).toEqual({ key: 'foo', bucket: 'bar', region: 'baz', version: 'beep' });
    expect(fromS3ObjectJson('{ "s3" : { "key" : "k", "bucket" : "b", "region" : "r" } }')).toEqual({
      key: 'k',
      bucket: 'b',
      region: 'r',
    });
  });

  it('fromS3ObjectJson answers null for anything else', () => {
    expect(fromS3ObjectJson('not json')).toBeNull();
    expect(fromS3ObjectJson('{"key":"k"}')).toBeNull();
    expect(fromS3ObjectJson(null)).toBeNull();
    expect(fromS3ObjectJson({ S: 1 })).toBeNull();
  });

  it('the dynamodb object exposes every converter', () => {
    expect(Object.keys(dynamodb).sort()).toEqual(
      [
        'fromS3ObjectJson',
        'toBinary',
        'toBinarySet',
        'toBoolean',
        'toDynamoDB',
        'toList',
        'toMap',
        'toMapValues',
        'toNull',
        'toNumber',
        'toNumberSet',
        'toS3Object',
        'toString',
        'toStringSet',
      ].sort(),
    );
    expect(dynamodb.toDynamoDB).toBe(toDynamoDB);
  });
});
