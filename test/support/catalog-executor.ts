// The synthesized stack's resolvers over a real DynamoDB Local, driven field by field through the
// runtime's executor — what the local server does for each GraphQL field.
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../local/local-aws.ts';
import { randomBytes } from 'node:crypto';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { AuthMode } from '../../contracts/index.ts';
import { createDataSources, createWireDynamoDbClient, type DataSource } from '../../local/datasources/index.ts';
import { createEvaluator, resolveField, type Evaluator, type FieldResolution } from '../../local/runtime/index.ts';
import { loadLocalStack, type LocalStack } from '../../local/stack/index.ts';
import { ensureTables } from '../../local/engines/index.ts';
import { synthesizedStack } from './synthesized-stack.ts';

export interface CatalogExecutor {
  stack: LocalStack;
  tableName: string;
  call(field: string, args: Record<string, unknown>, identity: unknown, source?: unknown): Promise<FieldResolution>;
  close(): Promise<void>;
}

function authModeOf(identity: unknown): AuthMode {
  return identity ? 'AMAZON_COGNITO_USER_POOLS' : 'API_KEY';
}

export async function createCatalogExecutor(client: DynamoDBClient, endpoint: string): Promise<CatalogExecutor> {
  const suffix = randomBytes(4).toString('hex');
  const stack = await loadLocalStack(await synthesizedStack(), {
    tableName: (id) => `ShopStack-${id}-${suffix}`,
    parameters: { Introspection: 'ENABLED' },
  });
  await ensureTables(client, stack.tables);
  const evaluator: Evaluator = createEvaluator({ timeoutMs: 5000 });
  // the data sources use the wire client, as the local server does
  const wire = createWireDynamoDbClient({ endpoint, region: LOCAL_REGION, credentials: { ...LOCAL_CREDENTIALS } });
  const dataSources: Map<string, DataSource> = createDataSources(stack.api.dataSources, { dynamodb: wire });
  return {
    stack,
    tableName: stack.tables[0]?.create.TableName as string,
    async call(field, args, identity, source) {
      const resolver = stack.api.resolvers.get(field);
      if (!resolver) throw new Error(`no resolver for ${field} in the template`);
      const [parentTypeName, fieldName] = field.split('.') as [string, string];
      return resolveField(
        resolver,
        {
          arguments: args,
          source,
          identity,
          info: { fieldName, parentTypeName, variables: {}, selectionSetList: [], selectionSetGraphQL: '' },
          env: stack.api.environmentVariables,
          authMode: authModeOf(identity),
        },
        { evaluator, dataSources },
      );
    },
    close: async () => {
      wire.destroy();
      await evaluator.close();
    },
  };
}
