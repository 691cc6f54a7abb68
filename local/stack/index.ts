// The synthesized stack, read for local use: template, intrinsic resolution against local values,
// the tables and the AppSync API it declares.
import { LOCAL_ACCOUNT_ID, LOCAL_REGION } from '../local-aws.ts';
import { readAppSyncApi, type AppSyncApiModel } from './appsync-api.ts';
import { loadStackArtifact, type StackArtifact } from './cloud-assembly.ts';
import { tableDefinitions, type TableDefinition } from './dynamodb-tables.ts';
import { createResolver, type LocalValues, type Resolve } from './intrinsics.ts';

export type { AppSyncApiModel, DataSourceModel } from './appsync-api.ts';
export type { StackArtifact, Template, TemplateJson, TemplateParameter, TemplateResource } from './cloud-assembly.ts';
export { parseParameterOverrides, type ParameterOverrides } from './parameters.ts';
export { createResolver, type LocalValues, type Resolve } from './intrinsics.ts';
export type { TableDefinition } from './dynamodb-tables.ts';
export { assetFile, loadStackArtifact, resourcesOfType } from './cloud-assembly.ts';

export interface LocalStack {
  artifact: StackArtifact;
  resolve: Resolve;
  tables: TableDefinition[];
  api: AppSyncApiModel;
}

export interface LocalStackOptions {
  region?: string;
  accountId?: string;
  /** CloudFormation parameter overrides, like `cdk deploy --parameters` */
  parameters?: Record<string, string>;
  /** values of resources that twins created (user pool id, client id, API key …) */
  refs?: Record<string, string>;
  attributes?: Record<string, string>;
  /** twins' loopback hosts that speak plain HTTP where the cloud service is HTTPS (see LocalValues) */
  plainHttpHosts?: readonly string[];
  /** physical table name for a table's logical id; default `<stack>-<logicalId>` */
  tableName?: (logicalId: string) => string;
}

export async function readLocalStack(artifact: StackArtifact, options: LocalStackOptions = {}): Promise<LocalStack> {
  const { resolve, tables } = readLocalTables(artifact, options);
  return { artifact, resolve, tables, api: await readAppSyncApi(artifact, resolve) };
}

/**
 * Only the tables: what the DynamoDB twin needs before the other twins (whose values the API's data
 * sources name, e.g. a Lambda's ARN) are up.
 */
export function readLocalTables(artifact: StackArtifact, options: LocalStackOptions = {}) {
  const tableName = options.tableName ?? ((id: string) => `${artifact.stackName}-${id}`);
  const tableRefs = Object.fromEntries(
    Object.entries(artifact.template.Resources)
      .filter(([, r]) => r.Type === 'AWS::DynamoDB::Table')
      .map(([id, r]) => [id, (r.Properties?.TableName as string | undefined) ?? tableName(id)]),
  );
  const values: LocalValues = {
    refs: { ...tableRefs, ...options.refs },
    attributes: options.attributes ?? {},
    parameters: options.parameters ?? {},
    region: options.region ?? LOCAL_REGION,
    accountId: options.accountId ?? LOCAL_ACCOUNT_ID,
    stackName: artifact.stackName,
    ...(options.plainHttpHosts ? { plainHttpHosts: options.plainHttpHosts } : {}),
  };
  const resolve = createResolver(artifact.template, values);
  const tables = tableDefinitions(artifact.template, resolve, (id) => tableRefs[id] as string);
  return { resolve, tables };
}

export async function loadLocalStack(
  assemblyDir: string,
  options: LocalStackOptions & { stackName?: string } = {},
): Promise<LocalStack> {
  return readLocalStack(await loadStackArtifact(assemblyDir, options.stackName), options);
}
