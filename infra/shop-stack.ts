// The one stack: table, sign-in, API, product images, resolvers, outputs. Environment-agnostic (no env, no lookups),
// so `cdk synth` works offline and the template deploys to any account and region.
import { CfnOutput, CfnParameter, Duration, Fn, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import * as appsync from 'aws-cdk-lib/aws-appsync';
import type { Construct } from 'constructs';
import { DATA_SOURCES } from '../contracts/index.ts';
import type { ApiKeyRenewal } from './constructs/api-key-renewal.ts';
import { AppSyncResolvers } from './constructs/appsync-resolvers.ts';
import type { ShopAlarms } from './constructs/shop-alarms.ts';
import type { ShopDashboard } from './constructs/shop-dashboard.ts';
import { CatalogChanges } from './constructs/catalog-changes.ts';
import { LOCAL_STOREFRONT_ORIGINS, ProductImages } from './constructs/product-images.ts';
import { ShopApi } from './constructs/shop-api.ts';
import { ShopAuth } from './constructs/shop-auth.ts';
import { OrderEvents } from './constructs/order-events.ts';
import { Payments } from './constructs/payments.ts';
import { ProductSearch } from './constructs/product-search.ts';
import { GSI_NAMES, ShopTable } from './constructs/shop-table.ts';
import { acknowledgeNagFindings } from './nag.ts';
import { monitorShop, sendEmailThroughSes } from './shop-operations.ts';
import {
  SEARCH_INSTANCE_TYPES,
  stageSettings,
  type SearchCapacity,
  type StageName,
  type StageSettings,
} from './stage.ts';

export interface ShopStackProps extends StackProps {
  /** The resolver build's out dir (holds manifest.json), e.g. `dist/appsync`. */
  readonly bundleDir: string;

  /**
   * `dev` (small and destroyable) or `prod` (deletion protection, retained data, search on three nodes in
   * three zones): infra/stage.ts. The props below override single settings of the stage.
   *
   * @default 'dev'
   */
  readonly stage?: StageName;

  /**
   * Deletion protection on the table and the user pool.
   *
   * @default the stage's (dev: false, prod: true)
   */
  readonly deletionProtection?: boolean;

  /**
   * Removal policy of the table, the user pool, the log groups, the image buckets, the dead-letter queues
   * and the search domain.
   *
   * @default the stage's (dev: DESTROY, prod: RETAIN)
   */
  readonly removalPolicy?: RemovalPolicy;

  /**
   * Search capacity (data nodes, zones, dedicated masters, default instance type, volume).
   *
   * @default the stage's
   */
  readonly searchCapacity?: Partial<SearchCapacity>;

  /**
   * The shop's currency, `ctx.env.CURRENCY` in resolvers.
   *
   * @default 'USD'
   */
  readonly currency?: string;

  /**
   * Lifetime of the public API key, counted from synthesis (1–365 days).
   *
   * @default Duration.days(365)
   */
  readonly apiKeyValidity?: Duration;

  /**
   * Name of the public API key resource; change it to rotate the key (docs/infra.md).
   *
   * @default 'Public'
   */
  readonly apiKeyName?: string;

  /**
   * Record the acknowledgments in infra/nag.ts on the constructs. Off only in the test that lists the
   * raw cdk-nag findings to prove the acknowledgment list is exactly what the template needs.
   *
   * @default true
   */
  readonly acknowledgeNagFindings?: boolean;
}

export class ShopStack extends Stack {
  public readonly table: ShopTable;
  public readonly auth: ShopAuth;
  public readonly api: ShopApi;
  public readonly resolvers: AppSyncResolvers;
  public readonly orderEvents: OrderEvents;
  public readonly images: ProductImages;
  public readonly search: ProductSearch;
  public readonly catalogChanges: CatalogChanges;
  public readonly stage: StageSettings;
  public readonly apiKeyRenewal: ApiKeyRenewal;
  public readonly alarms: ShopAlarms;
  public readonly dashboard: ShopDashboard;
  public readonly payments: Payments;

  constructor(scope: Construct, id: string, props: ShopStackProps) {
    super(scope, id, props);
    const stage = stageSettings(props.stage ?? 'dev');
    this.stage = stage;
    const removalPolicy = props.removalPolicy ?? stage.removalPolicy;
    const deletionProtection = props.deletionProtection ?? stage.deletionProtection;

    // Logical id `Introspection` (top level), so `cdk deploy --parameters Introspection=ENABLED` and the
    // local twin can set it by name.
    const introspection = new CfnParameter(this, 'Introspection', {
      type: 'String',
      allowedValues: ['ENABLED', 'DISABLED'],
      default: 'DISABLED',
      description: 'GraphQL introspection (__schema, __type). ENABLED only for dev stacks and the local twin.',
    });

    // Logical id `StorefrontOrigins`: the origins whose pages may POST image uploads to the bucket (CORS).
    const storefrontOrigins = new CfnParameter(this, 'StorefrontOrigins', {
      type: 'CommaDelimitedList',
      default: LOCAL_STOREFRONT_ORIGINS.join(','),
      description: 'Storefront/admin origins allowed to upload product images from a browser (CORS on the bucket)',
    });

    this.table = new ShopTable(this, 'Table', { deletionProtection, removalPolicy });
    this.auth = new ShopAuth(this, 'Auth', { deletionProtection, removalPolicy });
    this.api = new ShopApi(this, 'Api', {
      userPool: this.auth.userPool,
      userPoolClient: this.auth.userPoolClient,
      table: this.table.table,
      tableIndexNames: GSI_NAMES,
      introspection: introspection.valueAsString,
      logRemovalPolicy: removalPolicy,
      ...(props.currency ? { currency: props.currency } : {}),
      ...(props.apiKeyValidity ? { apiKeyValidity: props.apiKeyValidity } : {}),
      ...(props.apiKeyName ? { apiKeyName: props.apiKeyName } : {}),
    });
    this.images = new ProductImages(this, 'Images', {
      storefrontOrigins: storefrontOrigins.valueAsList,
      removalPolicy,
    });
    this.api.addFunctionDataSource(
      'Media',
      DATA_SOURCES.media,
      this.images.uploadsFunction,
      'Signs presigned POST uploads of product images',
    );
    this.api.addFunctionDataSource(
      'ImageStore',
      DATA_SOURCES.imageStore,
      this.images.objectsFunction,
      'Tells whether a stored product image exists, with its type and size',
    );
    // ProductImage.url without a Lambda: resolvers join this base and the key (the twin reads it as http://).
    this.api.addEnvironmentVariable(
      'IMAGE_BASE_URL',
      Fn.join('', ['https://', this.images.distribution.distributionDomainName]),
    );
    // Top-level logical ids, so `cdk deploy --parameters SearchInstanceType=...` names them directly.
    const searchCapacity = { ...stage.search, ...props.searchCapacity };
    // The node count and zones are the stage's (replicas follow them at synth); the type may change at deploy.
    const searchInstanceType = new CfnParameter(this, 'SearchInstanceType', {
      type: 'String',
      default: searchCapacity.instanceType,
      allowedValues: [...SEARCH_INSTANCE_TYPES],
      description: 'OpenSearch data node type: those that encrypt at rest and take EBS volumes (docs/deploy.md)',
    });
    this.search = new ProductSearch(this, 'Search', {
      api: this.api.api,
      capacity: searchCapacity,
      instanceType: searchInstanceType.valueAsString,
      removalPolicy,
    });
    // The stream's catalog reader does both catalog jobs (two readers per shard at most: see the construct).
    this.catalogChanges = new CatalogChanges(this, 'CatalogChanges', {
      table: this.table.table,
      imagesBucketName: this.images.bucket.bucketName,
      searchEndpoint: this.search.endpoint,
      removalPolicy,
    });
    this.images.grantImageCleanup(this.catalogChanges.function);
    this.search.indexWith(this.catalogChanges.function);
    // Logical id `UnpaidOrderMinutes`: how long an order may wait for its payment before the shop cancels it.
    const unpaidOrderMinutes = new CfnParameter(this, 'UnpaidOrderMinutes', {
      type: 'Number',
      default: 30,
      minValue: 1,
      maxValue: 1440,
      description: 'Minutes an order may stay PENDING_PAYMENT before it is cancelled and its stock restored',
    });
    this.payments = new Payments(this, 'Payments', {
      api: this.api.api,
      table: this.table.table,
      unpaidOrderMinutes: unpaidOrderMinutes.valueAsString,
      removalPolicy,
    });
    this.api.addFunctionDataSource(
      'Payments',
      DATA_SOURCES.payments,
      this.payments.function,
      'Stripe Checkout Sessions, their expiry and refunds',
    );
    // startPayment's returnUrl must be on one of these (no open redirect); expireOrder checks the age.
    this.api.addEnvironmentVariable('STOREFRONT_ORIGINS', Fn.join(',', storefrontOrigins.valueAsList));
    this.api.addEnvironmentVariable('UNPAID_ORDER_MINUTES', unpaidOrderMinutes.valueAsString);
    // Logical id `PricesIncludeTax`: US-style prices plus tax (false) or EU-style prices that include it
    // (docs/pricing.md).
    const pricesIncludeTax = new CfnParameter(this, 'PricesIncludeTax', {
      type: 'String',
      default: 'false',
      allowedValues: ['false', 'true'],
      description: 'true: catalog prices include tax (shown, not added); false: tax is added at checkout',
    });
    this.api.addEnvironmentVariable('PRICES_INCLUDE_TAX', pricesIncludeTax.valueAsString);
    this.resolvers = new AppSyncResolvers(this, 'Resolvers', {
      api: this.api.api,
      dataSources: { ...this.api.dataSources, [DATA_SOURCES.search]: this.search.dataSource },
      bundleDir: props.bundleDir,
    });
    this.orderEvents = new OrderEvents(this, 'OrderEvents', {
      api: this.api.api,
      table: this.table.table,
      removalPolicy,
    });

    sendEmailThroughSes(this, this.auth);
    const ops = monitorShop(this, this, removalPolicy);
    this.apiKeyRenewal = ops.apiKeyRenewal;
    this.alarms = ops.alarms;
    this.dashboard = ops.dashboard;

    const output = (id: string, value: string, description: string) => new CfnOutput(this, id, { value, description });
    output('GraphqlUrl', this.api.api.graphqlUrl, 'GraphQL endpoint (HTTPS)');
    output(
      'RealtimeUrl',
      (this.api.api.node.defaultChild as appsync.CfnGraphQLApi).attrRealtimeUrl,
      'Real-time (WebSocket) endpoint',
    );
    output('Region', this.region, 'Region the stack is deployed to');
    output(
      'ApiKey',
      this.api.api.apiKey ?? '',
      'Public API key for anonymous catalog reads (not a secret: it ships in storefronts)',
    );
    output('UserPoolId', this.auth.userPool.userPoolId, 'Cognito user pool id');
    output(
      'UserPoolClientId',
      this.auth.userPoolClient.userPoolClientId,
      'Cognito app client id (public client, no secret)',
    );
    // Apps format and take prices in it (clients/config.ts StackOutputs.Currency); the API refuses any other.
    output('Currency', this.api.currency, "The shop's one currency (ISO 4217), as resolvers get it in CURRENCY");
    output('TableName', this.table.table.tableName, 'DynamoDB table');
    output('StripeWebhookUrl', this.payments.webhookUrl.url, "Give it to Stripe as the webhook endpoint's URL");
    output(
      'StripeSecretKeyArn',
      this.payments.secretKey.secretArn,
      'Put the Stripe secret key here (aws secretsmanager put-secret-value)',
    );
    output(
      'StripeWebhookSecretArn',
      this.payments.webhookSecret.secretArn,
      "Put the webhook endpoint's signing secret (whsec_…) here",
    );
    output(
      'OrderServicePolicyArn',
      this.api.orderServicePolicy.managedPolicyArn,
      'Attach to payment/fulfilment service roles',
    );

    output(
      'ImagesBucketName',
      this.images.bucket.bucketName,
      'Private bucket of product images (uploads by presigned POST)',
    );
    output(
      'ImagesCdnDomain',
      this.images.distribution.distributionDomainName,
      'CloudFront domain serving product images',
    );
    output('SearchDomainName', this.search.domainName, 'OpenSearch domain (npm run search:reindex -- --domain)');
    output('SearchEndpoint', this.search.endpoint, 'OpenSearch domain endpoint (HTTPS, IAM-signed requests only)');

    output('AlarmTopicArn', this.alarms.topic.topicArn, 'SNS topic every alarm notifies (subscribe more endpoints)');
    output(
      'DashboardName',
      this.dashboard.dashboard.dashboardName,
      "CloudWatch dashboard of the shop's golden signals",
    );

    if (props.acknowledgeNagFindings ?? true) acknowledgeNagFindings(this);
  }
}
