// One line per GraphQL operation, like AppSync's request logs: what ran, for whom, how long, which
// data-source calls it made and the DynamoDB capacity they consumed (what the operation would cost
// on AWS); --verbose adds resolver console output, each call with its units, and evaluated requests.
import type { DataSourceCall } from '../../runtime/index.ts';
import type { OperationOutcome } from '../graphql/execute-operation.ts';

export type LogSink = (line: string) => void;

export interface RequestLogEntry {
  status: number;
  mode: string;
  durationMs: number;
  outcome?: OperationOutcome;
  note?: string;
}

const ms = (n: number) => `${n.toFixed(1)} ms`;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
// Units come in halves (eventually consistent reads); two decimals hide float noise from sums.
const units = (n: number) => String(Math.round(n * 100) / 100);

/** "4.5 RCU 13 WCU" (RCU/WCU: read/write capacity units, see datasources/dynamodb/capacity.ts), or ''. */
export function capacityText(calls: readonly Pick<DataSourceCall, 'capacity'>[]): string {
  const metered = calls.filter((c) => c.capacity);
  if (metered.length === 0) return '';
  const read = metered.reduce((sum, c) => sum + c.capacity!.readUnits, 0);
  const write = metered.reduce((sum, c) => sum + c.capacity!.writeUnits, 0);
  return `${units(read)} RCU ${units(write)} WCU`;
}

function callName(call: DataSourceCall): string {
  return `${call.dataSource}:${(call.request as { operation?: string } | null)?.operation ?? call.type}`;
}

function callsText(calls: readonly DataSourceCall[]): string {
  if (calls.length === 0) return '';
  const each = calls.map((c) => `${callName(c)} ${ms(c.durationMs)}${c.errorType ? ` ${c.errorType}` : ''}`);
  const capacity = capacityText(calls);
  return ` — ${plural(calls.length, 'data-source call')}: ${each.join(', ')}${capacity ? `; ${capacity}` : ''}`;
}

function verboseLines(state: NonNullable<OperationOutcome['state']>): string[] {
  const lines = state.logs.map((line) => `    console: ${line}`);
  for (const c of state.calls) {
    const tail = [c.errorType, capacityText([c])].filter(Boolean).join(' ');
    lines.push(`    call ${callName(c)} (${ms(c.durationMs)})${tail ? ` ${tail}` : ''}`);
  }
  for (const e of state.evaluations)
    lines.push(`    ${e.step} ${e.handler} (${ms(e.durationMs)}) → ${JSON.stringify(e.result)?.slice(0, 2000)}`);
  return lines;
}

export function formatRequestLog(entry: RequestLogEntry, verbose: boolean): string[] {
  const { outcome } = entry;
  const what = outcome?.operationType
    ? `${outcome.operationType} ${outcome.operationName ?? '(anonymous)'}`
    : (entry.note ?? 'request');
  const state = outcome?.state;
  const errors = outcome?.body.errors?.length ?? 0;
  const errorText = errors ? ` ${plural(errors, 'error')}` : '';
  const when = new Date().toISOString();
  const head = `${when} POST /graphql ${what} [${entry.mode}] ${entry.status} ${ms(entry.durationMs)}`;
  const lines = [`${head}${errorText}${callsText(state?.calls ?? [])}`];
  if (verbose && state) lines.push(...verboseLines(state));
  return lines;
}
