// The request log line: data-source calls with their durations and the capacity units they consumed.
import { describe, expect, it } from 'vitest';
import type { DataSourceCall } from '../../runtime/index.ts';
import type { OperationOutcome } from '../graphql/execute-operation.ts';
import { capacityText, formatRequestLog } from './request-log.ts';

const call = (operation: string, durationMs: number, extra: Partial<DataSourceCall> = {}): DataSourceCall => ({
  dataSource: 'table',
  type: 'AMAZON_DYNAMODB',
  callerId: 'Mutation.checkout',
  durationMs,
  request: { operation },
  ...extra,
});

function outcome(calls: DataSourceCall[]): OperationOutcome {
  const state = { calls, logs: ['reserving stock'], evaluations: [] };
  return {
    body: { data: {} },
    operationType: 'mutation',
    operationName: 'Checkout',
    published: [],
    state: state as unknown as OperationOutcome['state'],
  };
}

describe('capacityText', () => {
  it('sums read and write units over the calls that report them', () => {
    const calls = [{ capacity: { readUnits: 1.5, writeUnits: 0 } }, {}, { capacity: { readUnits: 3, writeUnits: 13 } }];
    expect(capacityText(calls)).toBe('4.5 RCU 13 WCU');
  });

  it('rounds away float noise and is empty when no call reported units', () => {
    expect(capacityText([{ capacity: { readUnits: 0.1 + 0.2, writeUnits: 0 } }])).toBe('0.3 RCU 0 WCU');
    expect(capacityText([{}, {}])).toBe('');
  });
});

describe('formatRequestLog', () => {
  const calls = [
    call('BatchGetItem', 1.23, { capacity: { readUnits: 1.5, writeUnits: 0 } }),
    call('TransactWriteItems', 4.56, {
      errorType: 'DynamoDB:TransactionCanceledException',
      capacity: { readUnits: 0, writeUnits: 4 },
    }),
    { ...call('', 0.1), dataSource: 'none', type: 'NONE', request: {} },
  ];

  it('puts the operation’s capacity after its data-source calls', () => {
    const [line, ...rest] = formatRequestLog(
      { status: 200, mode: 'API_KEY', durationMs: 9.87, outcome: outcome(calls) },
      false,
    );
    expect(rest).toEqual([]);
    expect(line).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z /);
    expect(line?.slice(line.indexOf('Z ') + 2)).toBe(
      'POST /graphql mutation Checkout [API_KEY] 200 9.9 ms — 3 data-source calls: table:BatchGetItem 1.2 ms, ' +
        'table:TransactWriteItems 4.6 ms DynamoDB:TransactionCanceledException, none:NONE 0.1 ms; 1.5 RCU 4 WCU',
    );
  });

  it('leaves the capacity out when no call reported any', () => {
    const [line] = formatRequestLog(
      { status: 200, mode: 'API_KEY', durationMs: 1, outcome: outcome([call('Query', 2)]) },
      false,
    );
    expect(line).toMatch(/— 1 data-source call: table:Query 2\.0 ms$/);
  });

  it('lists each call with its own units under --verbose', () => {
    const lines = formatRequestLog({ status: 200, mode: 'API_KEY', durationMs: 9.87, outcome: outcome(calls) }, true);
    expect(lines.slice(1)).toEqual([
      '    console: reserving stock',
      '    call table:BatchGetItem (1.2 ms) 1.5 RCU 0 WCU',
      '    call table:TransactWriteItems (4.6 ms) DynamoDB:TransactionCanceledException 0 RCU 4 WCU',
      '    call none:NONE (0.1 ms)',
    ]);
  });
});
