// EventBridge schedule rules (AWS::Events::Rule with a ScheduleExpression) that target this stack's
// functions, fired locally on the template's expression: rate(…) counts from when npm start created
// the rule, cron(…) follows AWS's six-field syntax in UTC (aws-cron-parser). Each target gets
// EventBridge's "Scheduled Event" (or the target's constant Input) as an asynchronous invocation,
// retried twice after a function error as Lambda does (one minute, then two).
// https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-scheduled-rule-pattern.html
// https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-error-handling.html
import { randomUUID } from 'node:crypto';
import awsCron from 'aws-cron-parser';
import { resourcesOfType, type Template, type TemplateJson } from '../stack/index.ts';
import type { FunctionAnswer } from './deliver.ts';

export interface ScheduleTarget {
  functionLogicalId: string;
  /** the target's constant Input (parsed JSON); the Scheduled Event when absent */
  input?: unknown;
}

export interface ScheduleRule {
  logicalId: string;
  name: string;
  expression: string;
  targets: ScheduleTarget[];
  /** the first firing after `from` (for rate(): one period after it) */
  next(from: Date): Date | undefined;
}

const UNITS: Record<string, number> = { minute: 60_000, hour: 3_600_000, day: 86_400_000 };
const RATE = /^rate\((\d+) (minute|minutes|hour|hours|day|days)\)$/;
const CRON = /^cron\((.+)\)$/;

function nextOf(expression: string): ScheduleRule['next'] | string {
  const rate = RATE.exec(expression);
  if (rate) {
    const periodMs = Number(rate[1]) * (UNITS[(rate[2] as string).replace(/s$/, '')] as number);
    if (periodMs <= 0) return `${expression}: the rate must be positive`;
    return (from) => new Date(from.getTime() + periodMs);
  }
  const cron = CRON.exec(expression);
  if (cron) {
    const parsed = awsCron.parse(cron[1] as string);
    // aws-cron-parser's next() is inclusive of `from` to the second; AWS fires once per matching minute
    return (from) => awsCron.next(parsed, new Date(from.getTime() + 1000)) ?? undefined;
  }
  return `${expression}: only rate(…) and cron(…) schedule expressions exist`;
}

function functionTarget(target: TemplateJson): string | undefined {
  const getAtt = target.Arn?.['Fn::GetAtt'] as [string, string] | undefined;
  return getAtt?.[1] === 'Arn' ? getAtt[0] : undefined;
}

function readRule(logicalId: string, p: TemplateJson, stackName: string): ScheduleRule | string | undefined {
  if (typeof p.ScheduleExpression !== 'string' || (p.State ?? 'ENABLED') !== 'ENABLED') return undefined;
  const next = nextOf(p.ScheduleExpression);
  if (typeof next === 'string') return `${logicalId}: ${next}`;
  const targets: ScheduleTarget[] = [];
  for (const target of (p.Targets ?? []) as TemplateJson[]) {
    const functionLogicalId = functionTarget(target);
    if (!functionLogicalId) return `${logicalId}: only targets that are this stack's functions are emulated`;
    if (target.InputPath || target.InputTransformer) return `${logicalId}: InputPath/InputTransformer not emulated`;
    const input = typeof target.Input === 'string' ? (JSON.parse(target.Input) as unknown) : undefined;
    targets.push(input === undefined ? { functionLogicalId } : { functionLogicalId, input });
  }
  const name = typeof p.Name === 'string' ? p.Name : `${stackName}-${logicalId}`;
  return { logicalId, name, expression: p.ScheduleExpression, targets, next };
}

/** Every enabled schedule rule of the template; one the emulation cannot honour is an error, not a guess. */
export function scheduleRules(template: Template, stackName: string): ScheduleRule[] {
  return resourcesOfType(template, 'AWS::Events::Rule').flatMap(([id, resource]) => {
    const rule = readRule(id, resource.Properties ?? {}, stackName);
    if (typeof rule === 'string') throw new Error(`Schedule rule ${rule}`);
    return rule ? [rule] : [];
  });
}

/** EventBridge's event for a scheduled rule. */
export function scheduledEvent(rule: ScheduleRule, at: Date, region: string, accountId: string) {
  return {
    version: '0',
    id: randomUUID(),
    'detail-type': 'Scheduled Event',
    source: 'aws.events',
    account: accountId,
    time: at.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    region,
    resources: [`arn:aws:events:${region}:${accountId}:rule/${rule.name}`],
    detail: {},
  };
}

export type InvokeFunction = (functionLogicalId: string, event: unknown) => Promise<FunctionAnswer>;
