// The door to local/datasources: the seam every data source implements, the implementations
// (DynamoDB, Lambda, NONE, OpenSearch) and the one registry that builds them from the template's declarations.
export type {
  CapacityUnits,
  DataSource,
  DataSourceError,
  DataSourceOutcome,
  InvocationContext,
} from './data-source.ts';
export {
  createDataSource,
  createDataSources,
  createSandboxDataSources,
  runsInSandbox,
  type DataSourceConfig,
  type DataSourceDeps,
  type SandboxConnections,
  type SandboxDataSources,
} from './registry.ts';
export { createDynamoDbDataSource, INVALID_TOKEN_MESSAGE, type DynamoDbDataSourceOptions } from './dynamodb/index.ts';
/** A DynamoDB item as the plain JSON a handler's ctx.result shows (bench/server's floor reads items so). */
export { toDataSourceError } from './dynamodb/errors.ts';
export { toPlainItem } from './dynamodb/typed-values.ts';
export { createWireDynamoDbClient, type DynamoDbSender } from './dynamodb/wire-client.ts';
export {
  createLambdaDataSource,
  createLambdaRunner,
  type LambdaRunner,
  type LambdaRunnerOptions,
} from './lambda/index.ts';
export { createNoneDataSource } from './none/index.ts';
export { createOpenSearchDataSource, type OpenSearchDataSourceOptions } from './opensearch/index.ts';
