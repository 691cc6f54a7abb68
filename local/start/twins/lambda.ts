// The template's Lambda functions, each a warm in-process runner with the template's environment
// resolved against the twins it needs (table names, endpoints) and the local AWS endpoints set.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { QUIET_SDK_ENVIRONMENT } from '../../local-aws.ts';
import { createLambdaRunner, type LambdaRunner } from '../../datasources/index.ts';
import { assetFile, resourcesOfType, type TemplateResource } from '../../stack/index.ts';
import { createResolver } from '../../stack/index.ts';
import { defineTwin, type TwinContext } from './twin.ts';

/** logical id → the function's name, ARN and warm runner */
type Functions = Map<string, { name: string; arn: string; runner: LambdaRunner }>;

const functionName = (ctx: TwinContext, id: string, fn: TemplateResource): string =>
  fn.Properties?.FunctionName ?? `${ctx.artifact.stackName}-${id}`;
const functionArn = (ctx: TwinContext, name: string) =>
  `arn:aws:lambda:${ctx.region}:${ctx.accountId}:function:${name}`;

function runnerFor(ctx: TwinContext, id: string, fn: TemplateResource, resolve: ReturnType<typeof createResolver>) {
  const p = fn.Properties ?? {};
  const name = functionName(ctx, id, fn);
  const dir = assetFile(ctx.artifact, fn);
  if (!dir) throw new Error(`Lambda ${id}: no bundled code asset in cdk.out`);
  const [module, exportName] = String(p.Handler ?? 'index.handler').split('.') as [string, string];
  const environment = {
    // the functions' SDK clients would warn about this machine's Node on every cold start
    ...QUIET_SDK_ENVIRONMENT,
    ...ctx.upstream.sdkEnvironment,
    // Locally every function signs as the one IAM identity the API accepts (IAM policies are not
    // emulated); its other SDK clients reach the twins, which take any key.
    AWS_ACCESS_KEY_ID: ctx.secrets.iam.accessKeyId,
    AWS_SECRET_ACCESS_KEY: ctx.secrets.iam.secretAccessKey,
    AWS_REGION: ctx.region,
    AWS_LAMBDA_FUNCTION_NAME: name,
    ...resolve(p.Environment?.Variables ?? {}),
  };
  const candidates = ['.js', '.mjs', '.cjs'].map((ext) => join(dir, `${module}${ext}`));
  const file = candidates.find((f) => existsSync(f)) ?? join(dir, `${module}.js`);
  const timeoutMs = Number(p.Timeout ?? 3) * 1000;
  const memoryMb = Number(p.MemorySize ?? 128);
  const runner = createLambdaRunner({ functionName: name, file, exportName, environment, timeoutMs, memoryMb });
  return { name, runner };
}

async function start(ctx: TwinContext): Promise<Functions> {
  const { region, accountId, artifact } = ctx;
  const all = resourcesOfType(ctx.artifact.template, 'AWS::Lambda::Function');
  // A function's environment may name another function (CDK's custom-resource provider names its handler).
  const names = all.map(([id, fn]) => [id, functionName(ctx, id, fn)] as const);
  const refs = { ...ctx.upstream.refs, ...Object.fromEntries(names) };
  const arns = names.map(([id, name]) => [`${id}.Arn`, functionArn(ctx, name)] as const);
  const attributes = { ...ctx.upstream.attributes, ...Object.fromEntries(arns) };
  const resolve = createResolver(artifact.template, {
    refs,
    attributes,
    parameters: ctx.parameters,
    region,
    accountId,
    stackName: artifact.stackName,
    plainHttpHosts: ctx.upstream.plainHttpHosts,
  });
  const functions: Functions = new Map();
  for (const [id, fn] of all) {
    const { name, runner } = runnerFor(ctx, id, fn, resolve);
    functions.set(id, { name, arn: functionArn(ctx, name), runner });
  }
  return functions;
}

export const lambdaTwin = defineTwin<Functions, void>({
  name: 'Lambda',
  // functions' environments may name any engine's resources and endpoints (a twin the template lacks is skipped)
  needs: ['DynamoDB', 'Search', 'Cognito', 'S3', 'SecretsManager', 'Stripe'],
  needed: (artifact) => resourcesOfType(artifact.template, 'AWS::Lambda::Function').length > 0,
  start,
  provision: async () => undefined,
  outputs(_ctx, functions) {
    const all = [...functions];
    return {
      refs: Object.fromEntries(all.map(([id, f]) => [id, f.name])),
      attributes: Object.fromEntries(all.map(([id, f]) => [`${id}.Arn`, f.arn])),
      where: [`Lambda (in process)  ${all.map(([, f]) => f.name).join(', ')}`],
      api: { lambdas: new Map(all.map(([, f]) => [f.arn, f.runner])) },
    };
  },
  stop: async (functions) => void (await Promise.all([...functions.values()].map((f) => f.runner.stop()))),
});
