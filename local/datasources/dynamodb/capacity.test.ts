// Summing DynamoDB's ConsumedCapacity, and the metering client that asks for it on every call.
import { GetItemCommand, TransactionCanceledException, TransactWriteItemsCommand } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { meteredClient, sumCapacity } from './capacity.ts';
import type { DynamoDbSender } from './wire-client.ts';

describe('sumCapacity', () => {
  it('counts a single object’s CapacityUnits as reads or writes by the operation', () => {
    expect(sumCapacity('GetItem', { TableName: 'T', CapacityUnits: 0.5 })).toEqual({ readUnits: 0.5, writeUnits: 0 });
    expect(sumCapacity('Query', { TableName: 'T', CapacityUnits: 2 })).toEqual({ readUnits: 2, writeUnits: 0 });
    expect(sumCapacity('UpdateItem', { TableName: 'T', CapacityUnits: 1 })).toEqual({ readUnits: 0, writeUnits: 1 });
  });

  it('sums the per-table array of batch calls', () => {
    const consumed = [
      { TableName: 'A', CapacityUnits: 1 },
      { TableName: 'B', CapacityUnits: 2.5 },
    ];
    expect(sumCapacity('BatchGetItem', consumed)).toEqual({ readUnits: 3.5, writeUnits: 0 });
    expect(sumCapacity('BatchWriteItem', consumed)).toEqual({ readUnits: 0, writeUnits: 3.5 });
  });

  it('takes ReadCapacityUnits / WriteCapacityUnits where DynamoDB gives them, as for transactions', () => {
    const consumed = [
      { TableName: 'A', CapacityUnits: 6, ReadCapacityUnits: 2, WriteCapacityUnits: 4 },
      { TableName: 'B', CapacityUnits: 4, WriteCapacityUnits: 4 },
    ];
    expect(sumCapacity('TransactWriteItems', consumed)).toEqual({ readUnits: 2, writeUnits: 8 });
  });

  it('answers undefined when nothing was reported', () => {
    expect(sumCapacity('GetItem', undefined)).toBeUndefined();
    expect(sumCapacity('GetItem', [])).toBeUndefined();
  });
});

describe('meteredClient', () => {
  it('asks for TOTAL capacity on a copy of the command and tallies every answer', async () => {
    const sent: unknown[] = [];
    const client = {
      send: async (command: { input: unknown }) => {
        sent.push(command);
        return { Item: { id: { S: '1' } }, ConsumedCapacity: { TableName: 'T', CapacityUnits: 0.5 } };
      },
    } as unknown as DynamoDbSender;
    const meter = meteredClient(client);
    const original = new GetItemCommand({ TableName: 'T', Key: { id: { S: '1' } } });
    const out = await meter.client.send(original);
    await meter.client.send(new GetItemCommand({ TableName: 'T', Key: { id: { S: '2' } }, ConsistentRead: true }));
    expect(out.Item).toEqual({ id: { S: '1' } });
    expect(sent[0]).toBeInstanceOf(GetItemCommand);
    expect((sent[0] as GetItemCommand).input).toEqual({
      TableName: 'T',
      Key: { id: { S: '1' } },
      ReturnConsumedCapacity: 'TOTAL',
    });
    expect(original.input).not.toHaveProperty('ReturnConsumedCapacity');
    expect(meter.consumed()).toEqual({ readUnits: 1, writeUnits: 0 });
  });

  it('counts what a failed call consumed when the error carries it, and rethrows', async () => {
    const cancelled = Object.assign(new TransactionCanceledException({ message: 'cancelled', $metadata: {} }), {
      ConsumedCapacity: [{ TableName: 'T', CapacityUnits: 4, WriteCapacityUnits: 4 }],
    });
    const client = { send: async () => Promise.reject(cancelled) } as unknown as DynamoDbSender;
    const meter = meteredClient(client);
    await expect(meter.client.send(new TransactWriteItemsCommand({ TransactItems: [] }))).rejects.toBe(cancelled);
    expect(meter.consumed()).toEqual({ readUnits: 0, writeUnits: 4 });
  });

  it('reports nothing when no call answered with units', async () => {
    const meter = meteredClient({ send: async () => ({}) } as unknown as DynamoDbSender);
    await meter.client.send(new GetItemCommand({ TableName: 'T', Key: { id: { S: '1' } } }));
    expect(meter.consumed()).toBeUndefined();
  });
});
