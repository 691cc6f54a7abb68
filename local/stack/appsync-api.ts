// The AppSync API as the template declares it: auth, environment, limits, schema, data sources,
// functions and resolvers, with each resolver's code read from its asset — the wiring the local
// server runs, never a list of its own.
import { readFile } from 'node:fs/promises';
import type { AuthMode } from '../../contracts/index.ts';
import type { FunctionDefinition, ResolverDefinition } from '../runtime/index.ts';
import {
  assetFile,
  resourcesOfType,
  type StackArtifact,
  type TemplateJson,
  type TemplateResource,
} from './cloud-assembly.ts';
import type { Resolve } from './intrinsics.ts';

export interface AppSyncApiModel {
  logicalId: string;
  name: string;
  defaultAuth: AuthMode;
  additionalAuth: AuthMode[];
  userPoolConfig?: { userPoolId: string; appIdClientRegex?: string; defaultAction?: string };
  environmentVariables: Record<string, string>;
  introspection: boolean;
  queryDepthLimit: number;
  resolverCountLimit: number;
  schemaSdl: string;
  apiKeys: Array<{ logicalId: string; expires?: number }>;
  dataSources: DataSourceModel[];
  resolvers: Map<string, ResolverDefinition>;
}

export interface DataSourceModel {
  logicalId: string;
  name: string;
  type: string;
  tableName?: string;
  lambdaFunctionArn?: string;
  /** an OpenSearch (or Elasticsearch) domain's endpoint URL; http:// for the local twin (plainHttpHosts) */
  endpoint?: string;
}

function tryResolve(resolve: Resolve, value: unknown): unknown {
  try {
    return resolve(value);
  } catch {
    return undefined;
  }
}

async function codeOf(artifact: StackArtifact, resource: TemplateResource, what: string): Promise<string> {
  const inline = resource.Properties?.Code;
  if (typeof inline === 'string') return inline;
  const file = assetFile(artifact, resource);
  if (!file) throw new Error(`${what}: no Code and no asset path in the template`);
  return readFile(file, 'utf8');
}

function requireJs(resource: TemplateResource, what: string): void {
  const runtime = resource.Properties?.Runtime;
  if (runtime?.Name !== 'APPSYNC_JS')
    throw new Error(`${what}: only APPSYNC_JS resolvers run locally (got ${runtime?.Name ?? 'VTL'})`);
}

export async function readAppSyncApi(artifact: StackArtifact, resolve: Resolve): Promise<AppSyncApiModel> {
  const { template } = artifact;
  const apis = resourcesOfType(template, 'AWS::AppSync::GraphQLApi');
  if (apis.length !== 1) throw new Error(`Expected one AWS::AppSync::GraphQLApi, found ${apis.length}`);
  const [apiId, apiResource] = apis[0] as [string, TemplateResource];
  // Only what the local API uses is resolved (log roles and the like have no local value).
  const p = (apiResource.Properties ?? {}) as TemplateJson;

  const schemas = resourcesOfType(template, 'AWS::AppSync::GraphQLSchema');
  const schemaResource = schemas[0]?.[1];
  const schemaSdl =
    typeof schemaResource?.Properties?.Definition === 'string'
      ? (schemaResource.Properties.Definition as string)
      : await codeOf(artifact, schemaResource ?? { Type: '' }, 'GraphQLSchema');

  const dataSources = resourcesOfType(template, 'AWS::AppSync::DataSource').map(([logicalId, r]) => {
    const d = (r.Properties ?? {}) as TemplateJson;
    const model: DataSourceModel = { logicalId, name: d.Name, type: d.Type };
    if (d.DynamoDBConfig) model.tableName = resolve(d.DynamoDBConfig.TableName);
    if (d.LambdaConfig) model.lambdaFunctionArn = resolve(d.LambdaConfig.LambdaFunctionArn);
    const search = d.OpenSearchServiceConfig ?? d.ElasticsearchConfig;
    const endpoint = search ? tryResolve(resolve, search.Endpoint) : undefined;
    if (typeof endpoint === 'string') model.endpoint = endpoint;
    return model;
  });

  const functions = new Map<string, FunctionDefinition>();
  for (const [logicalId, r] of resourcesOfType(template, 'AWS::AppSync::FunctionConfiguration')) {
    requireJs(r, logicalId);
    const f = r.Properties as TemplateJson;
    functions.set(logicalId, {
      id: f.Name,
      name: f.Name,
      dataSource: f.DataSourceName,
      code: await codeOf(artifact, r, logicalId),
    });
  }

  const resolvers = new Map<string, ResolverDefinition>();
  for (const [logicalId, r] of resourcesOfType(template, 'AWS::AppSync::Resolver')) {
    requireJs(r, logicalId);
    const rp = r.Properties as TemplateJson;
    const id = `${rp.TypeName}.${rp.FieldName}`;
    const code = await codeOf(artifact, r, logicalId);
    if (rp.Kind === 'PIPELINE') {
      const fnIds = (rp.PipelineConfig?.Functions ?? []) as Array<{ 'Fn::GetAtt': [string, string] }>;
      const fns = fnIds.map((ref) => {
        const fn = functions.get(ref['Fn::GetAtt'][0]);
        if (!fn) throw new Error(`${id}: pipeline function ${JSON.stringify(ref)} is not in the template`);
        return fn;
      });
      resolvers.set(id, { kind: 'PIPELINE', id, code, functions: fns });
    } else {
      resolvers.set(id, { kind: 'UNIT', id, code, dataSource: rp.DataSourceName });
    }
  }

  const model: AppSyncApiModel = {
    logicalId: apiId,
    name: p.Name,
    defaultAuth: p.AuthenticationType,
    additionalAuth: ((p.AdditionalAuthenticationProviders ?? []) as Array<{ AuthenticationType: AuthMode }>).map(
      (a) => a.AuthenticationType,
    ),
    environmentVariables: resolve(p.EnvironmentVariables ?? {}),
    introspection: (resolve(p.IntrospectionConfig) ?? 'ENABLED') === 'ENABLED',
    queryDepthLimit: Number(p.QueryDepthLimit ?? 0),
    resolverCountLimit: Number(p.ResolverCountLimit ?? 10000) || 10000,
    schemaSdl,
    apiKeys: resourcesOfType(template, 'AWS::AppSync::ApiKey').map(([logicalId, k]) => ({
      logicalId,
      expires: k.Properties?.Expires,
    })),
    dataSources,
    resolvers,
  };
  // The user pool exists locally only once the Cognito twin runs; callers without it get no config.
  const u = p.UserPoolConfig
    ? (tryResolve(resolve, p.UserPoolConfig) as Record<string, string> | undefined)
    : undefined;
  if (u) {
    model.userPoolConfig = {
      userPoolId: u.UserPoolId as string,
      appIdClientRegex: u.AppIdClientRegex,
      defaultAction: u.DefaultAction,
    };
  }
  return model;
}
