// The template's Lambda function URLs, each an HTTP listener on loopback in front of the Lambda twin's
// warm runner (local/event-sources): Fn::GetAtt <Url>.FunctionUrl is that listener's address, so a
// webhook sender (the Stripe twin) is pointed at it exactly as Stripe is pointed at the cloud URL.
import { functionUrls, startFunctionUrl, type RunningFunctionUrl } from '../../event-sources/index.ts';
import { defineTwin, type TwinContext } from './twin.ts';

async function start(ctx: TwinContext): Promise<RunningFunctionUrl[]> {
  const started: RunningFunctionUrl[] = [];
  for (const config of functionUrls(ctx.artifact.template)) {
    const arn = ctx.upstream.attributes[`${config.functionLogicalId}.Arn`];
    const runner = arn ? ctx.upstream.api.lambdas?.get(arn) : undefined;
    if (!runner) throw new Error(`Function URL ${config.logicalId}: no local function ${config.functionLogicalId}`);
    started.push(
      await startFunctionUrl({
        config,
        invoke: (event) => runner.invoke(event),
        accountId: ctx.accountId,
        log: ctx.log,
      }),
    );
  }
  return started;
}

export const functionUrlsTwin = defineTwin<RunningFunctionUrl[], void>({
  name: 'FunctionUrls',
  needs: ['Lambda'],
  needed: (artifact) => functionUrls(artifact.template).length > 0,
  start,
  provision: async () => undefined,
  outputs: (_ctx, running) => ({
    attributes: Object.fromEntries(running.map((u) => [`${u.config.logicalId}.FunctionUrl`, u.url])),
    where: running.map((u) => `Function URL    ${u.url} → ${u.config.functionLogicalId}`),
  }),
  stop: async (running) => void (await Promise.all(running.map((u) => u.stop()))),
});
