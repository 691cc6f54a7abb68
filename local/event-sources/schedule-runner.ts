// Runs the template's schedule rules: one timer per rule, re-armed after each firing; a target whose
// function fails is invoked again one and two minutes later, as Lambda retries an asynchronous
// invocation. `fire` runs a rule at once (what `aws events put-events`-style tests and the CLI use).
import type { Template } from '../stack/index.ts';
import { scheduledEvent, scheduleRules, type InvokeFunction, type ScheduleRule } from './schedules.ts';

export interface SchedulesOptions {
  template: Template;
  stackName: string;
  region: string;
  accountId: string;
  invoke: InvokeFunction;
  log(line: string): void;
  /** Lambda's asynchronous retry delays (default one and two minutes) */
  retryDelaysMs?: readonly number[];
}

export interface RunningSchedules {
  rules: ScheduleRule[];
  /** fires a rule now, by logical id; resolves when every target has answered (retries not awaited) */
  fire(logicalId: string): Promise<void>;
  stop(): Promise<void>;
}

const MAX_TIMER_MS = 2 ** 31 - 1;
const RETRIES_MS = [60_000, 120_000];

export function startSchedules(options: SchedulesOptions): RunningSchedules {
  const rules = scheduleRules(options.template, options.stackName);
  const timers = new Set<NodeJS.Timeout>();
  let stopped = false;
  const later = (ms: number, run: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (!stopped) run();
    }, ms);
    timer.unref();
    timers.add(timer);
  };

  const invokeTarget = async (rule: ScheduleRule, functionLogicalId: string, event: unknown, attempt: number) => {
    const answer = await options.invoke(functionLogicalId, event).catch((err: unknown) => ({
      error: { errorType: 'Error', errorMessage: String(err) },
    }));
    if (!answer.error) return;
    const delays = options.retryDelaysMs ?? RETRIES_MS;
    const retryIn = delays[attempt];
    const what = `${answer.error.errorType}: ${answer.error.errorMessage}`;
    options.log(
      `schedule ${rule.logicalId} → ${functionLogicalId} failed (${what}); ` +
        (retryIn === undefined ? 'no retries left, the event is dropped' : `retry in ${retryIn / 1000} s`),
    );
    if (retryIn !== undefined) later(retryIn, () => void invokeTarget(rule, functionLogicalId, event, attempt + 1));
  };

  const fire = async (rule: ScheduleRule, at: Date) => {
    const event = scheduledEvent(rule, at, options.region, options.accountId);
    await Promise.all(
      rule.targets.map((t) => invokeTarget(rule, t.functionLogicalId, t.input === undefined ? event : t.input, 0)),
    );
  };

  const arm = (rule: ScheduleRule, from: Date) => {
    const at = rule.next(from);
    if (!at) return;
    const wait = at.getTime() - Date.now();
    if (wait > MAX_TIMER_MS) return later(MAX_TIMER_MS, () => arm(rule, from));
    later(Math.max(0, wait), () => {
      arm(rule, at);
      void fire(rule, at);
    });
  };

  const started = new Date();
  for (const rule of rules) arm(rule, started);
  return {
    rules,
    async fire(logicalId) {
      const rule = rules.find((r) => r.logicalId === logicalId);
      if (!rule) throw new Error(`no schedule rule ${logicalId} in the template`);
      await fire(rule, new Date());
    },
    async stop() {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    },
  };
}
