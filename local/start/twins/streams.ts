// The template's DynamoDB stream event source mappings, run on DynamoDB Local's stream against the
// Lambda twin's warm runners (local/event-sources). Checkpoints and dead letters live in this
// twin's data folder, so a restart resumes where the last run stopped.
import { startStreamMappings, streamMappings, type RunningStreamMappings } from '../../event-sources/index.ts';
import { LOCAL_CREDENTIALS } from '../../local-aws.ts';
import { defineTwin, type TwinContext } from './twin.ts';

function runnerOf(ctx: TwinContext, functionLogicalId: string) {
  const arn = ctx.upstream.attributes[`${functionLogicalId}.Arn`];
  const runner = arn ? ctx.upstream.api.lambdas?.get(arn) : undefined;
  if (!arn || !runner) throw new Error(`Stream mapping: no local function ${functionLogicalId}`);
  return { arn, runner };
}

async function start(ctx: TwinContext): Promise<RunningStreamMappings> {
  const endpoint = ctx.upstream.endpoints.dynamodb;
  if (!endpoint) throw new Error('Stream mappings need DynamoDB Local');
  return startStreamMappings({
    template: ctx.artifact.template,
    endpoint,
    region: ctx.region,
    credentials: LOCAL_CREDENTIALS,
    tableName: (id) => {
      const name = ctx.upstream.refs[id];
      if (!name) throw new Error(`Stream mapping: no local table ${id}`);
      return name;
    },
    functionArn: (id) => runnerOf(ctx, id).arn,
    invoke: (id, event) => runnerOf(ctx, id).runner.invoke(event),
    dataDir: ctx.dataDir,
    log: ctx.log,
  });
}

export const streamsTwin = defineTwin<RunningStreamMappings, void>({
  name: 'Streams',
  needs: ['DynamoDB', 'Lambda'],
  needed: (artifact) => streamMappings(artifact.template).length > 0,
  start,
  provision: async () => undefined,
  outputs: (_ctx, running) => ({
    where: running.mappings.map(
      (m) => `Stream mapping  ${m.tableLogicalId} stream → ${m.functionLogicalId} (batch ${m.batchSize})`,
    ),
  }),
  stop: (running) => running.stop(),
});
