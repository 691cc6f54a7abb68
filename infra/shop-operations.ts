// Operating the stack beyond its resources: sign-up email through SES (when a sender is given), the public API
// key's renewal, the alarms with their topic, the dashboard, and checkout metrics. Called by ShopStack.
import { CfnCondition, CfnParameter, Fn, type RemovalPolicy, type Stack } from 'aws-cdk-lib';
import * as appsync from 'aws-cdk-lib/aws-appsync';
import type { CfnUserPool } from 'aws-cdk-lib/aws-cognito';
import { ApiKeyRenewal } from './constructs/api-key-renewal.ts';
import type { AppSyncResolvers } from './constructs/appsync-resolvers.ts';
import type { CatalogChanges } from './constructs/catalog-changes.ts';
import type { OrderEvents } from './constructs/order-events.ts';
import type { ProductImages } from './constructs/product-images.ts';
import type { Payments } from './constructs/payments.ts';
import type { ProductSearch } from './constructs/product-search.ts';
import type { ShopApi } from './constructs/shop-api.ts';
import { ShopAlarms } from './constructs/shop-alarms.ts';
import type { ShopAuth } from './constructs/shop-auth.ts';
import { CHECKOUT_RESOLVER, ShopDashboard } from './constructs/shop-dashboard.ts';
import type { ShopTable } from './constructs/shop-table.ts';

/** The parts of ShopStack the monitoring reads. */
export interface ShopParts {
  readonly api: ShopApi;
  readonly table: ShopTable;
  readonly resolvers: AppSyncResolvers;
  readonly catalogChanges: CatalogChanges;
  readonly orderEvents: OrderEvents;
  readonly images: ProductImages;
  readonly search: ProductSearch;
  readonly payments: Payments;
}

/**
 * Sign-up and recovery email through SES when a verified sender is given (parameter `SesSenderEmail`), else
 * Cognito's default sender, which has a small daily cap (Cognito Developer Guide, "Email settings for user pools").
 */
export function sendEmailThroughSes(stack: Stack, auth: ShopAuth): void {
  const sender = new CfnParameter(stack, 'SesSenderEmail', {
    type: 'String',
    default: '',
    allowedPattern: '^$|^[^@\\s]+@[^@\\s]+$',
    description: 'An SES-verified address (same region, out of the SES sandbox) to send sign-up email; empty: Cognito',
  });
  const useSes = new CfnCondition(stack, 'UseSesForEmail', {
    expression: Fn.conditionNot(Fn.conditionEquals(sender.valueAsString, '')),
  });
  const sourceArn = stack.formatArn({ service: 'ses', resource: 'identity', resourceName: sender.valueAsString });
  (auth.userPool.node.defaultChild as CfnUserPool).emailConfiguration = Fn.conditionIf(
    useSes.logicalId,
    { EmailSendingAccount: 'DEVELOPER', From: sender.valueAsString, SourceArn: sourceArn },
    { EmailSendingAccount: 'COGNITO_DEFAULT' },
  );
}

/** The key's renewal, the alarms and their topic, the dashboard, and checkout metrics (enhanced metrics). */
export function monitorShop(
  stack: Stack,
  parts: ShopParts,
  removalPolicy: RemovalPolicy,
): { apiKeyRenewal: ApiKeyRenewal; alarms: ShopAlarms; dashboard: ShopDashboard } {
  const apiKey = parts.api.api.node.children.find((c): c is appsync.CfnApiKey => c instanceof appsync.CfnApiKey);
  if (!apiKey) throw new Error(`${stack.node.path}: the API has no API key to renew`);
  const apiKeyRenewal = new ApiKeyRenewal(stack, 'ApiKeyRenewal', {
    api: parts.api.api,
    apiKey,
    removalPolicy,
  });
  const cfnApi = parts.api.api.node.defaultChild as appsync.CfnGraphQLApi;
  cfnApi.enhancedMetricsConfig = {
    resolverLevelMetricsBehavior: 'PER_RESOLVER_METRICS',
    dataSourceLevelMetricsBehavior: 'PER_DATA_SOURCE_METRICS',
    operationLevelMetricsConfig: 'DISABLED',
  };
  const checkout = parts.resolvers.resolvers.get(`${CHECKOUT_RESOLVER.typeName}.${CHECKOUT_RESOLVER.fieldName}`);
  if (checkout) (checkout.node.defaultChild as appsync.CfnResolver).metricsConfig = 'ENABLED';
  const startPayment = parts.resolvers.resolvers.get('Mutation.startPayment');
  if (startPayment) (startPayment.node.defaultChild as appsync.CfnResolver).metricsConfig = 'ENABLED';

  const functions = {
    CatalogChanges: parts.catalogChanges.function,
    OrderEvents: parts.orderEvents.function,
    ImageUploads: parts.images.uploadsFunction,
    ImageObjects: parts.images.objectsFunction,
    ApiKeyRenewal: apiKeyRenewal.function,
    Payments: parts.payments.function,
    PaymentWebhook: parts.payments.webhookFunction,
    UnpaidOrders: parts.payments.expiryFunction,
  };
  const deadLetterQueues = {
    CatalogChanges: parts.catalogChanges.deadLetters,
    OrderEvents: parts.orderEvents.deadLetters,
  };
  // Logical id `AlarmEmail` (top level): `cdk deploy --parameters AlarmEmail=ops@example.com`.
  const alarmEmail = new CfnParameter(stack, 'AlarmEmail', {
    type: 'String',
    default: '',
    allowedPattern: '^$|^[^@\\s]+@[^@\\s]+$',
    description: 'Email address that alarm notifications go to (confirm the subscription email); empty: none',
  });
  const alarms = new ShopAlarms(stack, 'Alarms', {
    alarmEmail: alarmEmail.valueAsString,
    api: parts.api.api,
    table: parts.table.table,
    deadLetterQueues,
    functions,
    domain: parts.search.domain,
    searchVolumeGiB: parts.search.capacity.volumeGiB,
    otherAlarms: [apiKeyRenewal.alarm],
  });
  const dashboard = new ShopDashboard(stack, 'Dashboard', {
    api: parts.api.api,
    table: parts.table.table,
    functions,
    deadLetterQueues,
    domain: parts.search.domain,
    apiKeyDaysLeft: apiKeyRenewal.daysLeft,
    alarms: [...alarms.alarms, apiKeyRenewal.alarm],
  });
  return { apiKeyRenewal, alarms, dashboard };
}
