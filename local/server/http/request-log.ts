// One line per GraphQL operation, like AppSync's request logs: what ran, for whom, how long, and
// which data-source calls it made; --verbose adds resolver console output and evaluated requests.
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

export function formatRequestLog(entry: RequestLogEntry, verbose: boolean): string[] {
  const { outcome } = entry;
  const what = outcome?.operationType
    ? `${outcome.operationType} ${outcome.operationName ?? '(anonymous)'}`
    : (entry.note ?? 'request');
  const state = outcome?.state;
  const errors = outcome?.body.errors?.length ?? 0;
  const calls = state?.calls ?? [];
  const describeCall = (c: (typeof calls)[number]) => {
    const operation = (c.request as { operation?: string } | null)?.operation ?? c.type;
    return `${c.dataSource}:${operation} ${ms(c.durationMs)}${c.errorType ? ` ${c.errorType}` : ''}`;
  };
  const callText =
    calls.length === 0
      ? ''
      : ` — ${calls.length} data-source call${calls.length === 1 ? '' : 's'}: ${calls.map(describeCall).join(', ')}`;
  const lines = [
    `${new Date().toISOString()} POST /graphql ${what} [${entry.mode}] ${entry.status} ${ms(entry.durationMs)}` +
      `${errors ? ` ${errors} error${errors === 1 ? '' : 's'}` : ''}${callText}`,
  ];
  if (verbose && state) {
    for (const line of state.logs) lines.push(`    console: ${line}`);
    for (const e of state.evaluations)
      lines.push(`    ${e.step} ${e.handler} (${ms(e.durationMs)}) → ${JSON.stringify(e.result)?.slice(0, 2000)}`);
  }
  return lines;
}
