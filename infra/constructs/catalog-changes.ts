// The table stream's catalog reader: one function, `catalog-changes`, fed product and variant items, that
// keeps the search index in step and cleans up image objects in the same batch. One function for both jobs
// because AWS advises at most two Lambda readers per DynamoDB Streams shard of a single-Region table (more can
// be throttled): order-events is the other (Lambda Developer Guide, "Using AWS Lambda with Amazon DynamoDB",
// concurrent readers of a shard). Its S3 and OpenSearch permissions come from ProductImages.grantImageCleanup
// and ProductSearch.indexWith; this construct grants the table reads and wires the mapping and its DLQ.
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { CATALOG_ENTITIES } from '../../contracts/index.ts';
import { BundledFunction } from './bundled-function.ts';

export interface CatalogChangesProps {
  readonly table: dynamodb.ITable;
  /** `BUCKET_NAME`: the product images bucket */
  readonly imagesBucketName: string;
  /** `SEARCH_ENDPOINT`: `https://<domain endpoint>` */
  readonly searchEndpoint: string;
  /** log group and dead letters; @default RemovalPolicy.RETAIN */
  readonly removalPolicy?: RemovalPolicy;
}

export class CatalogChanges extends Construct {
  public readonly function: lambda.Function;
  public readonly role: iam.Role;
  public readonly deadLetters: sqs.Queue;

  constructor(scope: Construct, id: string, props: CatalogChangesProps) {
    super(scope, id);
    const removalPolicy = props.removalPolicy ?? RemovalPolicy.RETAIN;
    const fn = new BundledFunction(this, 'Function', {
      name: 'catalog-changes',
      description: 'Indexes catalog changes from the table stream and cleans up image objects; creates the index',
      environment: {
        TABLE_NAME: props.table.tableName,
        SEARCH_ENDPOINT: props.searchEndpoint,
        BUCKET_NAME: props.imagesBucketName,
      },
      // One bulk request and a few S3 calls per batch of 100; the index set-up at deploy may rebuild the index
      // from the table (three passes over the catalog, index-evolution.ts), which needs the longer limit.
      timeout: Duration.minutes(5),
      logRemovalPolicy: removalPolicy,
    });
    this.function = fn.function;
    this.role = fn.role;
    // The indexer re-reads each touched product and its variants (consistent BatchGetItem); a rebuild of the
    // index at deploy lists the product items first (Scan), nothing else.
    fn.role.addToPrincipalPolicy(
      new iam.PolicyStatement({
        sid: 'ReadCatalog',
        actions: ['dynamodb:BatchGetItem', 'dynamodb:Scan'],
        resources: [props.table.tableArn],
      }),
    );

    this.deadLetters = new sqs.Queue(this, 'DeadLetters', {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
      removalPolicy,
    });
    const entities = lambda.FilterRule.or(...CATALOG_ENTITIES);
    this.function.addEventSource(
      new DynamoEventSource(props.table, {
        // New changes only: `npm run search:reindex` fills the index once; TRIM_HORIZON would replay 24 h.
        startingPosition: lambda.StartingPosition.LATEST,
        batchSize: 100,
        retryAttempts: 5,
        bisectBatchOnError: true,
        reportBatchItemFailures: true,
        parallelizationFactor: 1,
        onFailure: new SqsDlq(this.deadLetters),
        // Filters are ORed (Lambda "event filtering"): a product or variant item written, or removed. The image
        // job's old filter (Keys.sk = PRODUCT) is inside it: only product items have that sort key.
        filters: [
          lambda.FilterCriteria.filter({ dynamodb: { NewImage: { entity: { S: entities } } } }),
          lambda.FilterCriteria.filter({ dynamodb: { OldImage: { entity: { S: entities } } } }),
        ],
      }),
    );
  }
}
