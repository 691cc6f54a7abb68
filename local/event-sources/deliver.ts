// Hands one batch of stream records to the function as Lambda's DynamoDB event source mapping does
// (Lambda developer guide, "Error handling for DynamoDB event sources"): a function error or the
// records it reports failed (ReportBatchItemFailures) are retried — from the first reported record,
// split in two when BisectBatchOnFunctionError is on — until MaximumRetryAttempts is spent; then
// the batch's description goes to the on-failure destination and the stream moves on.
// UNVERIFIED against AWS: retries here share one attempt counter per polled batch, halves included.
import type { StreamMapping } from './mappings.ts';

export interface StreamRecordForLambda {
  eventID?: string;
  eventName?: string;
  dynamodb?: { SequenceNumber?: string; ApproximateCreationDateTime?: number };
}

export type FunctionAnswer =
  { result: unknown; error?: undefined } | { error: { errorType: string; errorMessage: string } };

/** What Lambda writes to an on-failure destination for a stream batch (its "invocation record"). */
export interface FailedBatchRecord {
  requestContext: { condition: 'RetryAttemptsExhausted'; approximateInvokeCount: number; functionArn: string };
  responseContext: { functionError: string };
  version: '1.0';
  timestamp: string;
  DDBStreamBatchInfo: {
    shardId: string;
    startSequenceNumber: string;
    endSequenceNumber: string;
    batchSize: number;
    streamArn: string;
  };
}

export interface DeliveryDeps {
  invoke(event: { Records: StreamRecordForLambda[] }): Promise<FunctionAnswer>;
  deadLetter(record: FailedBatchRecord): Promise<void>;
  functionArn: string;
  streamArn: string;
  shardId: string;
  log(line: string): void;
  /** pause between retries (ms); Lambda backs off too */
  backoffMs?: (attempt: number) => number;
}

const seqOf = (r: StreamRecordForLambda): string => r.dynamodb?.SequenceNumber ?? '';

/** The records to retry after one invocation: none on success, the whole batch on a function error. */
function remaining(records: StreamRecordForLambda[], answer: FunctionAnswer, reportsFailures: boolean) {
  if (answer.error) return { retry: records, why: `${answer.error.errorType}: ${answer.error.errorMessage}` };
  const failures = (answer.result as { batchItemFailures?: Array<{ itemIdentifier?: unknown }> } | null)
    ?.batchItemFailures;
  if (!reportsFailures || !Array.isArray(failures) || failures.length === 0) return { retry: [], why: '' };
  const indexes = failures.map((f) => records.findIndex((r) => seqOf(r) === f.itemIdentifier && seqOf(r) !== ''));
  // An identifier that names no record of the batch makes the whole batch a failure.
  const first = indexes.includes(-1) ? 0 : Math.min(...indexes);
  return { retry: records.slice(first), why: `the function reported ${failures.length} failed record(s)` };
}

export async function deliverBatch(mapping: StreamMapping, records: StreamRecordForLambda[], deps: DeliveryDeps) {
  const backoff = deps.backoffMs ?? ((n: number) => Math.min(2000, 100 * 2 ** n));
  const pending: StreamRecordForLambda[][] = [records];
  let attempts = 0;
  let invocations = 0;
  for (let batch = pending.shift(); batch; batch = pending.shift()) {
    invocations += 1;
    const { retry, why } = remaining(batch, await deps.invoke({ Records: batch }), mapping.reportBatchItemFailures);
    if (retry.length === 0) continue;
    attempts += 1;
    const exhausted = mapping.maximumRetryAttempts >= 0 && attempts > mapping.maximumRetryAttempts;
    if (exhausted) {
      deps.log(`${mapping.logicalId}: gave up on ${retry.length} record(s) after ${attempts} attempts (${why})`);
      await deps.deadLetter(failedBatch(deps, retry, invocations, why));
      continue;
    }
    await new Promise((resolve) => setTimeout(resolve, backoff(attempts)));
    const half = Math.ceil(retry.length / 2);
    const split = mapping.bisectBatchOnFunctionError && retry.length > 1;
    pending.unshift(...(split ? [retry.slice(0, half), retry.slice(half)] : [retry]));
  }
}

function failedBatch(deps: DeliveryDeps, records: StreamRecordForLambda[], invocations: number, why: string) {
  return {
    requestContext: {
      condition: 'RetryAttemptsExhausted',
      approximateInvokeCount: invocations,
      functionArn: deps.functionArn,
    },
    responseContext: { functionError: why },
    version: '1.0',
    timestamp: new Date().toISOString(),
    DDBStreamBatchInfo: {
      shardId: deps.shardId,
      startSequenceNumber: seqOf(records[0] ?? {}),
      endSequenceNumber: seqOf(records[records.length - 1] ?? {}),
      batchSize: records.length,
      streamArn: deps.streamArn,
    },
  } satisfies FailedBatchRecord;
}
