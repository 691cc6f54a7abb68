// Product search: an OpenSearch Service domain (encrypted at rest and node to node, HTTPS only with a
// TLS 1.2 PFS policy, IAM access for exactly two roles), the AppSync `search` data source on a role we
// write, the indexer fed by the table's stream (product and variant items), and the `products` index
// created at deploy by the indexer itself through a custom resource (CDK custom_resources.Provider).
import { createHash } from 'node:crypto';
import { CustomResource, Duration, RemovalPolicy, Stack, Token } from 'aws-cdk-lib';
import * as appsync from 'aws-cdk-lib/aws-appsync';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as opensearch from 'aws-cdk-lib/aws-opensearchservice';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import * as cr from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';
import { DATA_SOURCES, PRODUCT_INDEX, PRODUCT_INDEX_MAPPING } from '../../contracts/index.ts';
import { BundledFunction } from './bundled-function.ts';

/** The newest OpenSearch 2.x the installed aws-cdk-lib knows. */
export const SEARCH_ENGINE_VERSION = opensearch.EngineVersion.OPENSEARCH_2_19;

/** What the resolvers send (search-dsl.md): POST /products/_search and the _count/_doc reads. */
export const SEARCH_DATA_SOURCE_ACTIONS = ['es:ESHttpGet', 'es:ESHttpPost'] as const;

/** What the indexer sends: HEAD/PUT /products (index set-up) and POST /_bulk. */
export const INDEXER_ACTIONS = ['es:ESHttpHead', 'es:ESHttpPut', 'es:ESHttpPost'] as const;

/** The items the indexer is fed (docs/data-model.md `entity`), by the event source mapping's filter. */
export const INDEXED_ENTITIES = ['Product', 'Variant'] as const;

export interface ProductSearchProps {
  readonly api: appsync.IGraphqlApi;
  readonly table: dynamodb.ITable;
  /** data node instance type, e.g. a CloudFormation parameter's value (`t3.small.search`) */
  readonly instanceType: string;
  /** data node count, e.g. a CloudFormation parameter's value */
  readonly instanceCount: number;
  /**
   * The domain's name (3–28 characters, a–z, 0–9, hyphens): fixed, so the access policy can name the
   * domain's ARN without a cycle and `search:reindex` can find it.
   *
   * @default `<stack name>-products`, lower-cased and cut to 28 characters
   */
  readonly domainName?: string;
  /** @default 10 */
  readonly volumeSizeGiB?: number;
  /** domain, log groups and dead letters; @default RemovalPolicy.RETAIN */
  readonly removalPolicy?: RemovalPolicy;
}

/** An OpenSearch data source that uses exactly the role it is given (the L2 would grant read/write). */
class SearchDataSource extends appsync.BackedDataSource {
  constructor(
    scope: Construct,
    id: string,
    props: { api: appsync.IGraphqlApi; name: string; endpoint: string; serviceRole: iam.IRole },
  ) {
    super(
      scope,
      id,
      {
        api: props.api,
        name: props.name,
        serviceRole: props.serviceRole,
        description: 'The product search index (OpenSearch Service)',
      },
      {
        type: 'AMAZON_OPENSEARCH_SERVICE',
        openSearchServiceConfig: { awsRegion: Stack.of(scope).region, endpoint: props.endpoint },
      },
    );
  }
}

function defaultDomainName(scope: Construct): string {
  const stackName = Stack.of(scope).stackName;
  if (Token.isUnresolved(stackName)) throw new Error(`${scope.node.path}: give domainName, the stack name is a token`);
  const name = `${stackName.toLowerCase().replace(/[^a-z0-9-]/g, '-')}-products`.replace(/^[^a-z]+/, '');
  return name.slice(0, 28).replace(/-+$/, '');
}

export class ProductSearch extends Construct {
  public readonly domain: opensearch.Domain;
  public readonly domainName: string;
  /** `https://<domain endpoint>` */
  public readonly endpoint: string;
  public readonly dataSource: appsync.BaseDataSource;
  /** Role AppSync assumes for the `search` data source. */
  public readonly dataSourceRole: iam.Role;
  public readonly indexer: lambda.Function;
  public readonly indexerRole: iam.Role;
  public readonly deadLetters: sqs.Queue;

  constructor(scope: Construct, id: string, props: ProductSearchProps) {
    super(scope, id);
    const stack = Stack.of(this);
    const removalPolicy = props.removalPolicy ?? RemovalPolicy.RETAIN;
    this.domainName = props.domainName ?? defaultDomainName(this);
    // The ARN by name (Stack.formatArn), not the domain's attribute: the domain's own policy needs it.
    const domainArn = stack.formatArn({ service: 'es', resource: 'domain', resourceName: this.domainName });

    // Slow search/index logs and application logs (cdk-nag OS9), to log groups we create with retention.
    const logGroups = {
      SEARCH_SLOW_LOGS: this.logGroup('SearchSlowLogs', removalPolicy),
      INDEX_SLOW_LOGS: this.logGroup('IndexSlowLogs', removalPolicy),
      ES_APPLICATION_LOGS: this.logGroup('ApplicationLogs', removalPolicy),
    };
    // OpenSearch Service writes to CloudWatch Logs under a resource policy on the log groups ("Monitoring
    // OpenSearch logs with Amazon CloudWatch Logs"), written here instead of the L2's Lambda-backed one.
    const logPolicy = new logs.CfnResourcePolicy(this, 'LogsResourcePolicy', {
      policyName: `${this.domainName}-logs`,
      policyDocument: stack.toJsonString(
        new iam.PolicyDocument({
          statements: [
            new iam.PolicyStatement({
              principals: [new iam.ServicePrincipal('es.amazonaws.com')],
              actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
              resources: Object.values(logGroups).map((g) => `${g.logGroupArn}:*`),
              conditions: {
                StringEquals: { 'aws:SourceAccount': stack.account },
                ArnLike: { 'aws:SourceArn': domainArn },
              },
            }),
          ],
        }).toJSON(),
      ),
    });

    this.domain = new opensearch.Domain(this, 'Domain', {
      version: SEARCH_ENGINE_VERSION,
      domainName: this.domainName,
      capacity: { dataNodeInstanceType: 't3.small.search', dataNodes: 1, multiAzWithStandbyEnabled: false },
      ebs: { enabled: true, volumeSize: props.volumeSizeGiB ?? 10, volumeType: ec2.EbsDeviceVolumeType.GP3 },
      encryptionAtRest: { enabled: true },
      nodeToNodeEncryption: true,
      enforceHttps: true,
      tlsSecurityPolicy: opensearch.TLSSecurityPolicy.TLS_1_2_PFS,
      removalPolicy,
    });
    const cfnDomain = this.domain.node.defaultChild as opensearch.CfnDomain;
    // Parameters as tokens go straight to the L1: the L2 validates literal instance types and counts only.
    cfnDomain.addPropertyOverride('ClusterConfig.InstanceType', props.instanceType);
    cfnDomain.addPropertyOverride('ClusterConfig.InstanceCount', props.instanceCount);
    cfnDomain.logPublishingOptions = Object.fromEntries(
      Object.entries(logGroups).map(([kind, g]) => [kind, { enabled: true, cloudWatchLogsLogGroupArn: g.logGroupArn }]),
    );
    cfnDomain.node.addDependency(logPolicy);
    this.endpoint = `https://${this.domain.domainEndpoint}`;

    this.dataSourceRole = new iam.Role(this, 'DataSourceRole', {
      assumedBy: new iam.ServicePrincipal('appsync.amazonaws.com'),
      description: `AppSync data source "${DATA_SOURCES.search}": search requests on the ${PRODUCT_INDEX} index only`,
      inlinePolicies: {
        Search: new iam.PolicyDocument({
          statements: [
            new iam.PolicyStatement({
              actions: [...SEARCH_DATA_SOURCE_ACTIONS],
              resources: [`${domainArn}/${PRODUCT_INDEX}/*`],
            }),
          ],
        }),
      },
    });
    this.dataSource = new SearchDataSource(this, 'DataSource', {
      api: props.api,
      name: DATA_SOURCES.search,
      endpoint: this.endpoint,
      serviceRole: this.dataSourceRole,
    });

    const fn = new BundledFunction(this, 'Indexer', {
      name: 'search-indexer',
      description: 'Keeps the product search index in step with the table stream; creates the index at deploy',
      environment: { TABLE_NAME: props.table.tableName, SEARCH_ENDPOINT: this.endpoint },
      timeout: Duration.seconds(30),
      logRemovalPolicy: removalPolicy,
    });
    this.indexer = fn.function;
    this.indexerRole = fn.role;
    fn.role.addToPrincipalPolicy(
      new iam.PolicyStatement({
        sid: 'ReadCatalog',
        actions: ['dynamodb:BatchGetItem'],
        resources: [props.table.tableArn],
      }),
    );
    fn.role.addToPrincipalPolicy(
      new iam.PolicyStatement({
        sid: 'WriteIndex',
        actions: [...INDEXER_ACTIONS],
        resources: [`${domainArn}/_bulk`, `${domainArn}/${PRODUCT_INDEX}`],
      }),
    );

    // The domain's resource policy: the two roles, by ARN (no wildcard principal), on this domain only.
    cfnDomain.accessPolicies = new iam.PolicyDocument({
      statements: [
        new iam.PolicyStatement({
          principals: [new iam.ArnPrincipal(fn.role.roleArn), new iam.ArnPrincipal(this.dataSourceRole.roleArn)],
          actions: ['es:ESHttp*'],
          resources: [`${domainArn}/*`],
        }),
      ],
    }).toJSON();

    this.deadLetters = new sqs.Queue(this, 'DeadLetters', {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
      removalPolicy,
    });
    const entities = lambda.FilterRule.or(...INDEXED_ENTITIES);
    this.indexer.addEventSource(
      new DynamoEventSource(props.table, {
        // New changes only: `npm run search:reindex` fills the index once; TRIM_HORIZON would replay 24 h.
        startingPosition: lambda.StartingPosition.LATEST,
        batchSize: 100,
        retryAttempts: 5,
        bisectBatchOnError: true,
        reportBatchItemFailures: true,
        parallelizationFactor: 1,
        onFailure: new SqsDlq(this.deadLetters),
        // Filters are ORed (Lambda "event filtering"): a product or variant item written, or removed.
        filters: [
          lambda.FilterCriteria.filter({ dynamodb: { NewImage: { entity: { S: entities } } } }),
          lambda.FilterCriteria.filter({ dynamodb: { OldImage: { entity: { S: entities } } } }),
        ],
      }),
    );

    this.createIndexAtDeploy(removalPolicy);
  }

  private logGroup(id: string, removalPolicy: RemovalPolicy): logs.LogGroup {
    return new logs.LogGroup(this, id, { retention: logs.RetentionDays.ONE_MONTH, removalPolicy });
  }

  /** Custom resource -> provider framework -> the indexer's Create/Update: the index with its mapping. */
  private createIndexAtDeploy(removalPolicy: RemovalPolicy): void {
    const frameworkLogs = this.logGroup('IndexSetupLogs', removalPolicy);
    const frameworkRole = new iam.Role(this, 'IndexSetupRole', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: 'Custom resource provider framework: invoke the indexer, write its own log group',
    });
    frameworkRole.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        resources: [frameworkLogs.logGroupArn],
      }),
    );
    const provider = new cr.Provider(this, 'IndexSetup', {
      onEventHandler: this.indexer,
      frameworkOnEventRole: frameworkRole,
      logGroup: frameworkLogs,
    });
    new CustomResource(this, 'Index', {
      serviceToken: provider.serviceToken,
      resourceType: 'Custom::ProductSearchIndex',
      // The mapping's hash: a changed mapping runs Update, which only checks that the index exists
      // (changing a live mapping needs `npm run search:reindex -- --recreate`, docs/infra.md).
      properties: {
        Index: PRODUCT_INDEX,
        Endpoint: this.endpoint,
        MappingSha256: createHash('sha256').update(JSON.stringify(PRODUCT_INDEX_MAPPING)).digest('hex'),
      },
    });
  }
}
