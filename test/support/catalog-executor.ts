// The synthesized stack's resolvers over a real DynamoDB Local, driven field by field through the
// runtime's executor — what the local server does for each GraphQL field.
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../local/local-aws.ts';
import { randomBytes } from 'node:crypto';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { AuthMode } from '../../contracts/index.ts';
import { createDataSources, createWireDynamoDbClient, type DataSource } from '../../local/datasources/index.ts';
import { createEvaluator, resolveField, type Evaluator, type FieldResolution } from '../../local/runtime/index.ts';
import { loadStackArtifact, readLocalStack, type LocalStack, type StackArtifact } from '../../local/stack/index.ts';
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

/**
 * Placeholder values for what other twins would provide (function ARNs, the CDN's and the search domain's
 * endpoints): the catalog's resolvers never call them, but reading the API's data sources names them.
 */
function unusedAttributes(artifact: StackArtifact): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [id, r] of Object.entries(artifact.template.Resources)) {
    if (r.Type === 'AWS::Lambda::Function') values[`${id}.Arn`] = `arn:aws:lambda:local:000000000000:function:${id}`;
    if (r.Type === 'AWS::CloudFront::Distribution') values[`${id}.DomainName`] = 'cdn.invalid';
    if (r.Type === 'AWS::OpenSearchService::Domain') {
      for (const a of ['DomainEndpoint', 'Arn', 'DomainArn']) values[`${id}.${a}`] = `${id.toLowerCase()}.invalid`;
    }
  }
  return values;
}

export async function createCatalogExecutor(client: DynamoDBClient, endpoint: string): Promise<CatalogExecutor> {
  const suffix = randomBytes(4).toString('hex');
  const artifact = await loadStackArtifact(await synthesizedStack());
  const stack = await readLocalStack(artifact, {
    tableName: (id) => `ShopStack-${id}-${suffix}`,
    parameters: { Introspection: 'ENABLED' },
    attributes: unusedAttributes(artifact),
  });
  await ensureTables(client, stack.tables);
  const evaluator: Evaluator = createEvaluator({ timeoutMs: 5000 });
  // the data sources use the wire client, as the local server does
  const wire = createWireDynamoDbClient({ endpoint, region: LOCAL_REGION, credentials: { ...LOCAL_CREDENTIALS } });
  // only the catalog's own sources: the table and NONE (images and search have their own tests against npm start)
  const catalogSources = stack.api.dataSources.filter((d) => d.type === 'AMAZON_DYNAMODB' || d.type === 'NONE');
  const dataSources: Map<string, DataSource> = createDataSources(catalogSources, { dynamodb: wire });
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
