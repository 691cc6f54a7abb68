// A stable id per resource, as Metadata, in the spirit of SAM's `SamResourceId`. Nothing reads it
// yet: local/ finds resources by type, which is enough while the stack has one of each.
import type { CfnResource } from 'aws-cdk-lib';

export const LOCAL_ID_KEY = 'ShopLocalId';

/** Stable local ids, one per resource the twin stands up. */
export const LocalId = {
  TABLE: 'table',
  USER_POOL: 'userPool',
  USER_POOL_CLIENT: 'userPoolClient',
  ADMIN_GROUP: 'adminGroup',
  API: 'api',
  API_KEY: 'apiKey',
  dataSource: (name: string) => `dataSource:${name}`,
} as const;

export function tagLocalId(resource: CfnResource, id: string): void {
  resource.addMetadata(LOCAL_ID_KEY, id);
}
