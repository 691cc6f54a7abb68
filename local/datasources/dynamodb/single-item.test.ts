import { GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTable, uniqueTableName, useDynamoDbLocal } from '../../../test/support/dynamodb-local.ts';
import type { DataSource } from '../data-source.ts';
import { createDynamoDbDataSource } from './index.ts';

const ddb = useDynamoDbLocal();
const table = uniqueTableName('Products');
const caller = { callerId: 'Query.getProduct', info: { fieldName: 'getProduct', parentTypeName: 'Query' } };
let ds: DataSource;
const SERVICE_SUFFIX = / \(Service: DynamoDb, Status Code: 400, Request ID: [^)]+\)$/;

beforeAll(async () => {
  await createTable(ddb.client, {
    TableName: table,
    KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
    AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
  });
  ds = createDynamoDbDataSource({ name: 'ProductsTable', tableName: table, client: ddb.client });
});

describe('single-item operations', () => {
  it('describes itself as an AMAZON_DYNAMODB data source', () => {
    expect({ name: ds.name, type: ds.type }).toEqual({ name: 'ProductsTable', type: 'AMAZON_DYNAMODB' });
  });

  it('PutItem writes key + attributeValues and answers the item as written', async () => {
    const outcome = await ds.invoke(
      { operation: 'PutItem', key: { id: { S: 'p1' } }, attributeValues: { name: { S: 'Mug' }, price: { N: 12 } } },
      caller,
    );
    expect(outcome).toEqual({ result: { id: 'p1', name: 'Mug', price: 12 } });
    const stored = await ddb.client.send(new GetItemCommand({ TableName: table, Key: { id: { S: 'p1' } } }));
    expect(stored.Item).toEqual({ id: { S: 'p1' }, name: { S: 'Mug' }, price: { N: '12' } });
  });

  it('GetItem answers the item, or null when there is none', async () => {
    expect(await ds.invoke({ operation: 'GetItem', key: { id: { S: 'p1' } }, consistentRead: true }, caller)).toEqual({
      result: { id: 'p1', name: 'Mug', price: 12 },
    });
    expect(await ds.invoke({ operation: 'GetItem', key: { id: { S: 'nope' } } }, caller)).toEqual({ result: null });
  });

  it('GetItem applies a projection with expression names', async () => {
    const outcome = await ds.invoke(
      {
        operation: 'GetItem',
        key: { id: { S: 'p1' } },
        projection: { expression: '#n', expressionNames: { '#n': 'name' } },
      },
      caller,
    );
    expect(outcome).toEqual({ result: { name: 'Mug' } });
  });

  it('UpdateItem answers the whole item after the update', async () => {
    const outcome = await ds.invoke(
      {
        operation: 'UpdateItem',
        key: { id: { S: 'p1' } },
        update: {
          expression: 'SET #price = #price + :inc, #tags = :tags REMOVE #gone',
          expressionNames: { '#price': 'price', '#tags': 'tags', '#gone': 'gone' },
          expressionValues: { ':inc': { N: 3 }, ':tags': { SS: ['kitchen'] } },
        },
      },
      caller,
    );
    expect(outcome).toEqual({ result: { id: 'p1', name: 'Mug', price: 15, tags: ['kitchen'] } });
  });

  it('DeleteItem answers the deleted item, and null when nothing was there', async () => {
    expect(await ds.invoke({ operation: 'DeleteItem', key: { id: { S: 'p1' } } }, caller)).toEqual({
      result: { id: 'p1', name: 'Mug', price: 15, tags: ['kitchen'] },
    });
    expect(await ds.invoke({ operation: 'DeleteItem', key: { id: { S: 'p1' } } }, caller)).toEqual({ result: null });
  });
});

describe('errors', () => {
  it('a DynamoDB validation error becomes DynamoDB:DynamoDbException with the SDK v2 message suffix', async () => {
    const outcome = await ds.invoke({ operation: 'GetItem', key: { sku: { S: 'x' } } }, caller);
    expect(outcome.result).toBeUndefined();
    expect(outcome.error?.type).toBe('DynamoDB:DynamoDbException');
    expect(outcome.error?.message).toMatch(/^One of the required keys was not given a value \(Service/);
    expect(outcome.error?.message).toMatch(SERVICE_SUFFIX);
  });

  it('a modeled exception keeps its name: a missing table is ResourceNotFoundException', async () => {
    const other = createDynamoDbDataSource({ name: 'Ghost', tableName: 'NoSuchTable', client: ddb.client });
    const outcome = await other.invoke({ operation: 'GetItem', key: { id: { S: 'x' } } }, caller);
    expect(outcome.error?.type).toBe('DynamoDB:ResourceNotFoundException');
    expect(outcome.error?.message).toMatch(SERVICE_SUFFIX);
  });

  it.each([
    [null, 'A DynamoDB request must be an object, got null.'],
    [{ key: { id: { S: 'x' } } }, "Value for field '$[operation]' not found."],
    [{ operation: 'Explode' }, /^Unsupported operation the string "Explode"\. Supported: GetItem, PutItem/],
    [{ operation: 'Sync' }, /^Unsupported operation 'Sync'/],
    [{ operation: 'GetItem' }, "Expected a map of typed values at 'key', got nothing."],
    [
      { operation: 'GetItem', key: { id: 'raw' } },
      `Expected a DynamoDB typed value such as {"S": "text"} or {"N": 1} at 'key.id', got the string "raw".`,
    ],
    [{ operation: 'UpdateItem', key: { id: { S: 'x' } } }, "Expected an object at 'update', got nothing."],
    [{ operation: 'PutItem', key: { id: { S: 'x' } }, _version: 1 }, /^'_version' needs conflict detection/],
  ])('a malformed request %j answers a MappingTemplate error and never throws', async (request, message) => {
    const outcome = await ds.invoke(request, caller);
    expect(outcome.error?.type).toBe('MappingTemplate');
    if (typeof message === 'string') expect(outcome.error?.message).toBe(message);
    else expect(outcome.error?.message).toMatch(message);
  });

  it('no DynamoDB at all answers DynamoDB:SdkClientException instead of throwing', async () => {
    const { DynamoDBClient } = await import('@aws-sdk/client-dynamodb');
    const dead = new DynamoDBClient({
      endpoint: 'http://127.0.0.1:9',
      region: 'us-east-1',
      credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
      maxAttempts: 1,
    });
    const outcome = await createDynamoDbDataSource({ name: 'Dead', tableName: table, client: dead }).invoke(
      { operation: 'GetItem', key: { id: { S: 'x' } } },
      caller,
    );
    dead.destroy();
    expect(outcome.error?.type).toBe('DynamoDB:SdkClientException');
    expect(outcome.error?.message).toMatch(/^Unable to execute HTTP request: /);
  });

  it('conflicting placeholder definitions across expressions are refused before calling DynamoDB', async () => {
    await ddb.client.send(new PutItemCommand({ TableName: table, Item: { id: { S: 'c1' }, n: { N: '1' } } }));
    const outcome = await ds.invoke(
      {
        operation: 'UpdateItem',
        key: { id: { S: 'c1' } },
        update: { expression: 'SET n = :v', expressionValues: { ':v': { N: 2 } } },
        condition: { expression: 'n = :v', expressionValues: { ':v': { N: 1 } } },
      },
      caller,
    );
    expect(outcome.error).toEqual({
      type: 'MappingTemplate',
      message:
        "Placeholder ':v' in 'condition' is already defined differently by another expression of the same request.",
    });
  });
});
