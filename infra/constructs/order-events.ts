// Live order status whatever the caller selected: the table's stream (order items only, by filter)
// feeds the order-events function, which republishes each new order and each status change through
// the API's internal IAM mutations with every Order field. Failed batches are retried, split in
// two on error, and finally land in a dead-letter queue (Lambda: "DynamoDB event source mapping").
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type * as appsync from 'aws-cdk-lib/aws-appsync';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { BundledFunction } from './bundled-function.ts';

/** The internal mutations only this function may call. */
export const PUBLISH_FIELDS = ['publishOrderPlaced', 'publishOrderStatusChanged'] as const;

export interface OrderEventsProps {
  readonly api: appsync.GraphqlApi;
  readonly table: dynamodb.ITable;
  /** @default RemovalPolicy.RETAIN */
  readonly removalPolicy?: RemovalPolicy;
}

export class OrderEvents extends Construct {
  public readonly function: lambda.Function;
  public readonly deadLetters: sqs.Queue;

  constructor(scope: Construct, id: string, props: OrderEventsProps) {
    super(scope, id);
    const fn = new BundledFunction(this, 'Function', {
      name: 'order-events',
      description: 'Republishes new orders and status changes from the table stream to AppSync subscriptions',
      environment: { GRAPHQL_URL: props.api.graphqlUrl },
      ...(props.removalPolicy ? { logRemovalPolicy: props.removalPolicy } : {}),
    });
    this.function = fn.function;
    fn.role.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: ['appsync:GraphQL'],
        resources: PUBLISH_FIELDS.map((field) => `${props.api.arn}/types/Mutation/fields/${field}`),
      }),
    );
    this.deadLetters = new sqs.Queue(this, 'DeadLetters', {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
      removalPolicy: props.removalPolicy ?? RemovalPolicy.RETAIN,
    });
    this.function.addEventSource(
      new DynamoEventSource(props.table, {
        // New events only: replaying the last 24 h on first deploy would re-announce old orders.
        startingPosition: lambda.StartingPosition.LATEST,
        batchSize: 25,
        retryAttempts: 5,
        bisectBatchOnError: true,
        reportBatchItemFailures: true,
        parallelizationFactor: 1,
        onFailure: new SqsDlq(this.deadLetters),
        filters: [
          lambda.FilterCriteria.filter({
            dynamodb: { NewImage: { entity: { S: lambda.FilterRule.isEqual('Order') } } },
          }),
        ],
      }),
    );
  }
}
