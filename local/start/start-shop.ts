// `npm start`: the synthesized stack, offline, in four steps: start the twins the template needs,
// wire the API exactly as the template declares it, seed the demo catalog once, and write the
// outputs (outputs.local.json and the "what is where" lines). Everything listens on loopback.
import { join } from 'node:path';
import { createControlPlane, localApiId } from '../appsync-control/index.ts';
import { freePort, LOOPBACK } from '../engines/index.ts';
import { LOCAL_ACCOUNT_ID, LOCAL_REGION } from '../local-aws.ts';
import type { RequestHandler } from '../server/index.ts';
import type { LocalOutputs } from './outputs.ts';
import { prepareStack } from './steps/prepare.ts';
import { seedOnce, type Seeded } from './steps/seed.ts';
import { serveApi, wireApi } from './steps/wire-api.ts';
import { describeShop, ENDPOINTS_FILE } from './steps/write-outputs.ts';
import { emptyOutputs, startTwins, TWINS, type TwinContext, type TwinOutputs } from './twins/index.ts';

export interface StartShopOptions {
  root: string;
  dataDir?: string;
  /** an existing cloud assembly; default: synthesize into <root>/cdk.out (reused when inputs are unchanged) */
  assemblyDir?: string;
  /** the API's port (plain HTTP and TLS on the same port); 0 picks one */
  port?: number;
  reset?: boolean;
  seed?: boolean;
  verbose?: boolean;
  /** `Name=Value` template parameter overrides, as `cdk deploy --parameters` takes them */
  parameters?: readonly string[];
  outputsFile?: string;
  /** extra pages (GraphiQL, the web app); `apiEnvironment` is the API's EnvironmentVariables (ctx.env) */
  pages?: (outputs: () => LocalOutputs | undefined, apiEnvironment: Readonly<Record<string, string>>) => RequestHandler;
  progress?: (line: string) => void;
  log?: (line: string) => void;
  /** an engine could not be kept running (default: log the message); the CLI stops and exits 1 */
  fatal?: (message: string) => void;
}

export interface RunningShop {
  outputs: LocalOutputs;
  where: string[];
  seeded: Seeded;
  /** where the twins listen (benchmarks reuse the same DynamoDB Local) */
  endpoints: { dynamodb?: string; cognito?: string; s3?: string; cdn?: string; search?: string };
  /** the physical name of each template table, by logical id */
  tables: Record<string, string>;
  /** the same port over wss:// (Amplify JS v6 always uses it); not in outputs.local.json, whose keys are fixed */
  realtimeTlsUrl?: string;
  /** live subscriptions (for diagnostics and tests) */
  subscriptions: { count(): number };
  /** fires a template schedule rule now, as its timer would (tests; EventBridge has no such API) */
  fireSchedule(ruleLogicalId: string): Promise<void>;
  stop(): Promise<void>;
}

export async function startShop(options: StartShopOptions): Promise<RunningShop> {
  const progress = options.progress ?? (() => undefined);
  const log = options.log ?? ((line: string) => console.log(line));
  const dataDir = options.dataDir ?? process.env.SHOP_DATA_DIR ?? join(options.root, '.data');
  const stops: Array<() => Promise<void>> = [];
  const stop = async () => {
    for (const s of stops.reverse()) await s().catch(() => undefined);
  };
  try {
    // SHOP_ASSEMBLY_DIR: run a cloud assembly synthesized elsewhere (or edited, as the index evolution test does).
    const assemblyDir = options.assemblyDir ?? process.env.SHOP_ASSEMBLY_DIR;
    const prepared = await prepareStack({ ...options, assemblyDir, dataDir, progress });
    const { artifact, secrets, apiKeyIds, parameters: overrides } = prepared;
    // The port is settled first: functions' environments name the API's URL (Fn::GetAtt GraphQLUrl).
    const port = await concretePort(options.port ?? Number(process.env.PORT ?? 4000));
    const base = emptyOutputs();
    // An AppSync key's id is the key itself (ApiKey.id), so ApiKey and ApiKeyId give the same value.
    for (const id of apiKeyIds) {
      base.attributes[`${id}.ApiKey`] = secrets.apiKeys[id] as string;
      base.attributes[`${id}.ApiKeyId`] = secrets.apiKeys[id] as string;
    }
    Object.assign(base.attributes, apiAttributes(artifact.template.Resources, artifact.stackName, port));
    // The AppSync control plane (UpdateApiKey) answers under /v1/apis on the API's own port.
    base.sdkEnvironment.AWS_ENDPOINT_URL_APPSYNC = `http://${LOOPBACK}:${port}`;
    const parameters = { ...localParameters(port), ...overrides };
    const contextFor = (twin: { name: string }, upstream: TwinOutputs): TwinContext => ({
      artifact,
      parameters,
      secrets,
      upstream,
      progress,
      log,
      dataDir: join(dataDir, twin.name.toLowerCase()),
      region: LOCAL_REGION,
      accountId: LOCAL_ACCOUNT_ID,
      fatal: options.fatal ?? log,
    });

    progress(
      `starting the twins: ${
        TWINS.filter((t) => t.needed(artifact))
          .map((t) => t.name)
          .join(', ') || 'none'
      }`,
    );
    const twins = await startTwins(TWINS, artifact, base, contextFor);
    stops.push(twins.stop);
    const found = mergeBase(twins.outputs, base);

    const api = await wireApi({
      artifact,
      twins: found,
      parameters,
      secrets,
      dataDir,
      verbose: options.verbose ?? false,
      progress,
    });
    stops.push(api.stop);
    let outputs: LocalOutputs | undefined;
    const controlPlane = createControlPlane({ store: api.apiKeys, region: LOCAL_REGION, keys: [secrets.iam], log });
    const pages = options.pages?.(() => outputs, api.runtime.env);
    const server = await serveApi(api, {
      port,
      tls: { certDir: join(dataDir, 'tls') },
      log,
      verbose: options.verbose ?? false,
      pages: (req, res) => controlPlane(req, res) || (pages?.(req, res) ?? false),
    });
    stops.push(() => server.close());

    const seed = options.seed !== false;
    const seeded = await seedOnce({ api: api.runtime, wiring: found.api, dataDir, seed, progress });
    const outputsFile =
      options.outputsFile ?? process.env.SHOP_OUTPUTS_FILE ?? join(options.root, 'outputs.local.json');
    const endpointsFile = join(dataDir, ENDPOINTS_FILE);
    const resourceTypes = Object.fromEntries(
      Object.entries(artifact.template.Resources).map(([id, r]) => [id, r.Type]),
    );
    const where = { outputsFile, endpointsFile, resourceTypes };
    const described = await describeShop({ server, twins: found, secrets, apiKeyIds, ...where });
    outputs = described.outputs;
    return {
      ...described,
      seeded,
      endpoints: found.endpoints,
      tables: tableRefs(artifact.template.Resources, found.refs),
      ...(server.realtimeTlsUrl ? { realtimeTlsUrl: server.realtimeTlsUrl } : {}),
      subscriptions: server.subscriptions,
      fireSchedule: async (ruleLogicalId) => {
        if (!found.fireSchedule) throw new Error('the template has no schedule rules');
        await found.fireSchedule(ruleLogicalId);
      },
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}

/** 0 means "any free port"; the API's URL must be known before the twins start. */
async function concretePort(requested: number): Promise<number> {
  return requested === 0 ? freePort() : requested;
}

/**
 * The template parameters npm start sets, as `cdk deploy --parameters` would: introspection on for
 * GraphiQL, and the storefront origins the image bucket's CORS allows are the local API's own.
 */
function localParameters(port: number): Record<string, string> {
  return {
    Introspection: 'ENABLED',
    StorefrontOrigins: `http://${LOOPBACK}:${port},http://localhost:${port}`,
  };
}

/** What `Fn::GetAtt` gives for the API's id and endpoints, locally. */
function apiAttributes(
  resources: Record<string, { Type: string }>,
  stackName: string,
  port: number,
): Record<string, string> {
  const apis = Object.keys(resources).filter((id) => resources[id]?.Type === 'AWS::AppSync::GraphQLApi');
  return Object.fromEntries(
    apis.flatMap((id) => [
      [`${id}.ApiId`, localApiId(stackName, id)],
      [`${id}.GraphQLUrl`, `http://${LOOPBACK}:${port}/graphql`],
      [`${id}.RealtimeUrl`, `ws://${LOOPBACK}:${port}/graphql/realtime`],
    ]),
  );
}

/** The twins' outputs plus the values that come from no twin (the API's keys, id, URLs and control plane). */
function mergeBase(twins: TwinOutputs, base: TwinOutputs): TwinOutputs {
  return {
    ...twins,
    attributes: { ...base.attributes, ...twins.attributes },
    sdkEnvironment: { ...base.sdkEnvironment, ...twins.sdkEnvironment },
  };
}

function tableRefs(resources: Record<string, { Type: string }>, refs: Record<string, string>): Record<string, string> {
  const tables = Object.entries(resources).filter(([id, r]) => r.Type === 'AWS::DynamoDB::Table' && id in refs);
  return Object.fromEntries(tables.map(([id]) => [id, refs[id] as string]));
}
