// AWS::DynamoDB::Table resources as CreateTable inputs for DynamoDB Local (same keys, indexes,
// stream and TTL as the cloud table), each named by its Ref value.
import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';
import { resourcesOfType, type Template, type TemplateJson } from './cloud-assembly.ts';
import type { Resolve } from './intrinsics.ts';

export interface TableDefinition {
  logicalId: string;
  create: CreateTableCommandInput;
  timeToLiveAttribute?: string;
}

export function tableDefinitions(
  template: Template,
  resolve: Resolve,
  tableName: (logicalId: string) => string,
): TableDefinition[] {
  return resourcesOfType(template, 'AWS::DynamoDB::Table').map(([logicalId, resource]) => {
    const p = resolve(resource.Properties ?? {}) as TemplateJson;
    const create: CreateTableCommandInput = {
      TableName: tableName(logicalId),
      AttributeDefinitions: p.AttributeDefinitions,
      KeySchema: p.KeySchema,
      BillingMode: 'PAY_PER_REQUEST',
    };
    if (p.GlobalSecondaryIndexes) {
      create.GlobalSecondaryIndexes = (p.GlobalSecondaryIndexes as TemplateJson[]).map((g) => ({
        IndexName: g.IndexName,
        KeySchema: g.KeySchema,
        Projection: g.Projection,
      }));
    }
    if (p.LocalSecondaryIndexes) create.LocalSecondaryIndexes = p.LocalSecondaryIndexes;
    if (p.StreamSpecification)
      create.StreamSpecification = { StreamEnabled: true, StreamViewType: p.StreamSpecification.StreamViewType };
    const ttl = p.TimeToLiveSpecification;
    return ttl?.Enabled ? { logicalId, create, timeToLiveAttribute: ttl.AttributeName } : { logicalId, create };
  });
}
