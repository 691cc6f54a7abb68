// Product search: an OpenSearch Service domain (encrypted at rest and node to node, HTTPS only with a
// TLS 1.2 PFS policy, IAM access for exactly two roles), the AppSync `search` data source on a role we
// write, and the `products` alias with its index brought to the contract's mapping at deploy by the indexing
// function through a custom resource (CDK custom_resources.Provider): created, given new fields, or rebuilt
// from the table and swapped (functions/search-indexer/index-evolution.ts). The indexer is given with indexWith.
import { CustomResource, RemovalPolicy, Stack, Token } from 'aws-cdk-lib';
import * as appsync from 'aws-cdk-lib/aws-appsync';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as opensearch from 'aws-cdk-lib/aws-opensearchservice';
import * as cr from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';
import { DATA_SOURCES, PRODUCT_INDEX, PRODUCT_INDEX_MAPPING } from '../../contracts/index.ts';
import { checkSearchCapacity, searchReplicas, type SearchCapacity } from '../stage.ts';
import {
  ALIAS_READ_ACTIONS,
  ALIAS_SWAP_ACTIONS,
  BULK_ACTIONS,
  SEARCH_DATA_SOURCE_ACTIONS,
  VERSIONED_INDEX_ACTIONS,
} from './search-access.ts';

/** The newest OpenSearch 2.x the installed aws-cdk-lib knows. */
export const SEARCH_ENGINE_VERSION = opensearch.EngineVersion.OPENSEARCH_2_19;

export { ALIAS_READ_ACTIONS, ALIAS_SWAP_ACTIONS, BULK_ACTIONS, SEARCH_DATA_SOURCE_ACTIONS, VERSIONED_INDEX_ACTIONS };

export interface ProductSearchProps {
  readonly api: appsync.IGraphqlApi;
  /** nodes, zones and the default instance type, checked at synth (infra/stage.ts) */
  readonly capacity: SearchCapacity;
  /**
   * data node instance type when it differs from `capacity.instanceType`, e.g. the SearchInstanceType
   * parameter's value (its AllowedValues are SEARCH_INSTANCE_TYPES)
   *
   * @default capacity.instanceType
   */
  readonly instanceType?: string;
  /**
   * The domain's name (3–28 characters, a–z, 0–9, hyphens): fixed, so the access policy can name the
   * domain's ARN without a cycle and `search:reindex` can find it.
   *
   * @default `<stack name>-products`, lower-cased and cut to 28 characters
   */
  readonly domainName?: string;
  /** domain and log groups; @default RemovalPolicy.RETAIN */
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
  public readonly capacity: SearchCapacity;
  /** replica shards of the index: one per other data node, at most 2 (0 on one node) */
  public readonly replicas: number;
  /** The function that writes the index, once indexWith has named it. */
  public indexer?: lambda.IFunction;
  private readonly domainArn: string;
  private readonly removalPolicy: RemovalPolicy;

  constructor(scope: Construct, id: string, props: ProductSearchProps) {
    super(scope, id);
    const stack = Stack.of(this);
    const removalPolicy = props.removalPolicy ?? RemovalPolicy.RETAIN;
    this.domainName = props.domainName ?? defaultDomainName(this);
    // The ARN by name (Stack.formatArn), not the domain's attribute: the domain's own policy needs it.
    const domainArn = stack.formatArn({ service: 'es', resource: 'domain', resourceName: this.domainName });
    this.domainArn = domainArn;
    this.removalPolicy = removalPolicy;

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

    const capacity = props.capacity;
    checkSearchCapacity(capacity);
    this.capacity = capacity;
    this.domain = new opensearch.Domain(this, 'Domain', {
      version: SEARCH_ENGINE_VERSION,
      domainName: this.domainName,
      capacity: {
        dataNodeInstanceType: capacity.instanceType,
        dataNodes: capacity.dataNodes,
        ...(capacity.dedicatedMasters > 0
          ? { masterNodes: capacity.dedicatedMasters, masterNodeInstanceType: 'm7g.large.search' }
          : {}),
        multiAzWithStandbyEnabled: false,
      },
      // Spread over the zones, so one zone's outage leaves a copy of every shard (replicas below).
      zoneAwareness: capacity.zones > 1 ? { enabled: true, availabilityZoneCount: capacity.zones } : { enabled: false },
      ebs: { enabled: true, volumeSize: capacity.volumeGiB, volumeType: ec2.EbsDeviceVolumeType.GP3 },
      encryptionAtRest: { enabled: true },
      nodeToNodeEncryption: true,
      enforceHttps: true,
      tlsSecurityPolicy: opensearch.TLSSecurityPolicy.TLS_1_2_PFS,
      // EngineVersion changes in place (UpdatePolicy EnableVersionUpgrade), not by a replacement that the
      // fixed domain name would make CloudFormation refuse (CloudFormation User Guide, UpdatePolicy attribute).
      enableVersionUpgrade: true,
      removalPolicy,
    });
    const cfnDomain = this.domain.node.defaultChild as opensearch.CfnDomain;
    // A parameter's token goes straight to the L1 (the L2 validates literal types only); its AllowedValues
    // are SEARCH_INSTANCE_TYPES, so CloudFormation refuses any other before the domain is touched.
    if (props.instanceType) cfnDomain.addPropertyOverride('ClusterConfig.InstanceType', props.instanceType);
    cfnDomain.logPublishingOptions = Object.fromEntries(
      Object.entries(logGroups).map(([kind, g]) => [kind, { enabled: true, cloudWatchLogsLogGroupArn: g.logGroupArn }]),
    );
    cfnDomain.node.addDependency(logPolicy);
    this.replicas = searchReplicas(capacity.dataNodes);
    this.endpoint = `https://${this.domain.domainEndpoint}`;

    this.dataSourceRole = new iam.Role(this, 'DataSourceRole', {
      assumedBy: new iam.ServicePrincipal('appsync.amazonaws.com'),
      description: `AppSync data source "${DATA_SOURCES.search}": search requests on the ${PRODUCT_INDEX} index only`,
    });
    // A policy of its own, on the domain's Arn attribute: the same resource under any stack name (so the cdk-nag
    // acknowledgment holds for every stack), and no cycle (the domain's access policy names the role, not this).
    new iam.Policy(this, 'DataSourcePolicy', {
      roles: [this.dataSourceRole],
      statements: [
        new iam.PolicyStatement({
          actions: [...SEARCH_DATA_SOURCE_ACTIONS],
          resources: [`${this.domain.domainArn}/${PRODUCT_INDEX}/*`],
        }),
      ],
    });
    this.dataSource = new SearchDataSource(this, 'DataSource', {
      api: props.api,
      name: DATA_SOURCES.search,
      endpoint: this.endpoint,
      serviceRole: this.dataSourceRole,
    });

    // Without the indexer the domain would have no writer and no index: synthesis says so.
    this.node.addValidation({
      validate: () => (this.indexer ? [] : ['ProductSearch: call indexWith(<function>) to name the indexer']),
    });
  }

  /**
   * The function that writes the index: its role may read and swap the `products` alias, manage the
   * `products-v<N>` indexes and POST `/_bulk` (nothing else), the domain's resource policy names that role
   * beside the data source's, and it sets up the index at deploy through the custom resource. Once only.
   */
  public indexWith(indexer: lambda.IFunction): void {
    if (this.indexer) throw new Error(`${this.node.path}: the indexer is already ${this.indexer.node.path}`);
    if (!indexer.role) throw new Error(`${this.node.path}: the indexer ${indexer.node.path} has no role`);
    this.indexer = indexer;
    // On the domain's Arn attribute, as the data source's: the same resource under any stack name.
    const arn = this.domain.domainArn;
    indexer.addToRolePolicy(
      new iam.PolicyStatement({
        sid: 'ReadAlias',
        actions: [...ALIAS_READ_ACTIONS],
        resources: [`${arn}/_alias/${PRODUCT_INDEX}`, `${arn}/${PRODUCT_INDEX}`],
      }),
    );
    indexer.addToRolePolicy(
      new iam.PolicyStatement({ sid: 'SwapAlias', actions: [...ALIAS_SWAP_ACTIONS], resources: [`${arn}/_aliases`] }),
    );
    indexer.addToRolePolicy(
      new iam.PolicyStatement({
        sid: 'ManageVersionedIndexes',
        actions: [...VERSIONED_INDEX_ACTIONS],
        resources: [`${arn}/${PRODUCT_INDEX}-v*`, `${arn}/${PRODUCT_INDEX}-v*/*`],
      }),
    );
    indexer.addToRolePolicy(
      new iam.PolicyStatement({
        sid: 'WriteIndex',
        actions: [...BULK_ACTIONS],
        resources: [`${this.domainArn}/_bulk`],
      }),
    );
    // The domain's resource policy: the two roles, by ARN (no wildcard principal), on this domain only.
    (this.domain.node.defaultChild as opensearch.CfnDomain).accessPolicies = new iam.PolicyDocument({
      statements: [
        new iam.PolicyStatement({
          principals: [new iam.ArnPrincipal(indexer.role.roleArn), new iam.ArnPrincipal(this.dataSourceRole.roleArn)],
          actions: ['es:ESHttp*'],
          resources: [`${this.domainArn}/*`],
        }),
      ],
    }).toJSON();
    this.createIndexAtDeploy(indexer, this.removalPolicy);
  }

  private logGroup(id: string, removalPolicy: RemovalPolicy): logs.LogGroup {
    return new logs.LogGroup(this, id, { retention: logs.RetentionDays.ONE_MONTH, removalPolicy });
  }

  /** Custom resource -> provider framework -> the indexer's Create/Update: the alias and its index's mapping. */
  private createIndexAtDeploy(indexer: lambda.IFunction, removalPolicy: RemovalPolicy): void {
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
      onEventHandler: indexer,
      frameworkOnEventRole: frameworkRole,
      logGroup: frameworkLogs,
    });
    // Traced like every function of the stack (the framework has no tracing option of its own).
    const framework = provider.node.findChild('framework-onEvent').node.defaultChild as lambda.CfnFunction;
    framework.tracingConfig = { mode: lambda.Tracing.ACTIVE };
    frameworkRole.addToPrincipalPolicy(
      new iam.PolicyStatement({ actions: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'], resources: ['*'] }),
    );
    new CustomResource(this, 'Index', {
      serviceToken: provider.serviceToken,
      resourceType: 'Custom::ProductSearchIndex',
      // The mapping itself, as JSON (CloudFormation passes property values as strings): a changed mapping runs
      // Update, which adds new fields to the live index or rebuilds it from the table and swaps the alias.
      properties: {
        Index: PRODUCT_INDEX,
        Endpoint: this.endpoint,
        Mapping: JSON.stringify(PRODUCT_INDEX_MAPPING),
        // number_of_replicas for the node count; a changed count updates the live index's settings.
        Replicas: String(this.replicas),
      },
    });
  }
}
