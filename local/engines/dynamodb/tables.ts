// Creates the template's tables in DynamoDB Local (once: existing tables are kept, so data
// persists across restarts), with their TTL setting.
import {
  CreateTableCommand,
  DescribeTableCommand,
  UpdateTimeToLiveCommand,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import type { TableDefinition } from '../../stack/index.ts';

export async function ensureTables(
  client: DynamoDBClient,
  tables: TableDefinition[],
): Promise<Array<{ name: string; created: boolean }>> {
  const results: Array<{ name: string; created: boolean }> = [];
  for (const table of tables) {
    const name = table.create.TableName as string;
    const exists = await client.send(new DescribeTableCommand({ TableName: name })).then(
      () => true,
      (err: Error) => {
        if (err.name === 'ResourceNotFoundException') return false;
        throw err;
      },
    );
    if (!exists) {
      await client.send(new CreateTableCommand(table.create));
      if (table.timeToLiveAttribute) {
        await client.send(
          new UpdateTimeToLiveCommand({
            TableName: name,
            TimeToLiveSpecification: { Enabled: true, AttributeName: table.timeToLiveAttribute },
          }),
        );
      }
    }
    results.push({ name, created: !exists });
  }
  return results;
}
