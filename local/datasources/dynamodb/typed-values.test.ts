import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTable, uniqueTableName, useDynamoDbLocal } from '../../../test/support/dynamodb-local.ts';
import type { DataSource } from '../data-source.ts';
import { canonicalNumber } from './canonical.ts';
import { createDynamoDbDataSource } from './index.ts';

const ddb = useDynamoDbLocal();
const table = uniqueTableName('Everything');
const caller = { callerId: 'Query.everything', info: { fieldName: 'everything', parentTypeName: 'Query' } };
let ds: DataSource;
const bytes = (s: string) => Buffer.from(s).toString('base64');

beforeAll(async () => {
  await createTable(ddb.client, {
    TableName: table,
    KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
    AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
  });
  ds = createDynamoDbDataSource({ name: 'EverythingTable', tableName: table, client: ddb.client });
});

describe('typed values', () => {
  const attributeValues = {
    s: { S: 'text' },
    nNumber: { N: 12 },
    nString: { N: '-3.25' },
    b: { B: bytes('hi') },
    yes: { BOOL: true },
    no: { BOOL: false },
    nothing: { NULL: null },
    alsoNothing: { NULL: true },
    list: { L: [{ S: 'a' }, { N: 1 }, { L: [{ BOOL: false }] }, { M: { x: { NULL: true } } }] },
    map: { M: { nested: { M: { deep: { S: 'yes' } } }, count: { N: 0 } } },
    ss: { SS: ['red'] },
    ns: { NS: [7] },
    bs: { BS: [bytes('x')] },
  };
  const plain = {
    id: 't1',
    s: 'text',
    nNumber: 12,
    nString: -3.25,
    b: bytes('hi'),
    yes: true,
    no: false,
    nothing: null,
    alsoNothing: null,
    list: ['a', 1, [false], { x: null }],
    map: { nested: { deep: 'yes' }, count: 0 },
    ss: ['red'],
    ns: [7],
    bs: [bytes('x')],
  };

  it('every kind is sent to DynamoDB as its SDK form (N as string, B as bytes, NULL as true)', async () => {
    expect(await ds.invoke({ operation: 'PutItem', key: { id: { S: 't1' } }, attributeValues }, caller)).toEqual({
      result: plain,
    });
    const stored = (await ddb.client.send(new GetItemCommand({ TableName: table, Key: { id: { S: 't1' } } }))).Item!;
    expect(stored['nNumber']).toEqual({ N: '12' });
    expect(stored['nothing']).toEqual({ NULL: true });
    expect(Buffer.from(stored['b']!.B!).toString()).toBe('hi');
    expect(stored['ns']).toEqual({ NS: ['7'] });
    expect(Buffer.from(stored['bs']!.BS![0]!).toString()).toBe('x');
  });

  it('every kind comes back as plain JSON from GetItem', async () => {
    expect(await ds.invoke({ operation: 'GetItem', key: { id: { S: 't1' } } }, caller)).toEqual({ result: plain });
  });

  it('multi-element sets come back with the same members', async () => {
    await ds.invoke(
      {
        operation: 'PutItem',
        key: { id: { S: 't2' } },
        attributeValues: {
          ss: { SS: ['b', 'a', 'c'] },
          ns: { NS: [3, '1', 2.5] },
          bs: { BS: [bytes('1'), bytes('2')] },
        },
      },
      caller,
    );
    const result = (await ds.invoke({ operation: 'GetItem', key: { id: { S: 't2' } } }, caller)).result as Record<
      string,
      unknown[]
    >;
    expect([...result['ss']!].sort()).toEqual(['a', 'b', 'c']);
    expect([...(result['ns'] as number[])].sort()).toEqual([1, 2.5, 3]);
    expect([...result['bs']!].sort()).toEqual([bytes('1'), bytes('2')]);
  });

  it.each([
    [
      { X: 'what' },
      `Expected a DynamoDB typed value such as {"S": "text"} or {"N": 1} at 'attributeValues.v', got {"X":"what"}.`,
    ],
    [
      { S: 'a', N: 1 },
      `Expected a DynamoDB typed value such as {"S": "text"} or {"N": 1} at 'attributeValues.v', got {"S":"a","N":1}.`,
    ],
    [{ N: true }, "Expected a number or numeric string at 'attributeValues.v.N', got a boolean."],
    [{ SS: 'red' }, 'Expected an array at \'attributeValues.v.SS\', got the string "red".'],
    [{ L: [{ S: 1 }] }, "Expected a string at 'attributeValues.v.L[0].S', got a number."],
  ])('an invalid typed value %j is refused with its path', async (v, message) => {
    const outcome = await ds.invoke(
      { operation: 'PutItem', key: { id: { S: 'bad' } }, attributeValues: { v } },
      caller,
    );
    expect(outcome).toEqual({ error: { type: 'MappingTemplate', message } });
  });

  it('canonical numbers make 1, 1.0, 01 and 1e0 equal, and keep 10 and 1 apart', () => {
    expect(new Set(['1', '1.0', '01', '1e0', '0.1e1']).size).toBe(5);
    expect(new Set(['1', '1.0', '01', '1e0', '0.1e1'].map(canonicalNumber))).toEqual(new Set(['1e0']));
    expect(canonicalNumber('10')).not.toBe(canonicalNumber('1'));
    expect(canonicalNumber('-0.00')).toBe('0');
    expect(canonicalNumber('-12.50')).toBe('-125e-1');
  });
});
