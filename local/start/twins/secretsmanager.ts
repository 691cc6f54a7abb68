// The Secrets Manager twin (local/secretsmanager): the template's secrets with their first values,
// kept under .data/, behind a SigV4-checked endpoint that the functions reach through
// AWS_ENDPOINT_URL_SECRETS_MANAGER. `Ref` of a secret is its ARN, as in the cloud.
import {
  secretDeclarations,
  startSecretsManager,
  type RunningSecretsManager,
  type StoredSecret,
} from '../../secretsmanager/index.ts';
import { createResolver, resourcesOfType } from '../../stack/index.ts';
import { defineTwin, type TwinContext } from './twin.ts';

function declarations(ctx: TwinContext) {
  const { artifact, region, accountId, parameters } = ctx;
  const resolve = createResolver(artifact.template, {
    refs: ctx.upstream.refs,
    attributes: ctx.upstream.attributes,
    parameters,
    region,
    accountId,
    stackName: artifact.stackName,
  });
  return secretDeclarations(artifact.template, resolve);
}

export const secretsManagerTwin = defineTwin<RunningSecretsManager, Map<string, StoredSecret>>({
  name: 'SecretsManager',
  needed: (artifact) => resourcesOfType(artifact.template, 'AWS::SecretsManager::Secret').length > 0,
  start: (ctx) =>
    startSecretsManager({
      dataDir: ctx.dataDir,
      region: ctx.region,
      accountId: ctx.accountId,
      keys: [ctx.secrets.iam],
    }),
  provision: (ctx, engine) => engine.provision(declarations(ctx), ctx.artifact.stackName),
  outputs: (_ctx, engine, secrets) => ({
    refs: Object.fromEntries([...secrets].map(([id, s]) => [id, s.arn])),
    endpoints: { secretsmanager: engine.url },
    sdkEnvironment: { AWS_ENDPOINT_URL_SECRETS_MANAGER: engine.url },
    where: [`Secrets Manager (local)  ${engine.url}  ${[...secrets.values()].map((s) => s.name).join(', ')}`],
  }),
  stop: (engine) => engine.stop(),
});
