// The template's EventBridge schedule rules, fired on their expressions against the Lambda twin's warm
// runners (local/event-sources): the API key's renewal, an unpaid order's expiry.
import { scheduleRules, startSchedules, type RunningSchedules } from '../../event-sources/index.ts';
import { defineTwin, type TwinContext } from './twin.ts';

function start(ctx: TwinContext): Promise<RunningSchedules> {
  return Promise.resolve(
    startSchedules({
      template: ctx.artifact.template,
      stackName: ctx.artifact.stackName,
      region: ctx.region,
      accountId: ctx.accountId,
      log: ctx.log,
      invoke: (functionLogicalId, event) => {
        const arn = ctx.upstream.attributes[`${functionLogicalId}.Arn`];
        const runner = arn ? ctx.upstream.api.lambdas?.get(arn) : undefined;
        if (!runner) throw new Error(`Schedule: no local function ${functionLogicalId}`);
        return runner.invoke(event);
      },
    }),
  );
}

export const schedulesTwin = defineTwin<RunningSchedules, void>({
  name: 'Schedules',
  needs: ['Lambda'],
  needed: (artifact) => scheduleRules(artifact.template, artifact.stackName).length > 0,
  start,
  provision: async () => undefined,
  outputs: (_ctx, running) => ({
    fireSchedule: (ruleLogicalId) => running.fire(ruleLogicalId),
    where: running.rules.map((r) => `Schedule        ${r.logicalId} ${r.expression} → ${targetNames(r.targets)}`),
  }),
  stop: (running) => running.stop(),
});

/** The functions a rule invokes, by logical id. */
function targetNames(targets: Array<{ functionLogicalId: string }>): string {
  return targets.map((t) => t.functionLogicalId).join(', ');
}
