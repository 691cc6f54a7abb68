// Builds the running API from the template's AppSync model and the twins: executable schema,
// document cache, the runtime's field runner over the data sources, and the authenticator.
import type { DynamoDbSender, LambdaRunner } from '../datasources/index.ts';
import { createEvaluator, createFieldRunner, type SandboxRuntime } from '../runtime/index.ts';
import { createAuthenticator, type Authenticator } from '../server/index.ts';
import type { AuthSettings } from '../server/index.ts';
import type { ApiRuntime } from '../server/index.ts';
import { createDocumentCache } from '../server/index.ts';
import { buildExecutableSchema } from '../server/index.ts';
import type { AppSyncApiModel } from '../stack/index.ts';

export interface ApiRuntimeDeps {
  model: AppSyncApiModel;
  dynamodb?: DynamoDbSender;
  /** keep full traces for --verbose request logs */
  verbose?: boolean;
  /** where the sandbox process reaches DynamoDB Local itself */
  dynamodbEndpoint?: { endpoint: string; region: string };
  lambdas: Map<string, LambdaRunner>;
  /** the one IAM identity data sources sign with where a twin checks signatures (OpenSearch) */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  evaluator?: SandboxRuntime;
}

export function createApiRuntime(deps: ApiRuntimeDeps): ApiRuntime & { evaluator: SandboxRuntime } {
  const { model, dynamodb, dynamodbEndpoint, lambdas, verbose, credentials } = deps;
  const schema = buildExecutableSchema(model.schemaSdl);
  const evaluator = deps.evaluator ?? createEvaluator({ timeoutMs: 5000 });
  // Its process starts while the rest of the API is wired, not when the first request arrives (~0.4 s).
  evaluator.warm();
  const fields = createFieldRunner({
    evaluator,
    dataSources: model.dataSources,
    deps: { ...(dynamodb ? { dynamodb } : {}), lambdas, ...(credentials ? { credentials } : {}) },
    sandbox: dynamodbEndpoint ? { dynamodb: dynamodbEndpoint } : {},
    detailedTrace: verbose ?? false,
  });
  return {
    schema,
    documents: createDocumentCache(schema, {
      queryDepthLimit: model.queryDepthLimit,
      introspection: model.introspection,
    }),
    resolvers: model.resolvers,
    fields,
    env: model.environmentVariables,
    defaultMode: model.defaultAuth,
    resolverCountLimit: model.resolverCountLimit,
    evaluator,
  };
}

export function createApiAuthenticator(
  model: AppSyncApiModel,
  settings: Omit<AuthSettings, 'defaultMode' | 'additionalModes'>,
): Authenticator {
  return createAuthenticator({ ...settings, defaultMode: model.defaultAuth, additionalModes: model.additionalAuth });
}
