import { describe, expect, it } from 'vitest';
import { operations } from './operations.ts';
import { get, put, query, remove, scan, sync, update } from './requests.ts';

const SNAPSHOTS = 'localstack/appsync-utils __tests__/__snapshots__/index.test.js.snap';

describe(`single-item and read requests — AWS EvaluateCode, recorded in ${SNAPSHOTS}`, () => {
  it('get', () => {
    expect(get({ key: { id: 'id' } })).toEqual({ operation: 'GetItem', key: { id: { S: 'id' } } });
  });

  it('put', () => {
    expect(put({ key: { id: 'abc' }, item: { value: 10 } })).toEqual({
      operation: 'PutItem',
      key: { id: { S: 'abc' } },
      attributeValues: { value: { N: 10 } },
    });
  });

  it('remove', () => {
    expect(remove({ key: { id: 'test' } })).toEqual({ operation: 'DeleteItem', key: { id: { S: 'test' } } });
  });

  it('scan', () => {
    expect(scan({ limit: 10, nextToken: 'abc' })).toEqual({ operation: 'Scan', limit: 10, nextToken: 'abc' });
  });

  it('update with add and append', () => {
    expect(update({ key: { id: 'test' }, update: { age: operations.add(10) } })).toEqual({
      operation: 'UpdateItem',
      key: { id: { S: 'test' } },
      update: {
        expression: 'SET #expName_1 = :expValue_1',
        expressionNames: { '#expName_1': 'age' },
        expressionValues: { ':expValue_1': { N: 10 } },
      },
    });
    expect(update({ key: { id: 'test' }, update: { values: operations.append([1, 2, 3]) } })).toEqual({
      operation: 'UpdateItem',
      key: { id: { S: 'test' } },
      update: {
        expression: 'SET #expName_1 = list_append(#expName_1, :expValue_1)',
        expressionNames: { '#expName_1': 'values' },
        expressionValues: { ':expValue_1': { L: [{ N: 1 }, { N: 2 }, { N: 3 }] } },
      },
    });
  });
});

describe('requests — not captured on AWS', () => {
  const condition = { version: { eq: 1 } };
  const rendered = {
    expression: '(#version = :version_eq)',
    expressionNames: { '#version': 'version' },
    expressionValues: { ':version_eq': { N: 1 } },
  };

  it('get with consistentRead and projection', () => {
    expect(get({ key: { id: 1 }, consistentRead: true, projection: ['id', 'a.b'] })).toEqual({
      operation: 'GetItem',
      key: { id: { N: 1 } },
      consistentRead: true,
      projection: {
        expression: '#expName_1, #expName_2.#expName_3',
        expressionNames: { '#expName_1': 'id', '#expName_2': 'a', '#expName_3': 'b' },
      },
    });
  });

  it('put, update and remove carry a condition and the versioning options', () => {
    const options = { customPartitionKey: 'pk', populateIndexFields: true, _version: 3 };
    expect(put({ key: { id: 'a' }, item: { id: 'a', n: 1 }, condition, ...options })).toEqual({
      operation: 'PutItem',
      key: { id: { S: 'a' } },
      attributeValues: { id: { S: 'a' }, n: { N: 1 } },
      condition: rendered,
      ...options,
    });
    expect(update({ key: { id: 'a' }, update: { n: 2 }, condition, _version: 3 })).toEqual({
      operation: 'UpdateItem',
      key: { id: { S: 'a' } },
      update: {
        expression: 'SET #expName_1 = :expValue_1',
        expressionNames: { '#expName_1': 'n' },
        expressionValues: { ':expValue_1': { N: 2 } },
      },
      condition: rendered,
      _version: 3,
    });
    expect(remove({ key: { id: 'a' }, condition })).toEqual({
      operation: 'DeleteItem',
      key: { id: { S: 'a' } },
      condition: rendered,
    });
  });

  it('leaves out null, undefined and empty optional inputs', () => {
    expect(put({ key: { id: 'a' }, item: { n: 1 }, condition: null, _version: undefined })).toEqual({
      operation: 'PutItem',
      key: { id: { S: 'a' } },
      attributeValues: { n: { N: 1 } },
    });
    expect(put({ key: { id: 'a' } })).toEqual({ operation: 'PutItem', key: { id: { S: 'a' } }, attributeValues: {} });
    expect(scan({ index: null, limit: null, filter: {}, projection: [] })).toEqual({ operation: 'Scan' });
    expect(scan(undefined)).toEqual({ operation: 'Scan' });
  });

  it('query with every option', () => {
    expect(
      query({
        query: { pk: { eq: 'P' }, sk: { beginsWith: 'O#' } },
        filter: { status: { ne: 'gone' } },
        index: 'byStatus',
        nextToken: 't',
        limit: 5,
        scanIndexForward: false,
        consistentRead: true,
        select: 'SPECIFIC_ATTRIBUTES',
        projection: ['pk'],
      }),
    ).toEqual({
      operation: 'Query',
      query: {
        expression: '(#pk = :pk_eq) AND (begins_with(#sk,:sk_beginsWith))',
        expressionNames: { '#pk': 'pk', '#sk': 'sk' },
        expressionValues: { ':pk_eq': { S: 'P' }, ':sk_beginsWith': { S: 'O#' } },
      },
      filter: {
        expression: '(#status <> :status_ne)',
        expressionNames: { '#status': 'status' },
        expressionValues: { ':status_ne': { S: 'gone' } },
      },
      index: 'byStatus',
      nextToken: 't',
      limit: 5,
      scanIndexForward: false,
      consistentRead: true,
      select: 'SPECIFIC_ATTRIBUTES',
      projection: { expression: '#expName_1', expressionNames: { '#expName_1': 'pk' } },
    });
  });

  it('scan with segments and a filter, ignoring scanIndexForward', () => {
    expect(
      scan({
        totalSegments: 4,
        segment: 1,
        consistentRead: false,
        select: 'ALL_ATTRIBUTES',
        scanIndexForward: true,
        filter: { a: { gt: 1 } },
      }),
    ).toEqual({
      operation: 'Scan',
      totalSegments: 4,
      segment: 1,
      consistentRead: false,
      select: 'ALL_ATTRIBUTES',
      filter: { expression: '(#a > :a_gt)', expressionNames: { '#a': 'a' }, expressionValues: { ':a_gt': { N: 1 } } },
    });
  });

  it('sync', () => {
    expect(
      sync({
        limit: 10,
        nextToken: 'abc',
        lastSync: 1,
        basePartitionKey: 'b',
        deltaIndexName: 'd',
        filter: { a: { eq: 1 } },
      }),
    ).toEqual({
      operation: 'Sync',
      limit: 10,
      nextToken: 'abc',
      lastSync: 1,
      basePartitionKey: 'b',
      deltaIndexName: 'd',
      filter: { expression: '(#a = :a_eq)', expressionNames: { '#a': 'a' }, expressionValues: { ':a_eq': { N: 1 } } },
    });
  });

  it('throws clear Errors for malformed input', () => {
    expect(() => get(undefined)).toThrow('get: expected an object argument');
    expect(() => get({})).toThrow('get: key must be an object of key attributes');
    expect(() => update({ key: { id: 'a' } })).toThrow('update: update must be an object of attribute updates');
    expect(() => remove({ key: { id: 'a' }, condition: { v: { bogus: 1 } } })).toThrow(
      'remove: the filter object cannot be rendered',
    );
    expect(() => query({ query: { id: { contains: 'x' } } })).toThrow('query: key condition operator "contains"');
    expect(() => query({})).toThrow('query: `query` must be a key condition object');
    expect(() => scan({ filter: { and: null } })).toThrow('scan: the filter object cannot be rendered');
  });
});
