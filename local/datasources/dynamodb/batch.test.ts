import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTable, uniqueTableName, useDynamoDbLocal } from '../../../test/support/dynamodb-local.ts';
import type { DataSource } from '../data-source.ts';
import { createDynamoDbDataSource } from './index.ts';

const ddb = useDynamoDbLocal();
const products = uniqueTableName('Products');
const stock = uniqueTableName('Stock');
const caller = { callerId: 'Query.getCartLines', info: { fieldName: 'lines', parentTypeName: 'Cart' } };
let ds: DataSource;

beforeAll(async () => {
  await createTable(ddb.client, {
    TableName: products,
    KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
    AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
  });
  await createTable(ddb.client, {
    TableName: stock,
    KeySchema: [
      { AttributeName: 'sku', KeyType: 'HASH' },
      { AttributeName: 'warehouse', KeyType: 'RANGE' },
    ],
    AttributeDefinitions: [
      { AttributeName: 'sku', AttributeType: 'S' },
      { AttributeName: 'warehouse', AttributeType: 'N' },
    ],
  });
  // The data source's own table is irrelevant for batch operations: they name their tables.
  ds = createDynamoDbDataSource({ name: 'ProductsTable', tableName: 'unused', client: ddb.client });
});

describe('BatchPutItem', () => {
  it('writes to several tables and answers { data, unprocessedItems } per table', async () => {
    const outcome = await ds.invoke(
      {
        operation: 'BatchPutItem',
        tables: {
          [products]: [
            { id: { S: 'p1' }, name: { S: 'Mug' }, price: { N: 12 } },
            { id: { S: 'p2' }, name: { S: 'Teapot' }, price: { N: '30' } },
            { id: { S: 'p3' }, name: { S: 'Kettle' }, price: { N: 45 } },
          ],
          [stock]: [{ sku: { S: 'p1' }, warehouse: { N: 1 }, qty: { N: 5 } }],
        },
      },
      caller,
    );
    expect(outcome).toEqual({
      result: {
        data: {
          [products]: [
            { id: 'p1', name: 'Mug', price: 12 },
            { id: 'p2', name: 'Teapot', price: 30 },
            { id: 'p3', name: 'Kettle', price: 45 },
          ],
          [stock]: [{ sku: 'p1', warehouse: 1, qty: 5 }],
        },
        unprocessedItems: { [products]: [], [stock]: [] },
      },
    });
  });
});

describe('BatchGetItem', () => {
  it('answers each table’s items in request key order, with null for a missing key', async () => {
    const outcome = await ds.invoke(
      {
        operation: 'BatchGetItem',
        tables: {
          [products]: {
            keys: [{ id: { S: 'p3' } }, { id: { S: 'missing' } }, { id: { S: 'p1' } }, { id: { S: 'p2' } }],
            consistentRead: true,
          },
          [stock]: { keys: [{ sku: { S: 'p1' }, warehouse: { N: '1.0' } }] },
        },
      },
      caller,
    );
    expect(outcome).toEqual({
      result: {
        data: {
          [products]: [
            { id: 'p3', name: 'Kettle', price: 45 },
            null,
            { id: 'p1', name: 'Mug', price: 12 },
            { id: 'p2', name: 'Teapot', price: 30 },
          ],
          [stock]: [{ sku: 'p1', warehouse: 1, qty: 5 }],
        },
        unprocessedKeys: { [products]: [], [stock]: [] },
      },
    });
  });

  it('with a projection still places items by key (key attributes come back too)', async () => {
    const outcome = await ds.invoke(
      {
        operation: 'BatchGetItem',
        tables: {
          [products]: {
            keys: [{ id: { S: 'p2' } }, { id: { S: 'p1' } }],
            projection: { expression: '#n', expressionNames: { '#n': 'name' } },
          },
        },
      },
      caller,
    );
    expect(outcome).toEqual({
      result: {
        data: {
          [products]: [
            { id: 'p2', name: 'Teapot' },
            { id: 'p1', name: 'Mug' },
          ],
        },
        unprocessedKeys: { [products]: [] },
      },
    });
  });

  it('an unknown table is DynamoDB:ResourceNotFoundException; no tables is a MappingTemplate error', async () => {
    const ghost = await ds.invoke(
      { operation: 'BatchGetItem', tables: { NoSuchTable: { keys: [{ id: { S: 'x' } }] } } },
      caller,
    );
    expect(ghost.error?.type).toBe('DynamoDB:ResourceNotFoundException');
    expect(await ds.invoke({ operation: 'BatchGetItem', tables: {} }, caller)).toEqual({
      error: { type: 'MappingTemplate', message: "'tables' must name at least one table." },
    });
  });
});

describe('BatchDeleteItem', () => {
  it('deletes from several tables and answers { data: keys, unprocessedKeys }', async () => {
    const outcome = await ds.invoke(
      {
        operation: 'BatchDeleteItem',
        tables: {
          [products]: [{ id: { S: 'p1' } }, { id: { S: 'p2' } }],
          [stock]: [{ sku: { S: 'p1' }, warehouse: { N: 1 } }],
        },
      },
      caller,
    );
    expect(outcome).toEqual({
      result: {
        data: { [products]: [{ id: 'p1' }, { id: 'p2' }], [stock]: [{ sku: 'p1', warehouse: 1 }] },
        unprocessedKeys: { [products]: [], [stock]: [] },
      },
    });
    const left = await ddb.client.send(new GetItemCommand({ TableName: products, Key: { id: { S: 'p1' } } }));
    expect(left.Item).toBeUndefined();
    const kept = await ddb.client.send(new GetItemCommand({ TableName: products, Key: { id: { S: 'p3' } } }));
    expect(kept.Item).toBeDefined();
  });
});
