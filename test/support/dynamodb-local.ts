// One in-memory DynamoDB Local per test file: call useDynamoDbLocal() at the top of the file and
// read `.client` inside tests. Each file creates its own uniquely named tables.
import { randomBytes } from 'node:crypto';
import { CreateTableCommand, DynamoDBClient, type CreateTableCommandInput } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll } from 'vitest';
import { startDynamoDbLocal, type DynamoDbLocal } from '../../local/engines/index.ts';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../local/local-aws.ts';

export interface DynamoDbLocalHandle {
  /** SDK client for the running instance (the local region and credentials). */
  readonly client: DynamoDBClient;
  readonly endpoint: string;
  readonly port: number;
  readonly pid: number;
}

export function useDynamoDbLocal(): DynamoDbLocalHandle {
  let server: DynamoDbLocal | undefined;
  let client: DynamoDBClient | undefined;

  beforeAll(async () => {
    server = await startDynamoDbLocal({ port: 0 });
    client = new DynamoDBClient({
      endpoint: server.endpoint,
      region: LOCAL_REGION,
      credentials: LOCAL_CREDENTIALS,
      maxAttempts: 1,
    });
  });

  afterAll(async () => {
    client?.destroy();
    await server?.stop();
  });

  const running = (): DynamoDbLocal => {
    if (!server) throw new Error('DynamoDB Local is not running yet: read the handle inside a test or hook');
    return server;
  };
  return {
    get client() {
      running();
      return client!;
    },
    get endpoint() {
      return running().endpoint;
    },
    get port() {
      return running().port;
    },
    get pid() {
      return running().pid;
    },
  };
}

/** "Products" → "Products-3f9a1c2b": a table name no other test file will use. */
export function uniqueTableName(prefix: string): string {
  return `${prefix}-${randomBytes(4).toString('hex')}`;
}

/** CreateTable with on-demand billing unless the input says otherwise. */
export async function createTable(
  client: DynamoDBClient,
  input: Omit<CreateTableCommandInput, 'BillingMode'>,
): Promise<void> {
  await client.send(new CreateTableCommand({ BillingMode: 'PAY_PER_REQUEST', ...input }));
}
