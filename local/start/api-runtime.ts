// Builds the running API from the template's AppSync model and the twins: executable schema,
// document cache, resolver runtime, data sources, and the authenticator for its auth modes.
import type { DynamoDbSender } from '../datasources/dynamodb/wire-client.ts';
import { createDataSources } from '../datasources/index.ts';
import { createLambdaDataSource, type LambdaRunner } from '../datasources/lambda/index.ts';
import { randomBytes } from 'node:crypto';
import { createEvaluator, type Evaluator, type SandboxRuntime } from '../runtime/evaluator.ts';
import type { SandboxDataSourceConfig } from '../runtime/worker/protocol.ts';
import { createAuthenticator, type Authenticator } from '../server/auth/index.ts';
import type { AuthSettings } from '../server/auth/types.ts';
import type { ApiRuntime } from '../server/graphql/api-runtime.ts';
import { createDocumentCache } from '../server/graphql/document-cache.ts';
import { buildExecutableSchema } from '../server/graphql/executable-schema.ts';
import type { AppSyncApiModel } from '../stack/index.ts';

export interface ApiRuntimeDeps {
  model: AppSyncApiModel;
  dynamodb?: DynamoDbSender;
  /** keep full traces for --verbose request logs */
  verbose?: boolean;
  /** where the sandbox process reaches DynamoDB Local itself */
  dynamodbEndpoint?: { endpoint: string; region: string };
  lambdas: Map<string, LambdaRunner>;
  evaluator?: Evaluator;
}

export function createApiRuntime({ model, dynamodb, dynamodbEndpoint, lambdas, evaluator, verbose }: ApiRuntimeDeps): ApiRuntime & { evaluator: Evaluator } {
  const schema = buildExecutableSchema(model.schemaSdl);
  const runtime = evaluator ?? createEvaluator({ timeoutMs: 5000 });
  // One key for nextTokens wherever a resolver runs (host or sandbox process, before or after a restart).
  const tokenKey = randomBytes(32);
  const dataSources = createDataSources(model.dataSources, {
    dynamodb,
    tokenKey,
    factories: {
      AWS_LAMBDA: (ds) => {
        const runner = ds.lambdaFunctionArn ? lambdas.get(ds.lambdaFunctionArn) : undefined;
        if (!runner) throw new Error(`Data source ${ds.name}: no local function for ${ds.lambdaFunctionArn}`);
        return createLambdaDataSource(ds.name, runner);
      },
    },
  });
  const sandbox = 'configureDataSources' in runtime ? (runtime as SandboxRuntime) : undefined;
  sandbox?.configureDataSources({
    dataSources: model.dataSources.flatMap((ds): SandboxDataSourceConfig[] => {
      if (ds.type === 'NONE') return [{ name: ds.name, type: 'NONE' }];
      if (ds.type === 'AMAZON_DYNAMODB' && dynamodbEndpoint && ds.tableName) return [{ name: ds.name, type: 'AMAZON_DYNAMODB', tableName: ds.tableName }];
      return []; // Lambda and the rest stay on the host
    }),
    ...(dynamodbEndpoint ? { dynamodb: dynamodbEndpoint } : {}),
    tokenKey: tokenKey.toString('base64'),
  });
  return {
    ...(sandbox ? { sandbox } : {}),
    detailedTrace: verbose ?? false,
    schema,
    documents: createDocumentCache(schema, { queryDepthLimit: model.queryDepthLimit, introspection: model.introspection }),
    resolvers: model.resolvers,
    deps: { evaluator: runtime, dataSources },
    env: model.environmentVariables,
    defaultMode: model.defaultAuth,
    resolverCountLimit: model.resolverCountLimit,
    evaluator: runtime,
  };
}

export function createApiAuthenticator(model: AppSyncApiModel, settings: Omit<AuthSettings, 'defaultMode' | 'additionalModes'>): Authenticator {
  return createAuthenticator({ ...settings, defaultMode: model.defaultAuth, additionalModes: model.additionalAuth });
}
