import { describe, expect, it } from 'vitest';
import { batchDelete, batchGet, batchPut, transactGet, transactWrite } from './batch-requests.ts';
import { operations } from './operations.ts';

// None of these were captured on AWS; shapes follow the published types and the AppSync docs.
describe('batch requests (not captured on AWS)', () => {
  it('batchGet', () => {
    expect(
      batchGet({
        tables: {
          post: { keys: [{ id: '1' }, { id: '2' }], consistentRead: false, projection: ['id', 'nested.object[1]'] },
          comment: { keys: [{ id: 3 }] },
        },
      }),
    ).toEqual({
      operation: 'BatchGetItem',
      tables: {
        post: {
          keys: [{ id: { S: '1' } }, { id: { S: '2' } }],
          consistentRead: false,
          projection: {
            expression: '#expName_1, #expName_2.#expName_3[1]',
            expressionNames: { '#expName_1': 'id', '#expName_2': 'nested', '#expName_3': 'object' },
          },
        },
        comment: { keys: [{ id: { N: 3 } }] },
      },
    });
  });

  it('batchPut and batchDelete', () => {
    expect(batchPut({ tables: { post: [{ id: 'one', value: 'x' }], comment: [{ id: 'one', n: 1 }] } })).toEqual({
      operation: 'BatchPutItem',
      tables: { post: [{ id: { S: 'one' }, value: { S: 'x' } }], comment: [{ id: { S: 'one' }, n: { N: 1 } }] },
    });
    expect(batchDelete({ tables: { post: [{ id: 'one' }, { id: 'two' }] } })).toEqual({
      operation: 'BatchDeleteItem',
      tables: { post: [{ id: { S: 'one' } }, { id: { S: 'two' } }] },
    });
  });

  it('rejects malformed batches', () => {
    expect(() => batchGet({})).toThrow('batchGet: tables must be an object keyed by table name');
    expect(() => batchGet({ tables: { t: [] } })).toThrow('batchGet: table "t" needs { keys: [...] }');
    expect(() => batchGet({ tables: { t: { keys: 'x' } } })).toThrow('batchGet: keys of table "t" must be a list');
    expect(() => batchPut({ tables: { t: {} } })).toThrow('batchPut: items of table "t" must be a list');
    expect(() => batchDelete({ tables: { t: ['x'] } })).toThrow('batchDelete: key must be an object');
  });
});

describe('transactions (not captured on AWS)', () => {
  it('transactGet', () => {
    expect(
      transactGet({
        items: [
          { table: 'post', key: { id: '1' }, projection: ['name'] },
          { table: 'post', key: { id: '2' } },
        ],
      }),
    ).toEqual({
      operation: 'TransactGetItems',
      transactItems: [
        {
          table: 'post',
          key: { id: { S: '1' } },
          projection: { expression: '#expName_1', expressionNames: { '#expName_1': 'name' } },
        },
        { table: 'post', key: { id: { S: '2' } } },
      ],
    });
  });

  it('transactWrite with every kind of item', () => {
    const condition = { id: { attributeExists: false } };
    const renderedCondition = {
      expression: '(attribute_not_exists(#id))',
      expressionNames: { '#id': 'id' },
      expressionValues: {},
    };
    expect(
      transactWrite({
        items: [
          { putItem: { table: 'post', key: { id: '1' }, item: { title: 't' }, condition } },
          { deleteItem: { table: 'post', key: { id: '2' } } },
          { updateItem: { table: 'post', key: { id: '3' }, update: { n: operations.increment(2) } } },
          { conditionCheck: { table: 'user', key: { id: 'u' }, condition: { banned: { ne: true } } } },
        ],
      }),
    ).toEqual({
      operation: 'TransactWriteItems',
      transactItems: [
        {
          table: 'post',
          operation: 'PutItem',
          key: { id: { S: '1' } },
          attributeValues: { title: { S: 't' } },
          condition: renderedCondition,
        },
        { table: 'post', operation: 'DeleteItem', key: { id: { S: '2' } } },
        {
          table: 'post',
          operation: 'UpdateItem',
          key: { id: { S: '3' } },
          update: {
            expression: 'SET #expName_1 = #expName_1 + :expValue_1',
            expressionNames: { '#expName_1': 'n' },
            expressionValues: { ':expValue_1': { N: 2 } },
          },
        },
        {
          table: 'user',
          operation: 'ConditionCheck',
          key: { id: { S: 'u' } },
          condition: {
            expression: '(#banned <> :banned_ne)',
            expressionNames: { '#banned': 'banned' },
            expressionValues: { ':banned_ne': { BOOL: true } },
          },
        },
      ],
    });
  });

  it('rejects malformed transactions', () => {
    expect(() => transactGet({})).toThrow('transactGet: items must be a list');
    expect(() => transactGet({ items: [{ key: { id: 1 } }] })).toThrow('transactGet: every item needs a table name');
    expect(() => transactWrite({ items: [{ getItem: { table: 't', key: { id: 1 } } }] })).toThrow(
      'transactWrite: every item must be one of { putItem }, { updateItem }, { deleteItem }, { conditionCheck }',
    );
    expect(() => transactWrite({ items: [{ updateItem: { table: 't', key: { id: 1 } } }] })).toThrow(
      'transactWrite: update must be an object',
    );
    expect(() => transactWrite({ items: [{ deleteItem: { key: { id: 1 } } }] })).toThrow(
      'transactWrite: every item needs a table name',
    );
  });
});
