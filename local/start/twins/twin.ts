// A twin is one module in the list in index.ts: it reads its resources from the template, starts
// its local engine, provisions the template's resources in it, and says what it contributes
// (Ref/GetAtt values, outputs.local.json keys, "where" lines, what the API is wired with).
// Adding a service (S3, search) means one more module and one more entry in that list.
import type { DynamoDbSender } from '../../datasources/index.ts';
import type { LambdaRunner } from '../../datasources/index.ts';
import type { AuthenticatedCaller, UserPoolSetting } from '../../server/index.ts';
import type { StackArtifact } from '../../stack/index.ts';
import type { LocalOutputs } from '../outputs.ts';
import type { LocalSecrets } from '../secrets.ts';

export interface TwinContext {
  artifact: StackArtifact;
  /** this twin's own folder under .data/ (persists across restarts) */
  dataDir: string;
  secrets: LocalSecrets;
  /** the local values of the template's parameters, as `cdk deploy --parameters` would give them */
  parameters: Record<string, string>;
  region: string;
  accountId: string;
  progress(message: string): void;
  /** the running log (engine crashes and restarts go here) */
  log(line: string): void;
  /** an engine cannot be kept running: npm start must stop with this message */
  fatal(message: string): void;
  /** what the twins in `needs` (and the API keys) contributed, merged */
  upstream: TwinOutputs;
}

/** What the API is wired with; each twin fills in its part. */
export interface ApiWiring {
  dynamodb?: { sender: DynamoDbSender; endpoint: string };
  lambdas?: Map<string, LambdaRunner>;
  userPool?: UserPoolSetting;
  /** who loads the demo catalog on first start */
  seedAs?: AuthenticatedCaller;
}

export interface TwinOutputs {
  /** logical id → Ref value */
  refs: Record<string, string>;
  /** `LogicalId.Attribute` → Fn::GetAtt value */
  attributes: Record<string, string>;
  /** lines for the "what is where" summary */
  where: string[];
  /** where the engine listens, by short name (benchmarks reuse them) */
  endpoints: Record<string, string>;
  /** AWS SDK settings that point clients at this twin (AWS_ENDPOINT_URL_*) */
  sdkEnvironment: Record<string, string>;
  /** loopback hosts this twin serves over plain HTTP where the cloud service is HTTPS-only */
  plainHttpHosts: string[];
  /** this twin's keys of outputs.local.json */
  client: Partial<LocalOutputs>;
  api: ApiWiring;
  /** fires a schedule rule now, by logical id (the Schedules twin; for tests) */
  fireSchedule?: (ruleLogicalId: string) => Promise<void>;
}

export interface Twin<Engine = unknown, Provisioned = unknown> {
  name: string;
  /** twins that must be up first (by name); the rest start in parallel */
  needs?: readonly string[];
  /** whether the template has anything for this twin */
  needed(artifact: StackArtifact): boolean;
  /** starts the engine (kept running across crashes where it is a process) */
  start(context: TwinContext): Promise<Engine>;
  /** creates the template's resources in the engine; idempotent, so it runs again after a restart */
  provision(context: TwinContext, engine: Engine): Promise<Provisioned>;
  outputs(context: TwinContext, engine: Engine, provisioned: Provisioned): Partial<TwinOutputs>;
  stop(engine: Engine): Promise<void>;
}

/** Lets the list hold twins of different engine types. */
export type AnyTwin = Twin<never, never>;

export function defineTwin<E, P>(twin: Twin<E, P>): AnyTwin {
  return twin as unknown as AnyTwin;
}

export function emptyOutputs(): TwinOutputs {
  return {
    refs: {},
    attributes: {},
    where: [],
    endpoints: {},
    sdkEnvironment: {},
    plainHttpHosts: [],
    client: {},
    api: {},
  };
}

/** Later twins' values win; where-lines add up. */
export function mergeOutputs(into: TwinOutputs, part: Partial<TwinOutputs>): TwinOutputs {
  Object.assign(into.refs, part.refs);
  Object.assign(into.attributes, part.attributes);
  into.where.push(...(part.where ?? []));
  Object.assign(into.endpoints, part.endpoints);
  Object.assign(into.sdkEnvironment, part.sdkEnvironment);
  into.plainHttpHosts.push(...(part.plainHttpHosts ?? []));
  Object.assign(into.client, part.client);
  Object.assign(into.api, part.api);
  if (part.fireSchedule) into.fireSchedule = part.fireSchedule;
  return into;
}
