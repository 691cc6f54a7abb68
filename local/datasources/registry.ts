// The one table from an AppSync data-source type to its local implementation. The host builds
// every source from it; a sandbox worker builds the sources it may call itself from the same table,
// given only a serialisable config (`SandboxDataSources`), so the two can never disagree.
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../local-aws.ts';
import type { DataSource } from './data-source.ts';
import { createDynamoDbDataSource } from './dynamodb/index.ts';
import { createWireDynamoDbClient, type DynamoDbSender } from './dynamodb/wire-client.ts';
import { createLambdaDataSource, type LambdaRunner } from './lambda/index.ts';
import { createNoneDataSource } from './none/index.ts';
import { createOpenSearchDataSource } from './opensearch/index.ts';

/** A data source as the template declares it (the stack's model fits: extra fields are ignored). */
export interface DataSourceConfig {
  name: string;
  /** AppSync's type: AMAZON_DYNAMODB, AWS_LAMBDA, NONE, … */
  type: string;
  tableName?: string;
  lambdaFunctionArn?: string;
  /** an OpenSearch domain's endpoint URL (AMAZON_OPENSEARCH_SERVICE) */
  endpoint?: string;
}

/** What the sources talk to on this side of the process boundary. */
export interface DataSourceDeps {
  dynamodb?: DynamoDbSender;
  /** key for nextToken encryption; random per process when omitted */
  tokenKey?: Uint8Array;
  /** local functions by ARN, for AWS_LAMBDA sources */
  lambdas?: ReadonlyMap<string, LambdaRunner>;
  /**
   * the keys data sources sign with where the twin checks them (OpenSearch): locally the one IAM
   * identity stands for AppSync's service role; LOCAL_CREDENTIALS when omitted
   */
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

/** What a sandbox worker process can be told (JSON over IPC) to reach the sources itself. */
export interface SandboxConnections {
  dynamodb?: { endpoint: string; region: string };
}

/** The data sources a sandbox worker builds and calls itself, as sent to it. */
export interface SandboxDataSources extends SandboxConnections {
  dataSources: DataSourceConfig[];
  /** base64 of the 32-byte nextToken key, shared with the host so tokens survive a worker restart */
  tokenKey?: string;
}

interface DataSourceKind {
  create(config: DataSourceConfig, deps: DataSourceDeps): DataSource;
  /** whether a sandbox worker, given these connections, can build and call it itself */
  inSandbox(connections: SandboxConnections): boolean;
}

const KINDS: Record<string, DataSourceKind> = {
  AMAZON_DYNAMODB: {
    create(config, deps) {
      if (!config.tableName) throw new Error(`Data source ${config.name} names no table`);
      if (!deps.dynamodb) throw new Error(`Data source ${config.name}: DynamoDB Local is not running`);
      const { name, tableName } = config;
      const tokenKey = deps.tokenKey ? { tokenKey: deps.tokenKey } : {};
      return createDynamoDbDataSource({ name, tableName, client: deps.dynamodb, ...tokenKey });
    },
    inSandbox: (connections) => connections.dynamodb !== undefined,
  },
  NONE: { create: (config) => createNoneDataSource(config.name), inSandbox: () => true },
  // A Lambda runs in its own worker thread of the host; the sandbox process cannot reach it.
  AWS_LAMBDA: {
    create(config, deps) {
      const runner = config.lambdaFunctionArn ? deps.lambdas?.get(config.lambdaFunctionArn) : undefined;
      if (!runner) throw new Error(`Data source ${config.name}: no local function for ${config.lambdaFunctionArn}`);
      return createLambdaDataSource(config.name, runner);
    },
    inSandbox: () => false,
  },
  // Runs on the host: the sandbox is told no endpoints or keys for it (the signing secret stays out of it).
  AMAZON_OPENSEARCH_SERVICE: {
    create(config, deps) {
      if (!config.endpoint) throw new Error(`Data source ${config.name} names no OpenSearch endpoint`);
      const credentials = deps.credentials ?? { ...LOCAL_CREDENTIALS };
      return createOpenSearchDataSource({
        name: config.name,
        endpoint: config.endpoint,
        region: LOCAL_REGION,
        credentials,
      });
    },
    inSandbox: () => false,
  },
};

export function createDataSource(config: DataSourceConfig, deps: DataSourceDeps): DataSource {
  const kind = KINDS[config.type];
  if (!kind) throw new Error(`Data source ${config.name}: type ${config.type} is not supported locally`);
  return kind.create(config, deps);
}

export function createDataSources(configs: readonly DataSourceConfig[], deps: DataSourceDeps): Map<string, DataSource> {
  return new Map(configs.map((config) => [config.name, createDataSource(config, deps)]));
}

/** Whether a sandbox worker with these connections can call this source itself. */
export function runsInSandbox(config: DataSourceConfig, connections: SandboxConnections): boolean {
  return KINDS[config.type]?.inSandbox(connections) ?? false;
}

/** In a sandbox worker: the sources it was told to call, built by the same table as the host's. */
export function createSandboxDataSources(config: SandboxDataSources): Map<string, DataSource> {
  const credentials = { ...LOCAL_CREDENTIALS };
  const deps: DataSourceDeps = {};
  if (config.dynamodb) deps.dynamodb = createWireDynamoDbClient({ ...config.dynamodb, credentials });
  if (config.tokenKey) deps.tokenKey = new Uint8Array(Buffer.from(config.tokenKey, 'base64'));
  return createDataSources(config.dataSources, deps);
}
