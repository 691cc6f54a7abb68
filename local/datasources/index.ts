// The data sources an API declares, as local implementations the executor can call.
import type { DynamoDbSender } from './dynamodb/wire-client.ts';
import type { DataSource } from '../runtime/executor/data-source.ts';
import { createNoneDataSource } from '../runtime/executor/none-data-source.ts';
import type { DataSourceModel } from '../stack/index.ts';
import { createDynamoDbDataSource } from './dynamodb/index.ts';

export interface DataSourceDeps {
  dynamodb?: DynamoDbSender;
  /** key for nextToken encryption; random per process when omitted */
  tokenKey?: Uint8Array;
  /** further data source types (Lambda, OpenSearch …) by type name */
  factories?: Record<string, (model: DataSourceModel) => DataSource>;
}

export function createDataSources(models: DataSourceModel[], deps: DataSourceDeps): Map<string, DataSource> {
  const sources = new Map<string, DataSource>();
  for (const model of models) {
    if (model.type === 'NONE') sources.set(model.name, createNoneDataSource(model.name));
    else if (model.type === 'AMAZON_DYNAMODB') {
      if (!model.tableName) throw new Error(`Data source ${model.name} names no table`);
      if (!deps.dynamodb) throw new Error(`Data source ${model.name}: DynamoDB Local is not running`);
      sources.set(model.name, createDynamoDbDataSource({ name: model.name, tableName: model.tableName, client: deps.dynamodb, ...(deps.tokenKey ? { tokenKey: deps.tokenKey } : {}) }));
    } else {
      const factory = deps.factories?.[model.type];
      if (!factory) throw new Error(`Data source ${model.name}: type ${model.type} is not supported locally`);
      sources.set(model.name, factory(model));
    }
  }
  return sources;
}
