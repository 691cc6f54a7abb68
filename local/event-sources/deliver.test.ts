// Retries as Lambda's stream mappings do them: whole batch on a function error, from the first
// reported record with ReportBatchItemFailures, halves with bisection, then the failure destination.
import { describe, expect, it } from 'vitest';
import { deliverBatch, type FailedBatchRecord, type FunctionAnswer, type StreamRecordForLambda } from './deliver.ts';
import type { StreamMapping } from './mappings.ts';

const mapping = (over: Partial<StreamMapping> = {}): StreamMapping => ({
  logicalId: 'Mapping',
  functionLogicalId: 'Fn',
  tableLogicalId: 'Table',
  startingPosition: 'LATEST',
  batchSize: 10,
  maximumRetryAttempts: 2,
  bisectBatchOnFunctionError: false,
  reportBatchItemFailures: true,
  filter: () => true,
  onFailureLogicalId: 'Dlq',
  ...over,
});

const records = (...seqs: string[]): StreamRecordForLambda[] => seqs.map((s) => ({ dynamodb: { SequenceNumber: s } }));

function harness(answer: (seqs: string[]) => FunctionAnswer) {
  const calls: string[][] = [];
  const dead: FailedBatchRecord[] = [];
  const deps = {
    invoke: async (event: { Records: StreamRecordForLambda[] }) => {
      const seqs = event.Records.map((r) => r.dynamodb?.SequenceNumber as string);
      calls.push(seqs);
      return answer(seqs);
    },
    deadLetter: async (r: FailedBatchRecord) => void dead.push(r),
    functionArn: 'arn:fn',
    streamArn: 'arn:stream',
    shardId: 'shard-1',
    log: () => undefined,
    backoffMs: () => 0,
  };
  return { calls, dead, deps };
}

const ok: FunctionAnswer = { result: { batchItemFailures: [] } };
const crash: FunctionAnswer = { error: { errorType: 'Error', errorMessage: 'boom' } };

describe('deliverBatch', () => {
  it('delivers a batch once when the function succeeds', async () => {
    const h = harness(() => ok);
    await deliverBatch(mapping(), records('1', '2'), h.deps);
    expect(h.calls).toEqual([['1', '2']]);
  });

  it('retries from the first reported record only', async () => {
    let first = true;
    const h = harness(() => {
      const answer = first ? { result: { batchItemFailures: [{ itemIdentifier: '3' }, { itemIdentifier: '4' }] } } : ok;
      first = false;
      return answer;
    });
    await deliverBatch(mapping(), records('1', '2', '3', '4'), h.deps);
    expect(h.calls).toEqual([
      ['1', '2', '3', '4'],
      ['3', '4'],
    ]);
  });

  it('treats an identifier naming no record as a whole-batch failure', async () => {
    let first = true;
    const h = harness(() => {
      const answer = first ? { result: { batchItemFailures: [{ itemIdentifier: '' }] } } : ok;
      first = false;
      return answer;
    });
    await deliverBatch(mapping(), records('1', '2'), h.deps);
    expect(h.calls).toEqual([
      ['1', '2'],
      ['1', '2'],
    ]);
  });

  it('splits a failing batch in two with bisection, isolating the bad record', async () => {
    const h = harness((seqs) => (seqs.includes('3') ? crash : ok));
    await deliverBatch(
      mapping({ bisectBatchOnFunctionError: true, maximumRetryAttempts: 3 }),
      records('1', '2', '3', '4'),
      h.deps,
    );
    // Stream order holds: the bad record is retried (and given up on) before the one after it.
    expect(h.calls).toEqual([['1', '2', '3', '4'], ['1', '2'], ['3', '4'], ['3'], ['3'], ['4']]);
    expect(h.dead).toHaveLength(1);
    expect(h.dead[0]?.DDBStreamBatchInfo).toMatchObject({
      startSequenceNumber: '3',
      endSequenceNumber: '3',
      batchSize: 1,
    });
  });

  it('sends the batch to the failure destination after MaximumRetryAttempts, with what Lambda records', async () => {
    const h = harness(() => crash);
    await deliverBatch(mapping({ maximumRetryAttempts: 2 }), records('7', '8'), h.deps);
    expect(h.calls).toHaveLength(3);
    expect(h.dead).toEqual([
      {
        requestContext: { condition: 'RetryAttemptsExhausted', approximateInvokeCount: 3, functionArn: 'arn:fn' },
        responseContext: { functionError: 'Error: boom' },
        version: '1.0',
        timestamp: expect.any(String),
        DDBStreamBatchInfo: {
          shardId: 'shard-1',
          startSequenceNumber: '7',
          endSequenceNumber: '8',
          batchSize: 2,
          streamArn: 'arn:stream',
        },
      },
    ]);
  });
});
