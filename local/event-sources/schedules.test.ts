// Schedule rules read from a template and fired on their expressions; time is the one thing faked here.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Template } from '../stack/index.ts';
import { startSchedules } from './schedule-runner.ts';
import { scheduleRules } from './schedules.ts';

const fn = (id: string) => ({ 'Fn::GetAtt': [id, 'Arn'] });
const template = (rules: Record<string, object>): Template => ({
  Resources: Object.fromEntries(
    Object.entries(rules).map(([id, Properties]) => [id, { Type: 'AWS::Events::Rule', Properties }]),
  ),
});

afterEach(() => void vi.useRealTimers());

describe('scheduleRules', () => {
  it('reads rate and cron rules that target the stack’s functions; disabled rules are not run', () => {
    const rules = scheduleRules(
      template({
        Expiry: { ScheduleExpression: 'rate(1 minute)', Targets: [{ Arn: fn('ExpireOrders'), Id: 't' }] },
        Renewal: {
          ScheduleExpression: 'cron(15 3 * * ? *)',
          Name: 'renew-key',
          Targets: [{ Arn: fn('RenewKey'), Id: 't', Input: '{"keyId":"k1"}' }],
        },
        Off: { ScheduleExpression: 'rate(1 day)', State: 'DISABLED', Targets: [{ Arn: fn('X'), Id: 't' }] },
        NotASchedule: { EventPattern: { source: ['aws.s3'] }, Targets: [{ Arn: fn('X'), Id: 't' }] },
      }),
      'ShopStack',
    );
    expect(rules.map((r) => [r.logicalId, r.name, r.targets])).toEqual([
      ['Expiry', 'ShopStack-Expiry', [{ functionLogicalId: 'ExpireOrders' }]],
      ['Renewal', 'renew-key', [{ functionLogicalId: 'RenewKey', input: { keyId: 'k1' } }]],
    ]);
    const from = new Date('2026-12-07T10:00:30Z');
    expect(rules[0]!.next(from)).toEqual(new Date('2026-12-07T10:01:30Z'));
    expect(rules[1]!.next(from)).toEqual(new Date('2026-12-08T03:15:00Z'));
    expect(rules[1]!.next(new Date('2026-12-08T03:15:00Z'))).toEqual(new Date('2026-12-09T03:15:00Z'));
  });

  it('refuses what it cannot emulate, naming the rule', () => {
    const read = (p: object) => () => scheduleRules(template({ R: p }), 'S');
    expect(read({ ScheduleExpression: 'every minute', Targets: [] })).toThrow(/R: every minute: only rate/);
    expect(read({ ScheduleExpression: 'rate(1 day)', Targets: [{ Arn: 'arn:aws:sqs:…', Id: 'q' }] })).toThrow(
      /R: only targets that are this stack's functions/,
    );
  });
});

describe('startSchedules', () => {
  it('fires each rule on its expression with EventBridge’s Scheduled Event, and retries a failed target', async () => {
    vi.useFakeTimers({ now: new Date('2026-12-07T10:00:00Z') });
    const calls: Array<[string, any]> = [];
    let failures = 1;
    const running = startSchedules({
      template: template({
        Expiry: { ScheduleExpression: 'rate(2 minutes)', Targets: [{ Arn: fn('ExpireOrders'), Id: 't' }] },
      }),
      stackName: 'ShopStack',
      region: 'us-east-1',
      accountId: '000000000000',
      log: () => undefined,
      retryDelaysMs: [10_000],
      invoke: async (id, event) => {
        calls.push([id, event]);
        if (failures-- > 0) return { error: { errorType: 'Error', errorMessage: 'boom' } };
        return { result: null };
      },
    });
    await vi.advanceTimersByTimeAsync(119_000);
    expect(calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(calls).toHaveLength(1);
    expect(calls[0]![1]).toMatchObject({
      'detail-type': 'Scheduled Event',
      source: 'aws.events',
      time: '2026-12-07T10:02:00Z',
      resources: ['arn:aws:events:us-east-1:000000000000:rule/ShopStack-Expiry'],
      detail: {},
    });
    // the failed invocation is retried with the same event
    await vi.advanceTimersByTimeAsync(10_000);
    expect(calls).toHaveLength(2);
    expect(calls[1]![1].id).toBe(calls[0]![1].id);
    // and the rule fires again one period after the first firing
    await vi.advanceTimersByTimeAsync(110_000);
    expect(calls.map(([, e]) => e.time)).toEqual([
      '2026-12-07T10:02:00Z',
      '2026-12-07T10:02:00Z',
      '2026-12-07T10:04:00Z',
    ]);
    await running.fire('Expiry');
    expect(calls).toHaveLength(4);
    await running.stop();
    await vi.advanceTimersByTimeAsync(600_000);
    expect(calls).toHaveLength(4);
  });
});
