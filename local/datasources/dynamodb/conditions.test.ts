import { GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTable, uniqueTableName, useDynamoDbLocal } from '../../../test/support/dynamodb-local.ts';
import type { DataSource } from '../data-source.ts';
import { createDynamoDbDataSource } from './index.ts';

const ddb = useDynamoDbLocal();
const table = uniqueTableName('Carts');
const caller = { callerId: 'Mutation.createCart', info: { fieldName: 'createCart', parentTypeName: 'Mutation' } };
let ds: DataSource;
const CCF = /^The conditional request failed \(Service: DynamoDb, Status Code: 400, Request ID: [^)]+\)$/;
const notExists = { expression: 'attribute_not_exists(#id)', expressionNames: { '#id': 'id' } };

async function seed(item: Record<string, { S: string } | { N: string }>) {
  await ddb.client.send(new PutItemCommand({ TableName: table, Item: item }));
}
async function stored(id: string) {
  return (await ddb.client.send(new GetItemCommand({ TableName: table, Key: { id: { S: id } } }))).Item;
}

beforeAll(async () => {
  await createTable(ddb.client, {
    TableName: table,
    KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
    AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
  });
  ds = createDynamoDbDataSource({ name: 'CartsTable', tableName: table, client: ddb.client });
});

describe('PutItem condition failures', () => {
  it('a different stored item → ConditionalCheckFailedException with the current item in error.data', async () => {
    await seed({ id: { S: 'c1' }, owner: { S: 'ann' }, total: { N: '10' } });
    const outcome = await ds.invoke(
      {
        operation: 'PutItem',
        key: { id: { S: 'c1' } },
        attributeValues: { owner: { S: 'bob' } },
        condition: notExists,
      },
      caller,
    );
    expect(outcome).toEqual({
      error: {
        type: 'DynamoDB:ConditionalCheckFailedException',
        message: expect.stringMatching(CCF),
        data: { id: 'c1', owner: 'ann', total: 10 },
      },
    });
    expect(await stored('c1')).toEqual({ id: { S: 'c1' }, owner: { S: 'ann' }, total: { N: '10' } });
  });

  it('the stored item already equals the intended one (a retried put) → success with the current item', async () => {
    await seed({ id: { S: 'c2' }, owner: { S: 'ann' }, total: { N: '10.0' } });
    const outcome = await ds.invoke(
      {
        operation: 'PutItem',
        key: { id: { S: 'c2' } },
        attributeValues: { owner: { S: 'ann' }, total: { N: 10 } },
        condition: notExists,
      },
      caller,
    );
    expect(outcome).toEqual({ result: { id: 'c2', owner: 'ann', total: 10 } });
  });

  it('equalsIgnore leaves named attributes out of the comparison', async () => {
    await seed({ id: { S: 'c3' }, owner: { S: 'ann' }, version: { N: '7' } });
    const put = (equalsIgnore?: string[]) =>
      ds.invoke(
        {
          operation: 'PutItem',
          key: { id: { S: 'c3' } },
          attributeValues: { owner: { S: 'ann' }, version: { N: 1 } },
          condition: { ...notExists, ...(equalsIgnore ? { equalsIgnore } : {}) },
        },
        caller,
      );
    expect((await put()).error?.type).toBe('DynamoDB:ConditionalCheckFailedException');
    expect(await put(['version'])).toEqual({ result: { id: 'c3', owner: 'ann', version: 7 } });
  });

  it('a missing item that fails attribute_exists → error with data null', async () => {
    const outcome = await ds.invoke(
      {
        operation: 'PutItem',
        key: { id: { S: 'ghost' } },
        attributeValues: { owner: { S: 'x' } },
        condition: { expression: 'attribute_exists(id)' },
      },
      caller,
    );
    expect(outcome).toEqual({
      error: { type: 'DynamoDB:ConditionalCheckFailedException', message: expect.stringMatching(CCF), data: null },
    });
  });

  it("strategy 'Custom' is refused; 'Reject' is the default behaviour", async () => {
    const request = (strategy: string) => ({
      operation: 'PutItem',
      key: { id: { S: 'c9' } },
      attributeValues: {},
      condition: {
        ...notExists,
        conditionalCheckFailedHandler: { strategy, lambdaArn: 'arn:aws:lambda:us-east-1:1:function:f' },
      },
    });
    expect((await ds.invoke(request('Custom'), caller)).error).toEqual({
      type: 'MappingTemplate',
      message:
        "conditionalCheckFailedHandler strategy 'Custom' (a Lambda that decides) " +
        "is not supported by the local DynamoDB data source; use 'Reject'.",
    });
    expect(await ds.invoke(request('Reject'), caller)).toEqual({ result: { id: 'c9' } });
  });
});

describe('UpdateItem and DeleteItem condition failures', () => {
  it('UpdateItem is always rejected, even when the stored item already looks updated', async () => {
    await seed({ id: { S: 'u1' }, status: { S: 'PAID' } });
    const outcome = await ds.invoke(
      {
        operation: 'UpdateItem',
        key: { id: { S: 'u1' } },
        update: {
          expression: 'SET #s = :paid',
          expressionNames: { '#s': 'status' },
          expressionValues: { ':paid': { S: 'PAID' } },
        },
        condition: {
          expression: '#s = :open',
          expressionNames: { '#s': 'status' },
          expressionValues: { ':open': { S: 'OPEN' } },
        },
      },
      caller,
    );
    expect(outcome).toEqual({
      error: {
        type: 'DynamoDB:ConditionalCheckFailedException',
        message: expect.stringMatching(CCF),
        data: { id: 'u1', status: 'PAID' },
      },
    });
  });

  it('DeleteItem of an item that is already gone succeeds with null', async () => {
    const outcome = await ds.invoke(
      { operation: 'DeleteItem', key: { id: { S: 'gone' } }, condition: { expression: 'attribute_exists(id)' } },
      caller,
    );
    expect(outcome).toEqual({ result: null });
  });

  it('DeleteItem whose condition fails on a stored item is rejected with that item', async () => {
    await seed({ id: { S: 'd1' }, owner: { S: 'ann' } });
    const outcome = await ds.invoke(
      {
        operation: 'DeleteItem',
        key: { id: { S: 'd1' } },
        condition: {
          expression: '#o = :me',
          expressionNames: { '#o': 'owner' },
          expressionValues: { ':me': { S: 'bob' } },
        },
      },
      caller,
    );
    expect(outcome).toEqual({
      error: {
        type: 'DynamoDB:ConditionalCheckFailedException',
        message: expect.stringMatching(CCF),
        data: { id: 'd1', owner: 'ann' },
      },
    });
    expect(await stored('d1')).toBeDefined();
  });
});
