// DynamoDB Local with the template's tables (created once; the data persists under .data/), kept
// running across crashes on the same port and data directory.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createWireDynamoDbClient, type DynamoDbSender } from '../../datasources/index.ts';
import { keepAlive, type KeptEngine } from '../../engines/index.ts';
import { startDynamoDbLocal, type DynamoDbLocal } from '../../engines/index.ts';
import { ensureTables } from '../../engines/index.ts';
import { LOCAL_CREDENTIALS } from '../../local-aws.ts';
import { readLocalTables, type StackArtifact } from '../../stack/index.ts';
import { defineTwin, type TwinContext } from './twin.ts';

export function localDynamoDbClient(endpoint: string, region: string): DynamoDBClient {
  return new DynamoDBClient({ endpoint, region, credentials: LOCAL_CREDENTIALS, maxAttempts: 3 });
}

export interface DynamoDbEngine extends KeptEngine<DynamoDbLocal> {
  endpoint: string;
  /** for provisioning (the SDK) */
  client: DynamoDBClient;
  /** for the data sources (DynamoDB's wire protocol: the SDK costs 10× the CPU per call) */
  wire: DynamoDbSender & { destroy(): void };
}

type TableResult = Array<{ logicalId: string; name: string; created: boolean }>;

const hasTables = (artifact: StackArtifact) =>
  Object.values(artifact.template.Resources).some((r) => r.Type === 'AWS::DynamoDB::Table');

async function start(context: TwinContext): Promise<DynamoDbEngine> {
  let port = 0; // the first start picks a port; restarts keep it, so every client keeps its endpoint
  const kept = await keepAlive({
    name: 'DynamoDB Local',
    launch: async () => {
      const engine = await startDynamoDbLocal({ port, dbPath: context.dataDir });
      port = engine.port;
      return engine;
    },
    log: context.log,
    giveUp: context.fatal,
    remedy:
      `npm start is stopping. Check the output above (memory, disk, Java); if the data in ${context.dataDir} ` +
      'is damaged, `npm start -- --reset` starts from empty tables.',
  });
  const { endpoint } = kept.current();
  const client = localDynamoDbClient(endpoint, context.region);
  const { region } = context;
  const wire = createWireDynamoDbClient({ endpoint, region, credentials: LOCAL_CREDENTIALS, outage: kept.outage });
  return Object.assign(kept, { endpoint, client, wire });
}

async function provision(context: TwinContext, engine: DynamoDbEngine): Promise<TableResult> {
  const { tables } = readLocalTables(context.artifact, { region: context.region, accountId: context.accountId });
  const results = await ensureTables(engine.client, tables);
  return results.map((result, i) => ({ ...result, logicalId: (tables[i] as (typeof tables)[number]).logicalId }));
}

export const dynamoDbTwin = defineTwin<DynamoDbEngine, TableResult>({
  name: 'DynamoDB',
  needed: hasTables,
  start,
  provision,
  outputs(context, engine, tables) {
    const refs: Record<string, string> = {};
    const attributes: Record<string, string> = {};
    for (const { logicalId, name } of tables) {
      refs[logicalId] = name;
      attributes[`${logicalId}.Arn`] = `arn:aws:dynamodb:${context.region}:${context.accountId}:table/${name}`;
    }
    const list = tables.map((t) => `${t.name}${t.created ? ' (created)' : ''}`).join(', ');
    return {
      refs,
      attributes,
      where: [`DynamoDB Local  ${engine.endpoint}  pid ${engine.current().pid}  tables: ${list}`],
      endpoints: { dynamodb: engine.endpoint },
      sdkEnvironment: { AWS_ENDPOINT_URL_DYNAMODB: engine.endpoint },
      api: { dynamodb: { sender: engine.wire, endpoint: engine.endpoint } },
    };
  },
  async stop(engine) {
    engine.wire.destroy();
    engine.client.destroy();
    await engine.stop();
  },
});
