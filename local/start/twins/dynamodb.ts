// DynamoDB Local with the template's tables (created once; the data persists under .data/).
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { readLocalStack, type StackArtifact } from '../../stack/index.ts';
import { startDynamoDbLocal } from '../../engines/dynamodb/index.ts';
import { ensureTables } from '../../engines/dynamodb/tables.ts';
import type { RunningTwin, Twin } from './twin.ts';

export interface DynamoDbTwin extends RunningTwin {
  endpoint: string;
  client: DynamoDBClient;
}

export function localDynamoDbClient(endpoint: string, region: string): DynamoDBClient {
  return new DynamoDBClient({ endpoint, region, credentials: { accessKeyId: 'local', secretAccessKey: 'local' }, maxAttempts: 3 });
}

export const dynamoDbTwin: Twin<DynamoDbTwin> = {
  name: 'DynamoDB',
  needed: (artifact: StackArtifact) => Object.values(artifact.template.Resources).some((r) => r.Type === 'AWS::DynamoDB::Table'),
  async start(context) {
    const server = await startDynamoDbLocal({ port: 0, dbPath: context.dataDir });
    const client = localDynamoDbClient(server.endpoint, context.region);
    const { tables } = await readLocalStack(context.artifact, { region: context.region, accountId: context.accountId });
    const created = await ensureTables(client, tables);
    const refs: Record<string, string> = {};
    const attributes: Record<string, string> = {};
    for (const table of tables) {
      const name = table.create.TableName as string;
      refs[table.logicalId] = name;
      attributes[`${table.logicalId}.Arn`] = `arn:aws:dynamodb:${context.region}:${context.accountId}:table/${name}`;
    }
    return {
      name: 'DynamoDB',
      endpoint: server.endpoint,
      client,
      refs,
      attributes,
      where: [`DynamoDB Local  ${server.endpoint}  tables: ${created.map((t) => `${t.name}${t.created ? ' (created)' : ''}`).join(', ')}`],
      async stop() {
        client.destroy();
        await server.stop();
      },
    };
  },
};
