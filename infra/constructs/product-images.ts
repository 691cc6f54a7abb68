// Product images: a private, versioned bucket that admins upload into with a presigned POST, served
// through CloudFront with origin access control (no Lambda on the read path), and the two functions
// behind the `media` (signing) and `imageStore` (check, retag, delete) data sources. The object
// cleanup follows the table: the stream feeds `image-objects` every change of a product item.
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { S3_SERVER_ACCESS_LOGS_USE_BUCKET_POLICY } from 'aws-cdk-lib/cx-api';
import { Construct } from 'constructs';
import { BundledFunction } from './bundled-function.ts';

/** Every product image lives under this prefix (`products/<productId>/<uploadId>`); roles stop here. */
export const IMAGE_KEY_PREFIX = 'products/';

/** The object tag the presigned POST sets and attaching replaces (`shop-image=attached`). */
export const IMAGE_STATE_TAG = { key: 'shop-image', pending: 'pending', attached: 'attached' } as const;

/** What the signer may do: put the object with its tag (the POST carries `tagging`), nothing else. */
export const UPLOAD_ACTIONS = ['s3:PutObject', 's3:PutObjectTagging'] as const;

/** What the object function may do: HeadObject (needs s3:GetObject), retag, delete. */
export const OBJECT_ACTIONS = ['s3:GetObject', 's3:PutObjectTagging', 's3:DeleteObject'] as const;

/** The storefront origins of the local twin (`clients/web` on port 4000), the CORS default. */
export const LOCAL_STOREFRONT_ORIGINS = ['http://127.0.0.1:4000', 'http://localhost:4000'] as const;

export interface ProductImagesProps {
  /** The shop table: its stream tells `image-objects` which images were attached or detached. */
  readonly table: dynamodb.ITable;

  /** Origins allowed to POST uploads from a browser (CORS); may be a parameter's list token. */
  readonly storefrontOrigins: string[];

  /**
   * Removal policy of both buckets, the dead-letter queue and the functions' log groups. A bucket that
   * still holds objects fails to delete even with DESTROY (no auto-delete custom resource here).
   *
   * @default RemovalPolicy.RETAIN
   */
  readonly removalPolicy?: RemovalPolicy;
}

export class ProductImages extends Construct {
  public readonly bucket: s3.Bucket;
  /** Server access logs of the images bucket. */
  public readonly logsBucket: s3.Bucket;
  public readonly distribution: cloudfront.Distribution;
  /** `image-uploads`: signs presigned POSTs (data source `media`). */
  public readonly uploadsFunction: lambda.Function;
  /** `image-objects`: checks, retags and deletes objects (data source `imageStore`, stream consumer). */
  public readonly objectsFunction: lambda.Function;
  public readonly deadLetters: sqs.Queue;

  constructor(scope: Construct, id: string, props: ProductImagesProps) {
    super(scope, id);
    // Log delivery by bucket policy, not the LogDeliveryWrite ACL (which needs ACLs enabled); set here, before
    // any child, so it holds without cdk.json (tests build their own App). Feature flag of aws-cdk-lib 2.60+.
    this.node.setContext(S3_SERVER_ACCESS_LOGS_USE_BUCKET_POLICY, true);
    const removalPolicy = props.removalPolicy ?? RemovalPolicy.RETAIN;

    // Separate bucket: S3 must not log into the bucket it logs (S3 User Guide, "Enabling Amazon S3 server
    // access logging": a bucket logging to itself writes logs about its logs). S3 delivers with the
    // logging.s3.amazonaws.com principal through the bucket policy CDK writes (ACLs stay disabled).
    this.logsBucket = new s3.Bucket(this, 'AccessLogs', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      // SSE-S3 is the only default encryption server access logging supports (S3 User Guide, same page).
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      lifecycleRules: [{ id: 'ExpireAccessLogs', expiration: Duration.days(90) }],
      removalPolicy,
    });

    this.bucket = new s3.Bucket(this, 'Bucket', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      // SSE-S3, not KMS: CloudFront's OAC reads it without a key policy grant (CloudFront Developer Guide,
      // "Restricting access to an Amazon S3 origin").
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      versioned: true,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: this.logsBucket,
      serverAccessLogsPrefix: 'images/',
      // Browsers POST the presigned form straight to S3 and may read images with CORS (S3 User Guide, "CORS").
      cors: [
        {
          allowedOrigins: props.storefrontOrigins,
          allowedMethods: [s3.HttpMethods.POST, s3.HttpMethods.GET, s3.HttpMethods.HEAD],
          allowedHeaders: ['*'],
          exposedHeaders: ['ETag'],
          maxAge: 3000,
        },
      ],
      lifecycleRules: [
        {
          // Uploads never attached keep the tag the POST set; attaching retags them `attached`.
          id: 'ExpirePendingUploads',
          prefix: IMAGE_KEY_PREFIX,
          tagFilters: { [IMAGE_STATE_TAG.key]: IMAGE_STATE_TAG.pending },
          expiration: Duration.days(1),
        },
        {
          // Removed and replaced images stay restorable for 30 days, then go with their delete markers.
          id: 'ExpireOldVersions',
          noncurrentVersionExpiration: Duration.days(30),
          expiredObjectDeleteMarker: true,
          abortIncompleteMultipartUploadAfter: Duration.days(1),
        },
      ],
      removalPolicy,
    });

    // The managed SECURITY_HEADERS policy lacks a CSP; a stored object that a browser opened as a document
    // must not run anything (CloudFront Developer Guide, "Understanding response headers policies").
    const headers = new cloudfront.ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: 'Product images: HSTS, nosniff, no framing, no active content',
      securityHeadersBehavior: {
        strictTransportSecurity: { accessControlMaxAge: Duration.days(365), includeSubdomains: true, override: true },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: cloudfront.HeadersFrameOption.DENY, override: true },
        referrerPolicy: {
          referrerPolicy: cloudfront.HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN,
          override: true,
        },
        contentSecurityPolicy: { contentSecurityPolicy: "default-src 'none'; sandbox", override: true },
      },
    });

    // OAC: CDK writes a bucket policy for the cloudfront.amazonaws.com principal with AWS:SourceArn = this
    // distribution (CloudFront Developer Guide, "Restricting access to an Amazon S3 origin").
    this.distribution = new cloudfront.Distribution(this, 'Cdn', {
      comment: 'Product images (private S3 bucket through origin access control)',
      defaultBehavior: {
        origin: origins.S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: cloudfront.AllowedMethods.ALLOW_GET_HEAD,
        cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: headers,
      },
      priceClass: cloudfront.PriceClass.PRICE_CLASS_100,
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
    });

    const objectArns = [this.bucket.arnForObjects(`${IMAGE_KEY_PREFIX}*`)];
    const environment = { BUCKET_NAME: this.bucket.bucketName };
    const logRemoval = { logRemovalPolicy: removalPolicy };

    const uploads = new BundledFunction(this, 'Uploads', {
      name: 'image-uploads',
      description: 'Signs presigned POSTs for product image uploads (AppSync data source media)',
      environment,
      ...logRemoval,
    });
    uploads.role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: [...UPLOAD_ACTIONS], resources: objectArns }));
    this.uploadsFunction = uploads.function;

    const objects = new BundledFunction(this, 'Objects', {
      name: 'image-objects',
      description: 'Checks, retags and deletes product image objects (data source imageStore, table stream)',
      environment,
      ...logRemoval,
    });
    objects.role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: [...OBJECT_ACTIONS], resources: objectArns }));
    // Without ListBucket S3 answers a missing key with 403, not 404, and an attach of a key never uploaded would
    // fail as AccessDenied instead of NotFound (S3: HeadObject permissions). Only under products/.
    objects.role.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: ['s3:ListBucket'],
        resources: [this.bucket.bucketArn],
        conditions: { StringLike: { 's3:prefix': [`${IMAGE_KEY_PREFIX}*`] } },
      }),
    );
    this.objectsFunction = objects.function;

    this.deadLetters = new sqs.Queue(this, 'DeadLetters', {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
      removalPolicy,
    });
    // Product items only (pk PRODUCT#<id>, sk PRODUCT): Keys are in every record, REMOVE included
    // (Lambda Developer Guide, "Filtering DynamoDB events"); the function diffs OldImage/NewImage images.
    this.objectsFunction.addEventSource(
      new DynamoEventSource(props.table, {
        startingPosition: lambda.StartingPosition.LATEST,
        batchSize: 25,
        retryAttempts: 5,
        bisectBatchOnError: true,
        reportBatchItemFailures: true,
        onFailure: new SqsDlq(this.deadLetters),
        filters: [
          lambda.FilterCriteria.filter({ dynamodb: { Keys: { sk: { S: lambda.FilterRule.isEqual('PRODUCT') } } } }),
        ],
      }),
    );
  }
}
