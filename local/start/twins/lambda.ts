// The template's Lambda functions, each a warm in-process runner with the template's environment
// resolved against the other twins (table names, endpoints) and the local AWS endpoints set.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { assetFile, resourcesOfType } from '../../stack/cloud-assembly.ts';
import { createResolver } from '../../stack/intrinsics.ts';
import { createLambdaRunner, type LambdaRunner } from '../../datasources/lambda/index.ts';
import type { RunningTwin, Twin, TwinContext } from './twin.ts';

export interface LambdaTwin extends RunningTwin {
  /** function ARN → runner */
  runners: Map<string, LambdaRunner>;
}

export interface LambdaTwinContext extends TwinContext {
  refs: Record<string, string>;
  attributes: Record<string, string>;
  /** AWS SDK settings that point a function's clients at the local twins (AWS_ENDPOINT_URL_*) */
  awsEnvironment: Record<string, string>;
}

export const lambdaTwin: Twin<LambdaTwin> & { start(context: LambdaTwinContext): Promise<LambdaTwin> } = {
  name: 'Lambda',
  needed: (artifact) => resourcesOfType(artifact.template, 'AWS::Lambda::Function').length > 0,
  async start(ctx: LambdaTwinContext) {
    if (!ctx.refs) throw new Error('The Lambda twin starts after the others: it needs their refs');
    const resolve = createResolver(ctx.artifact.template, { refs: ctx.refs, attributes: ctx.attributes, parameters: {}, region: ctx.region, accountId: ctx.accountId, stackName: ctx.artifact.stackName });
    const runners = new Map<string, LambdaRunner>();
    const refs: Record<string, string> = {};
    const attributes: Record<string, string> = {};
    for (const [id, fn] of resourcesOfType(ctx.artifact.template, 'AWS::Lambda::Function')) {
      const p = fn.Properties ?? {};
      const name = p.FunctionName ?? `${ctx.artifact.stackName}-${id}`;
      const arn = `arn:aws:lambda:${ctx.region}:${ctx.accountId}:function:${name}`;
      const dir = assetFile(ctx.artifact, fn);
      if (!dir) throw new Error(`Lambda ${id}: no bundled code asset in cdk.out`);
      const [module, exportName] = String(p.Handler ?? 'index.handler').split('.') as [string, string];
      const environment = { ...ctx.awsEnvironment, AWS_REGION: ctx.region, AWS_LAMBDA_FUNCTION_NAME: name, ...resolve(p.Environment?.Variables ?? {}) };
      const file = ['.js', '.mjs', '.cjs'].map((ext) => join(dir, `${module}${ext}`)).find((f) => existsSync(f)) ?? join(dir, `${module}.js`);
      runners.set(arn, createLambdaRunner({ functionName: name, file, exportName, environment, timeoutMs: Number(p.Timeout ?? 3) * 1000, memoryMb: Number(p.MemorySize ?? 128) }));
      refs[id] = name;
      attributes[`${id}.Arn`] = arn;
    }
    return {
      name: 'Lambda',
      runners,
      refs,
      attributes,
      where: [`Lambda (in process)  ${[...runners.keys()].map((a) => a.split(':').pop()).join(', ')}`],
      async stop() {
        await Promise.all([...runners.values()].map((r) => r.stop()));
      },
    };
  },
};
