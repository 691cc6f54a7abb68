// The template's custom resources backed by CDK's provider framework (custom_resources.Provider), run as a deploy
// runs them: the framework's onEvent function names the user's handler (USER_ON_EVENT_FUNCTION_ARN), which the
// Lambda twin runs in process, with the resource's properties resolved against the twins. Create on the first
// start over a data directory, Update (with the old properties) on every later one, so a changed contract
// (the search index's mapping) is applied at `npm start` exactly as at `cdk deploy`. A failed handler stops
// npm start, as it would roll the deploy back. (CDK docs, custom_resources "Provider Framework": onEvent.)
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createResolver, type StackArtifact, type TemplateResource } from '../../stack/index.ts';
import { defineTwin, type TwinContext } from './twin.ts';

const STATE_FILE = 'custom-resources.json';
const CFN_CUSTOM = 'AWS::CloudFormation::CustomResource';

interface Handled {
  logicalId: string;
  type: string;
  /** the user's onEvent function, by logical id */
  functionId: string;
}

interface Outcome extends Handled {
  physicalResourceId: string;
  data: Record<string, string>;
  properties: Record<string, unknown>;
}

type State = Record<string, { physicalResourceId: string; properties: Record<string, unknown> }>;

/** The logical id a `{ "Fn::GetAtt": [id, "Arn"] }` names. */
const getAttTarget = (value: unknown): string | undefined => {
  const target = (value as { 'Fn::GetAtt'?: unknown } | undefined)?.['Fn::GetAtt'];
  return Array.isArray(target) ? String(target[0]) : undefined;
};

/** Custom resources whose ServiceToken is a provider framework naming a function of the template. */
export function providerBackedResources(artifact: StackArtifact): Handled[] {
  const resources = artifact.template.Resources ?? {};
  return Object.entries(resources).flatMap(([logicalId, resource]: [string, TemplateResource]) => {
    if (!resource.Type.startsWith('Custom::') && resource.Type !== CFN_CUSTOM) return [];
    const framework = resources[getAttTarget(resource.Properties?.ServiceToken) ?? ''];
    const userArn = framework?.Properties?.Environment?.Variables?.USER_ON_EVENT_FUNCTION_ARN;
    const functionId = getAttTarget(userArn);
    return functionId ? [{ logicalId, type: resource.Type, functionId }] : [];
  });
}

async function loadState(file: string): Promise<State> {
  return existsSync(file) ? (JSON.parse(await readFile(file, 'utf8')) as State) : {};
}

async function provision(ctx: TwinContext, handled: Handled[]): Promise<Outcome[]> {
  const file = join(ctx.dataDir, STATE_FILE);
  const state = await loadState(file);
  const resolve = createResolver(ctx.artifact.template, {
    refs: ctx.upstream.refs,
    attributes: ctx.upstream.attributes,
    parameters: ctx.parameters,
    region: ctx.region,
    accountId: ctx.accountId,
    stackName: ctx.artifact.stackName,
    plainHttpHosts: ctx.upstream.plainHttpHosts,
  });
  const outcomes: Outcome[] = [];
  for (const resource of handled) {
    const template = ctx.artifact.template.Resources[resource.logicalId] as TemplateResource;
    const properties = resolve(template.Properties ?? {}) as Record<string, unknown>;
    const arn = ctx.upstream.attributes[`${resource.functionId}.Arn`];
    const runner = arn ? ctx.upstream.api.lambdas?.get(arn) : undefined;
    if (!runner) throw new Error(`Custom resource ${resource.logicalId}: no local function ${resource.functionId}`);
    const previous = state[resource.logicalId];
    ctx.progress(`${resource.logicalId} (${resource.type}): ${previous ? 'Update' : 'Create'}`);
    const answer = await runner.invoke({
      RequestType: previous ? 'Update' : 'Create',
      ServiceToken: properties['ServiceToken'],
      StackId: `arn:aws:cloudformation:${ctx.region}:${ctx.accountId}:stack/${ctx.artifact.stackName}/local`,
      RequestId: `local-${Date.now()}`,
      LogicalResourceId: resource.logicalId,
      ResourceType: resource.type,
      ResourceProperties: properties,
      ...(previous
        ? { PhysicalResourceId: previous.physicalResourceId, OldResourceProperties: previous.properties }
        : {}),
    });
    if (answer.error) {
      throw new Error(`Custom resource ${resource.logicalId} (${resource.type}) failed: ${answer.error.errorMessage}`);
    }
    const result = (answer.result ?? {}) as { PhysicalResourceId?: string; Data?: Record<string, string> };
    const physicalResourceId = result.PhysicalResourceId ?? previous?.physicalResourceId ?? resource.logicalId;
    state[resource.logicalId] = { physicalResourceId, properties };
    outcomes.push({ ...resource, physicalResourceId, data: result.Data ?? {}, properties });
  }
  await mkdir(ctx.dataDir, { recursive: true });
  await writeFile(file, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
  return outcomes;
}

export const customResourcesTwin = defineTwin<Handled[], Outcome[]>({
  name: 'CustomResources',
  // the handlers' properties name any engine's resources; the handlers are the Lambda twin's runners
  needs: ['DynamoDB', 'Search', 'Cognito', 'S3', 'SecretsManager', 'Stripe', 'Lambda'],
  needed: (artifact) => providerBackedResources(artifact).length > 0,
  start: (ctx) => Promise.resolve(providerBackedResources(ctx.artifact)),
  provision,
  outputs: (_ctx, _handled, outcomes) => ({
    refs: Object.fromEntries(outcomes.map((o) => [o.logicalId, o.physicalResourceId])),
    attributes: Object.fromEntries(
      outcomes.flatMap((o) => Object.entries(o.data).map(([key, value]) => [`${o.logicalId}.${key}`, value])),
    ),
    where: outcomes.map(
      (o) =>
        `Custom resource  ${o.logicalId} (${o.type}) → ${o.functionId}: ` +
        (Object.entries(o.data)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ') || o.physicalResourceId),
    ),
  }),
  stop: async () => undefined,
});
