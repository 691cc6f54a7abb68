// The template's DynamoDB stream event source mappings (AWS::Lambda::EventSourceMapping), read
// structurally: which table's stream feeds which function, with the batching, retry and failure
// settings Lambda would apply (Lambda API reference, CreateEventSourceMapping).
import { resourcesOfType, type Template, type TemplateJson } from '../stack/index.ts';
import { compileFilters, type RecordFilter } from './filter-pattern.ts';

export interface StreamMapping {
  logicalId: string;
  functionLogicalId: string;
  tableLogicalId: string;
  startingPosition: 'LATEST' | 'TRIM_HORIZON';
  batchSize: number;
  /** -1: retry until the record expires from the stream (Lambda's default) */
  maximumRetryAttempts: number;
  bisectBatchOnFunctionError: boolean;
  reportBatchItemFailures: boolean;
  filter: RecordFilter;
  /** logical id of the on-failure destination (an SQS queue or SNS topic) */
  onFailureLogicalId?: string;
}

type Json = TemplateJson;

function logicalIdOf(value: unknown, attribute?: string): string | undefined {
  const v = value as Json | undefined;
  if (!attribute && typeof v?.Ref === 'string') return v.Ref;
  const getAtt = v?.['Fn::GetAtt'] as [string, string] | undefined;
  return getAtt && (!attribute || getAtt[1] === attribute) ? getAtt[0] : undefined;
}

function readMapping(logicalId: string, p: Json): StreamMapping | string {
  const tableLogicalId = logicalIdOf(p.EventSourceArn, 'StreamArn');
  if (!tableLogicalId) return `${logicalId}: only DynamoDB stream sources of this stack are emulated`;
  const functionLogicalId = logicalIdOf(p.FunctionName);
  if (!functionLogicalId) return `${logicalId}: FunctionName must Ref a function of this stack`;
  const position = p.StartingPosition ?? 'LATEST';
  if (position !== 'LATEST' && position !== 'TRIM_HORIZON') return `${logicalId}: StartingPosition ${position}`;
  if ((p.ParallelizationFactor ?? 1) !== 1) return `${logicalId}: ParallelizationFactor above 1 is not emulated`;
  const filter = compileFilters((p.FilterCriteria?.Filters ?? []).map((f: Json) => String(f.Pattern)));
  if (typeof filter === 'string') return `${logicalId}: ${filter}`;
  const onFailure = logicalIdOf(p.DestinationConfig?.OnFailure?.Destination, 'Arn');
  return {
    logicalId,
    functionLogicalId,
    tableLogicalId,
    startingPosition: position,
    batchSize: Number(p.BatchSize ?? 100),
    maximumRetryAttempts: Number(p.MaximumRetryAttempts ?? -1),
    bisectBatchOnFunctionError: p.BisectBatchOnFunctionError === true,
    reportBatchItemFailures: ((p.FunctionResponseTypes ?? []) as string[]).includes('ReportBatchItemFailures'),
    filter,
    ...(onFailure ? { onFailureLogicalId: onFailure } : {}),
  };
}

/** Every stream mapping of the template; a setting the emulation cannot honour is an error, not a guess. */
export function streamMappings(template: Template): StreamMapping[] {
  return resourcesOfType(template, 'AWS::Lambda::EventSourceMapping').map(([id, resource]) => {
    const mapping = readMapping(id, resource.Properties ?? {});
    if (typeof mapping === 'string') throw new Error(`Event source mapping ${mapping}`);
    return mapping;
  });
}
