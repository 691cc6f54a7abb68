// Product images: a private, versioned bucket that admins upload into with a presigned POST, served
// through CloudFront with origin access control (no Lambda on the read path), and the two functions
// behind the `media` (signing) and `imageStore` (inspect) data sources. The object cleanup follows the
// table's stream in the catalog-changes function, which gets its S3 permissions from grantImageCleanup.
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { S3_SERVER_ACCESS_LOGS_USE_BUCKET_POLICY } from 'aws-cdk-lib/cx-api';
import { Construct } from 'constructs';
import { BundledFunction } from './bundled-function.ts';

/** Every product image lives under this prefix (`products/<productId>/<uploadId>`); roles stop here. */
export const IMAGE_KEY_PREFIX = 'products/';

/** The object tag the presigned POST sets and attaching replaces (`shop-image=attached`). */
export const IMAGE_STATE_TAG = { key: 'shop-image', pending: 'pending', attached: 'attached' } as const;

/** What the signer may do: put the object with its tag (the POST carries `tagging`), nothing else. */
export const UPLOAD_ACTIONS = ['s3:PutObject', 's3:PutObjectTagging'] as const;

/** What `inspect` (the imageStore data source) may do: HeadObject, which needs s3:GetObject. */
export const INSPECT_ACTIONS = ['s3:GetObject'] as const;

/** What the stream's image cleanup may do: retag an attached image, delete a detached one. */
export const CLEANUP_ACTIONS = ['s3:PutObjectTagging', 's3:DeleteObject'] as const;

/** The storefront origins of the local twin (`clients/web` on port 4000), the CORS default. */
export const LOCAL_STOREFRONT_ORIGINS = ['http://127.0.0.1:4000', 'http://localhost:4000'] as const;

export interface ProductImagesProps {
  /** Origins allowed to POST uploads from a browser (CORS); may be a parameter's list token. */
  readonly storefrontOrigins: string[];

  /**
   * Removal policy of both buckets and the functions' log groups. A bucket that
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
  /** `image-objects`: whether an object exists, its type and size (data source `imageStore`). */
  public readonly objectsFunction: lambda.Function;

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
      description: 'Tells whether a product image object exists, with its type and size (data source imageStore)',
      environment,
      ...logRemoval,
    });
    objects.role.addToPrincipalPolicy(
      new iam.PolicyStatement({ actions: [...INSPECT_ACTIONS], resources: objectArns }),
    );
    // Without ListBucket S3 answers a missing key with 403, not 404, and an attach of a key never uploaded would
    // fail as AccessDenied instead of NotFound (S3: HeadObject permissions). Only under products/.
    objects.role.addToPrincipalPolicy(this.listImageKeys());
    this.objectsFunction = objects.function;
  }

  /** Lets the stream's image cleanup retag and delete objects under products/ (and see a missing key as 404). */
  public grantImageCleanup(grantee: iam.IGrantable): void {
    grantee.grantPrincipal.addToPrincipalPolicy(
      new iam.PolicyStatement({
        sid: 'CleanUpImages',
        actions: [...CLEANUP_ACTIONS],
        resources: [this.bucket.arnForObjects(`${IMAGE_KEY_PREFIX}*`)],
      }),
    );
    // A replayed record may retag an image a later record already deleted; the cleanup treats 404 as "gone".
    // UNVERIFIED against AWS: that S3 hides a missing key behind 403 for PutObjectTagging without ListBucket, as
    // it documents for GetObject/HeadObject; the grant keeps the 404 either way.
    grantee.grantPrincipal.addToPrincipalPolicy(this.listImageKeys('ListImageKeys'));
  }

  private listImageKeys(sid?: string): iam.PolicyStatement {
    return new iam.PolicyStatement({
      ...(sid ? { sid } : {}),
      actions: ['s3:ListBucket'],
      resources: [this.bucket.bucketArn],
      conditions: { StringLike: { 's3:prefix': [`${IMAGE_KEY_PREFIX}*`] } },
    });
  }
}
