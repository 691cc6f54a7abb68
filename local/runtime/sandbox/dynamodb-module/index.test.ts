import { describe, expect, it } from 'vitest';
import * as ddb from './index.ts';

describe('@aws-appsync/utils/dynamodb exports', () => {
  it('exports exactly the documented names', () => {
    expect(Object.keys(ddb).sort()).toEqual(
      [
        'get',
        'put',
        'update',
        'remove',
        'query',
        'scan',
        'sync',
        'batchGet',
        'batchPut',
        'batchDelete',
        'transactGet',
        'transactWrite',
        'toStringSet',
        'toNumberSet',
        'toBinarySet',
        'operations',
      ].sort(),
    );
    expect(Object.keys(ddb.operations).sort()).toEqual([
      'add',
      'append',
      'decrement',
      'increment',
      'prepend',
      'remove',
      'replace',
      'updateListItem',
    ]);
  });

  it('set helpers answer the util.dynamodb shapes, numbers as JSON numbers', () => {
    // util.dynamodb values: AWS EvaluateCode, localstack/appsync-utils index.test.js.snap.
    expect(ddb.toStringSet(['foo', 'bar', 'baz'])).toEqual({ SS: ['foo', 'bar', 'baz'] });
    expect(ddb.toNumberSet([1, 23, 4.56])).toEqual({ NS: [1, 23, 4.56] });
    expect(ddb.toBinarySet(['foo', 'bar', 'baz'])).toEqual({ BS: ['foo', 'bar', 'baz'] });
  });

  it('a set built by the module survives a put', () => {
    expect(ddb.put({ key: { id: 'a' }, item: { tags: ddb.toStringSet(['x']), scores: ddb.toNumberSet([1]) } })).toEqual(
      {
        operation: 'PutItem',
        key: { id: { S: 'a' } },
        attributeValues: { tags: { SS: ['x'] }, scores: { NS: [1] } },
      },
    );
  });
});
