// The GraphQL API: schema/schema.graphql as is, Cognito user pools by default with API key (public
// catalog) and IAM (backend services) as additional modes, request logging without verbose content,
// X-Ray, depth/resolver limits, and the `table` and `none` data sources with roles we write ourselves.
import { Duration, Expiration, RemovalPolicy, Stack, Token } from 'aws-cdk-lib';
import * as appsync from 'aws-cdk-lib/aws-appsync';
import type * as cognito from 'aws-cdk-lib/aws-cognito';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { DATA_SOURCES } from '../../contracts/index.ts';
import { SCHEMA_PATH } from '../../schema/load-schema.ts';

/** Everything the resolvers do to the table: item reads and writes, queries, batches, transactions. */
export const TABLE_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:Query',
  'dynamodb:BatchGetItem',
  'dynamodb:BatchWriteItem',
  'dynamodb:ConditionCheckItem',
] as const;

/** Operations backend services (payments, fulfilment) may call over IAM (contract: identities). */
export const ORDER_SERVICE_FIELDS = [
  { typeName: 'Mutation', fieldName: 'updateOrderStatus' },
  { typeName: 'Query', fieldName: 'order' },
] as const;

export const TABLE_DATA_SOURCE = DATA_SOURCES.table;
export const NONE_DATA_SOURCE = DATA_SOURCES.none;

export interface ShopApiProps {
  /** Pool whose tokens the API accepts (default authorization mode). */
  readonly userPool: cognito.IUserPool;

  /**
   * Only tokens issued to this app client are accepted.
   *
   * @default - tokens of any client of the pool
   */
  readonly userPoolClient?: cognito.IUserPoolClient;

  /** The shop table, reached through the `table` data source. */
  readonly table: dynamodb.ITable;

  /** Names of the table's GSIs; the data source may Query exactly these. */
  readonly tableIndexNames: readonly string[];

  /**
   * The shop's one currency (ISO 4217), given to resolvers as `ctx.env.CURRENCY`.
   *
   * @default 'USD'
   */
  readonly currency?: string;

  /**
   * Lifetime of the public API key from the moment of synthesis, 1–365 days. CDK recomputes the expiry
   * on every synth, so the key's expiry moves forward only when the stack is deployed (docs/infra.md).
   *
   * @default Duration.days(365)
   */
  readonly apiKeyValidity?: Duration;

  /**
   * Names the API key resource. Changing it makes CloudFormation create a new key (new value) and
   * delete the old one: the rotation step of the runbook in docs/infra.md.
   *
   * @default 'Public'
   */
  readonly apiKeyName?: string;

  /**
   * `ENABLED` or `DISABLED`; may be a token such as a CloudFormation parameter's value.
   *
   * @default 'DISABLED'
   */
  readonly introspection?: string;

  /**
   * Deepest selection set a query may have (1–75).
   *
   * @default 10
   */
  readonly queryDepthLimit?: number;

  /**
   * Most resolver invocations one request may cause, list items included (1–10,000).
   *
   * @default 1000
   */
  readonly resolverCountLimit?: number;

  /**
   * How long the API's CloudWatch log events are kept.
   *
   * @default logs.RetentionDays.ONE_MONTH
   */
  readonly logRetention?: logs.RetentionDays;

  /**
   * What happens to the log group when it leaves the stack.
   *
   * @default RemovalPolicy.RETAIN
   */
  readonly logRemovalPolicy?: RemovalPolicy;
}

/** A DynamoDB data source that uses exactly the role it is given: no grants are added behind our back. */
class TableDataSource extends appsync.BackedDataSource {
  constructor(
    scope: Construct,
    id: string,
    props: { api: appsync.IGraphqlApi; name: string; table: dynamodb.ITable; serviceRole: iam.IRole },
  ) {
    super(
      scope,
      id,
      {
        api: props.api,
        name: props.name,
        serviceRole: props.serviceRole,
        description: 'The shop table (single-table design)',
      },
      {
        type: 'AMAZON_DYNAMODB',
        dynamoDbConfig: { tableName: props.table.tableName, awsRegion: Stack.of(scope).region },
      },
    );
  }
}

/** A Lambda data source on exactly the role it is given (the L2 would also grant `<function ARN>:*`). */
class FunctionDataSource extends appsync.BackedDataSource {
  constructor(
    scope: Construct,
    id: string,
    props: {
      api: appsync.IGraphqlApi;
      name: string;
      function: lambda.IFunction;
      serviceRole: iam.IRole;
      description: string;
    },
  ) {
    super(
      scope,
      id,
      { api: props.api, name: props.name, serviceRole: props.serviceRole, description: props.description },
      { type: 'AWS_LAMBDA', lambdaConfig: { lambdaFunctionArn: props.function.functionArn } },
    );
  }
}

function fail(scope: Construct, message: string): never {
  throw new Error(`${scope.node.path}: ${message}`);
}

function checkRange(scope: Construct, name: string, value: number, min: number, max: number): void {
  if (!Token.isUnresolved(value) && (!Number.isInteger(value) || value < min || value > max)) {
    fail(scope, `${name} must be a whole number from ${min} to ${max}, got ${value}`);
  }
}

export class ShopApi extends Construct {
  public readonly api: appsync.GraphqlApi;
  /** Data sources by the name resolver files use (`table`, `none`). */
  public readonly dataSources: Readonly<Record<string, appsync.BaseDataSource>>;
  private readonly dataSourcesByName: Record<string, appsync.BaseDataSource>;
  /** Role AppSync assumes for the `table` data source. */
  public readonly tableRole: iam.Role;
  /** Role AppSync assumes to write request logs. */
  public readonly logsRole: iam.Role;
  public readonly logGroup: logs.LogGroup;
  /** Customer-managed policy for backend services: `appsync:GraphQL` on updateOrderStatus and order only. */
  public readonly orderServicePolicy: iam.ManagedPolicy;
  /** The shop's one currency (ISO 4217), as resolvers get it in `ctx.env.CURRENCY`. */
  public readonly currency: string;

  constructor(scope: Construct, id: string, props: ShopApiProps) {
    super(scope, id);
    const currency = props.currency ?? 'USD';
    this.currency = currency;
    if (!Token.isUnresolved(currency) && !/^[A-Z]{3}$/.test(currency)) {
      fail(this, `currency must be an ISO 4217 code such as USD, got '${currency}'`);
    }
    const apiKeyValidity = props.apiKeyValidity ?? Duration.days(365);
    checkRange(this, 'apiKeyValidityDays', apiKeyValidity.toDays({ integral: false }), 1, 365);
    const queryDepthLimit = props.queryDepthLimit ?? 10;
    checkRange(this, 'queryDepthLimit', queryDepthLimit, 1, 75);
    const resolverCountLimit = props.resolverCountLimit ?? 1000;
    checkRange(this, 'resolverCountLimit', resolverCountLimit, 1, 10_000);
    const apiKeyName = props.apiKeyName ?? 'Public';
    if (!/^[A-Za-z][A-Za-z0-9]{0,63}$/.test(apiKeyName))
      fail(this, `apiKeyName must be letters and digits, got '${apiKeyName}'`);
    const introspection = props.introspection ?? 'DISABLED';
    if (!Token.isUnresolved(introspection) && introspection !== 'ENABLED' && introspection !== 'DISABLED') {
      fail(this, `introspection must be ENABLED or DISABLED, got '${introspection}'`);
    }

    // Own role for request logs instead of the L2's logConfig: that would attach the AWS managed
    // policy AWSAppSyncPushToCloudWatchLogs (logs:* on every log group) and, for retention, deploy
    // CDK's LogRetention Lambda. This role may only write streams of this API's own log group.
    this.logsRole = new iam.Role(this, 'LogsRole', {
      assumedBy: new iam.ServicePrincipal('appsync.amazonaws.com'),
      description: 'AppSync request logs: write to this API log group only',
    });

    this.api = new appsync.GraphqlApi(this, 'Resource', {
      name: `${Stack.of(this).stackName}-api`,
      definition: appsync.Definition.fromFile(SCHEMA_PATH),
      authorizationConfig: {
        defaultAuthorization: {
          authorizationType: appsync.AuthorizationType.USER_POOL,
          userPoolConfig: {
            userPool: props.userPool,
            ...(props.userPoolClient ? { appIdClientRegex: props.userPoolClient.userPoolClientId } : {}),
          },
        },
        additionalAuthorizationModes: [
          {
            authorizationType: appsync.AuthorizationType.API_KEY,
            apiKeyConfig: {
              name: apiKeyName,
              description: 'Anonymous shoppers: public catalog reads only (schema @aws_api_key)',
              expires: Expiration.after(apiKeyValidity),
            },
          },
          { authorizationType: appsync.AuthorizationType.IAM },
        ],
      },
      xrayEnabled: true,
      queryDepthLimit,
      resolverCountLimit,
      environmentVariables: { TABLE_NAME: props.table.tableName, CURRENCY: currency },
    });
    const cfnApi = this.api.node.defaultChild as appsync.CfnGraphQLApi;
    cfnApi.introspectionConfig = introspection;

    this.logGroup = new logs.LogGroup(this, 'Logs', {
      // AppSync writes to exactly this name; creating it ourselves is how retention gets set.
      logGroupName: `/aws/appsync/apis/${this.api.apiId}`,
      retention: props.logRetention ?? logs.RetentionDays.ONE_MONTH,
      removalPolicy: props.logRemovalPolicy ?? RemovalPolicy.RETAIN,
    });
    // A separate policy resource (not inline): the log group's name needs the API id, and the API
    // needs this role, so an inline policy would be a dependency cycle.
    this.logsRole.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        resources: [this.logGroup.logGroupArn],
      }),
    );
    // Request-level logging with errors per field; verbose content (headers such as Authorization and
    // x-api-key, full request/response bodies with PII) stays out. cdk-nag ASC3 objects: see infra/nag.ts.
    cfnApi.logConfig = {
      cloudWatchLogsRoleArn: this.logsRole.roleArn,
      fieldLogLevel: appsync.FieldLogLevel.ERROR,
      excludeVerboseContent: true,
    };

    const tableArns = [props.table.tableArn];
    const indexArns = props.tableIndexNames.map((name) => `${props.table.tableArn}/index/${name}`);
    this.tableRole = new iam.Role(this, 'TableRole', {
      assumedBy: new iam.ServicePrincipal('appsync.amazonaws.com'),
      description: 'AppSync data source "table": item reads/writes on the shop table, queries on its GSIs',
      inlinePolicies: {
        TableAccess: new iam.PolicyDocument({
          statements: [
            new iam.PolicyStatement({ sid: 'Items', actions: [...TABLE_ACTIONS], resources: tableArns }),
            new iam.PolicyStatement({ sid: 'IndexQueries', actions: ['dynamodb:Query'], resources: indexArns }),
          ],
        }),
      },
    });
    const table = new TableDataSource(this, 'TableDataSource', {
      api: this.api,
      name: TABLE_DATA_SOURCE,
      table: props.table,
      serviceRole: this.tableRole,
    });
    const none = new appsync.NoneDataSource(this, 'NoneDataSource', {
      api: this.api,
      name: NONE_DATA_SOURCE,
      description: 'Local computation in the resolver, no backing service',
    });
    this.dataSourcesByName = { [TABLE_DATA_SOURCE]: table, [NONE_DATA_SOURCE]: none };
    this.dataSources = this.dataSourcesByName;

    this.orderServicePolicy = new iam.ManagedPolicy(this, 'OrderServicePolicy', {
      description: 'For payment and fulfilment services: call Mutation.updateOrderStatus and Query.order over IAM',
      statements: [
        new iam.PolicyStatement({
          actions: ['appsync:GraphQL'],
          resources: ORDER_SERVICE_FIELDS.flatMap((f) =>
            appsync.IamResource.ofType(f.typeName, f.fieldName).resourceArns(this.api),
          ),
        }),
      ],
    });
  }

  /**
   * A Lambda data source named `name` (one of DATA_SOURCES) whose role may invoke exactly `fn`, added to
   * `dataSources` so resolver files named `*.<name>.ts` bind to it. Call before AppSyncResolvers is made.
   */
  addFunctionDataSource(id: string, name: string, fn: lambda.IFunction, description: string): appsync.BaseDataSource {
    if (this.dataSourcesByName[name]) fail(this, `data source '${name}' exists already`);
    const role = new iam.Role(this, `${id}Role`, {
      assumedBy: new iam.ServicePrincipal('appsync.amazonaws.com'),
      description: `AppSync data source "${name}": invoke its one function`,
      inlinePolicies: {
        Invoke: new iam.PolicyDocument({
          statements: [new iam.PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [fn.functionArn] })],
        }),
      },
    });
    const dataSource = new FunctionDataSource(this, `${id}DataSource`, {
      api: this.api,
      name,
      function: fn,
      serviceRole: role,
      description,
    });
    this.dataSourcesByName[name] = dataSource;
    return dataSource;
  }

  /** A variable resolvers read as `ctx.env.<key>` (may be a token, e.g. the CDN's domain). */
  addEnvironmentVariable(key: string, value: string): void {
    this.api.addEnvironmentVariable(key, value);
  }
}
