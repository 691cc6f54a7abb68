// cdk-nag 3 (AwsSolutions pack) for every synth, and the one list of acknowledged findings.
// Each acknowledgment names one finding on one construct path, with the reason it is accepted.
// test/infra/nag.test.ts proves the list is exactly what the template needs: nothing stale, nothing
// missing, no blanket (rule-wide or stack-wide) acknowledgments.
import { Stack, Validations, type Stage } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { TRACING_REASON, type NagAcknowledgment } from './nag-shared.ts';
import { PAYMENTS_ACKNOWLEDGMENTS } from './payments-nag.ts';
import type { SearchCapacity } from './stage.ts';

export type { NagAcknowledgment } from './nag-shared.ts';

/** The search capacity ProductSearch was given (infra/stage.ts), read without importing the stack. */
function searchCapacity(stack: Stack): SearchCapacity | undefined {
  return (stack.node.tryFindChild('Search') as { capacity?: SearchCapacity } | undefined)?.capacity;
}

export const SHOP_STACK_ACKNOWLEDGMENTS: readonly NagAcknowledgment[] = [
  {
    path: 'Auth/Resource/Resource',
    id: 'AwsSolutions-COG2',
    reason:
      'MFA is OPTIONAL (TOTP only, SMS off), not REQUIRED: shoppers sign themselves up to buy, and forcing an ' +
      'authenticator app at sign-up loses them at checkout, while their accounts hold no stored payment means. ' +
      'Cognito cannot require MFA for one group only; staff accounts are put in the admin group by an operator ' +
      'after they enrol TOTP (runbook in docs/infra.md).',
  },
  {
    path: 'Auth/Resource/Resource',
    id: 'AwsSolutions-COG8',
    reason:
      'Essentials feature plan by cost decision: Plus (threat protection: compromised-credential and adaptive ' +
      'risk checks) is billed per monthly active user at a multiple of the Essentials price, for a pool of mostly ' +
      'occasional shoppers. Revisit before a large launch or when account-takeover attempts show up in the ' +
      'sign-in metrics (docs/infra.md).',
  },
  {
    path: 'Api/Resource/Resource',
    id: 'AwsSolutions-ASC3',
    reason:
      'Request-level logging is on (CloudWatch role set, fieldLogLevel ERROR, explicit retention); the rule also ' +
      'requires excludeVerboseContent=false, which would write request and response headers (Authorization JWTs, ' +
      'x-api-key) and whole resolver payloads with customer PII (emails, addresses) to CloudWatch Logs. Keeping ' +
      'verbose content out is deliberate; the rule flags exactly this setting by design.',
  },
  {
    path: 'OrderEvents/Function/Role/DefaultPolicy/Resource',
    id: 'AwsSolutions-IAM5[Resource::*]',
    reason:
      'dynamodb:ListStreams, added by the DynamoDB event source mapping, supports no resource-level permission ' +
      '(Service Authorization Reference: ListStreams has no resource type), so its resource must be "*". It only ' +
      "lists stream ARNs; reading records stays limited to this table's stream ARN in the same policy. The same " +
      '"*" covers xray:PutTraceSegments/PutTelemetryRecords of active tracing, which take no resource either.',
  },
  {
    path: 'OrderEvents/Function/Resource/Resource',
    id: 'AwsSolutions-L1',
    reason:
      'Pinned to Node.js 22, the runtime the functions are bundled for (esbuild target node22) and tested on; a ' +
      'moving "latest" runtime would change the code\'s platform on an unrelated deploy. Move deliberately with the ' +
      'bundle target before Node.js 22 reaches end of support in Lambda (docs/infra.md).',
  },
  {
    path: 'OrderEvents/DeadLetters/Resource',
    id: 'AwsSolutions-SQS3',
    reason:
      'This queue is itself the dead-letter destination: the order-events stream mapping sends batches here after ' +
      'its retries. A queue behind it would only move the same messages once more; an alarm on its depth is the ' +
      'runbook (docs/infra.md).',
  },
  {
    path: 'CatalogChanges/Function/Role/DefaultPolicy/Resource',
    id: 'AwsSolutions-IAM5[Resource::*]',
    reason:
      'dynamodb:ListStreams, added by the DynamoDB event source mapping, supports no resource-level permission ' +
      '(Service Authorization Reference: ListStreams has no resource type), so its resource must be "*". It only ' +
      "lists stream ARNs; reading records stays limited to this table's stream ARN in the same policy. The same " +
      '"*" covers xray:PutTraceSegments/PutTelemetryRecords of active tracing, which take no resource either.',
  },
  {
    path: 'CatalogChanges/Function/Role/DefaultPolicy/Resource',
    id: 'AwsSolutions-IAM5[Resource::<ImagesBucket4B6DB8E1.Arn>/products/*]',
    reason:
      'The stream cleanup retags attached images and deletes detached ones, whose keys ' +
      '(products/<productId>/<uploadId>) are made per upload, so no fixed object ARNs exist; the products/ ' +
      'prefix of the one image bucket is the narrowest static bound. Only PutObjectTagging and DeleteObject: ' +
      'no read, put, version or bucket-level action.',
  },
  {
    path: 'CatalogChanges/Function/Resource/Resource',
    id: 'AwsSolutions-L1',
    reason:
      'Pinned to Node.js 22, the runtime the functions are bundled for (esbuild target node22) and tested on; a ' +
      'moving "latest" runtime would change the code\'s platform on an unrelated deploy. Moves with the bundle ' +
      'target, as for order-events (docs/infra.md).',
  },
  {
    path: 'CatalogChanges/DeadLetters/Resource',
    id: 'AwsSolutions-SQS3',
    reason:
      'This queue is itself the dead-letter destination: the catalog-changes stream mapping sends batches here ' +
      'after its retries. A queue behind it would only move the same messages once more; an alarm on its depth ' +
      'and npm run search:reindex are the runbook (docs/infra.md).',
  },
  {
    path: 'Images/Cdn/Resource',
    id: 'AwsSolutions-CFR1',
    reason:
      'No geo restriction: product images are public catalog content that any shopper may see wherever the ' +
      'storefront is reachable; where the shop ships is enforced at checkout (address country), not by hiding ' +
      'pictures. A legal restriction would be added here as an allow-list, not guessed in advance.',
  },
  {
    path: 'Images/Cdn/Resource',
    id: 'AwsSolutions-CFR2',
    reason:
      'No WAF web ACL yet: a CloudFront-scoped ACL must be created in us-east-1, which this environment-agnostic ' +
      'single-region stack cannot do. The distribution serves cached, public, GET/HEAD-only images from a ' +
      'private bucket; PriceClass_100 bounds the edge cost. Follow-up in docs/infra.md: a us-east-1 ACL stack ' +
      'with rate-based rules, shared with the AppSync ACL.',
  },
  {
    path: 'Images/Cdn/Resource',
    id: 'AwsSolutions-CFR3',
    reason:
      'No CloudFront access logs: legacy standard logging needs an S3 bucket with ACLs enabled, and ACLs stay ' +
      'disabled (BucketOwnerEnforced) on every bucket here; logging v2 needs a delivery source in us-east-1, out ' +
      'of reach of this single-region stack. Origin fetches are recorded by the image bucket server access logs; ' +
      'the paths are random image keys, no personal data.',
  },
  {
    path: 'Images/Cdn/Resource',
    id: 'AwsSolutions-CFR4',
    reason:
      'The distribution uses the default *.cloudfront.net certificate, with which CloudFront fixes the viewer ' +
      'minimum protocol at TLSv1 (CloudFront Developer Guide, supported protocols and ciphers). It serves public ' +
      'images only, no cookies or credentials; uploads go straight to S3, whose policy denies TLS below 1.2. A ' +
      'custom domain with an ACM certificate and TLSv1.2_2021 is the follow-up (docs/infra.md).',
  },
  {
    path: 'Images/Objects/Resource/Resource',
    id: 'AwsSolutions-L1',
    reason:
      'Pinned to Node.js 22, the runtime the functions are bundled for (esbuild target node22) and tested on; a ' +
      'moving "latest" runtime would change the code\'s platform on an unrelated deploy. Moves with the bundle ' +
      'target, as for order-events (docs/infra.md).',
  },
  {
    path: 'Images/Objects/Role/DefaultPolicy/Resource',
    id: 'AwsSolutions-IAM5[Resource::<ImagesBucket4B6DB8E1.Arn>/products/*]',
    reason:
      'Image keys are products/<productId>/<uploadId>, made at upload time, so no fixed list of object ARNs ' +
      'exists; the products/ prefix of the one image bucket is the narrowest static bound. The only object ' +
      'action is GetObject (HeadObject, for inspect); no write, delete, version or bucket-level action.',
  },
  {
    path: 'Images/Uploads/Resource/Resource',
    id: 'AwsSolutions-L1',
    reason:
      'Pinned to Node.js 22, the runtime the functions are bundled for (esbuild target node22) and tested on; a ' +
      'moving "latest" runtime would change the code\'s platform on an unrelated deploy. Moves with the bundle ' +
      'target, as for order-events (docs/infra.md).',
  },
  {
    path: 'Images/Uploads/Role/DefaultPolicy/Resource',
    id: 'AwsSolutions-IAM5[Resource::<ImagesBucket4B6DB8E1.Arn>/products/*]',
    reason:
      "The signer's presigned POST fixes one fresh key per upload (products/<productId>/<uploadId>), so the role " +
      'cannot name object ARNs in advance; it may only PutObject and PutObjectTagging (the POST sets the pending ' +
      'tag) under the products/ prefix: no read, delete, list or ACL action.',
  },
  {
    path: 'Search/Domain/Resource',
    id: 'AwsSolutions-OS1',
    reason:
      "Public endpoint, not a VPC: AppSync's OpenSearch data source calls the domain's endpoint from AppSync's " +
      'network and has no VPC option (UNVERIFIED against AWS for 2026; the CloudFormation OpenSearchServiceConfig ' +
      'takes only a region and an endpoint). Every request must be SigV4-signed by one of the two roles in the ' +
      'access policy, over HTTPS with TLS 1.2 (PFS) only.',
  },
  {
    path: 'Search/Domain/Resource',
    id: 'AwsSolutions-OS3',
    reason:
      'No IP allow-list: the callers are AppSync and Lambda, whose source addresses are not ours to list. Access ' +
      'is granted by IAM instead: the resource policy allows es:ESHttp* only to the catalog-changes role (the ' +
      'indexer) and the search data source role, by ARN, on this domain; anonymous and unsigned requests are refused.',
  },
  {
    path: 'Search/Domain/Resource',
    id: 'AwsSolutions-OS4',
    when: (stack) => searchCapacity(stack)?.dedicatedMasters === 0,
    reason:
      'No dedicated master nodes by judgment (docs/deploy.md): dev runs one node; prod runs three data nodes in ' +
      'three zones, all master-eligible, so losing a zone leaves two of three for the quorum. The catalog index ' +
      'is small and written in one bulk per stream batch, and the table rebuilds it (npm run search:reindex); ' +
      'three masters would double the domain cost. -c searchDedicatedMasters=3 adds them when the cluster grows.',
  },
  {
    path: 'Search/Domain/Resource',
    id: 'AwsSolutions-OS7',
    when: (stack) => searchCapacity(stack)?.zones === 1,
    reason:
      'No zone awareness on the dev stage, which runs one data node by design (cost); zone awareness needs nodes ' +
      'in two or three zones. The index is derived data: losing the node loses search until the domain recovers ' +
      'and a reindex runs, never catalog data. The prod stage spreads three nodes over three zones.',
  },
  {
    path: 'Search/DataSourcePolicy/Resource',
    id: 'AwsSolutions-IAM5[Resource::<SearchDomain62FD613E.Arn>/products/*]',
    reason:
      'The search data source role may GET and POST under the products index only: OpenSearch Service authorizes ' +
      'HTTP paths (/products/_search, /products/_count, /products/_doc/<id>), so the index path is the narrowest ' +
      'resource there is; no other index, no cluster APIs, no writes of other methods.',
  },
  ...['/products-v*', '/products-v*/*'].map((rest) => ({
    path: 'CatalogChanges/Function/Role/DefaultPolicy/Resource',
    id: `AwsSolutions-IAM5[Resource::<SearchDomain62FD613E.Arn>${rest}]`,
    reason:
      'At deploy the indexer creates, fills, reads and drops the indexes products-v<N> behind the products alias ' +
      '(a rebuild makes the next one while searches read the old): those names and their sub-paths only.',
  })),
  {
    path: 'Search/IndexSetupRole/DefaultPolicy/Resource',
    id: 'AwsSolutions-IAM5[Resource::<CatalogChangesFunction33C986C6.Arn>:*]',
    reason:
      "CDK's custom resource provider framework grants lambda:InvokeFunction on the indexer (catalog-changes) " +
      'and its versions and ' +
      'aliases (<arn>:*): one function, invoked only for the index set-up at deploy. The wildcard is the ' +
      'qualifier of that one function, not other functions.',
  },
  {
    path: 'Images/Uploads/Role/DefaultPolicy/Resource',
    id: 'AwsSolutions-IAM5[Resource::*]',
    reason: TRACING_REASON,
  },
  {
    path: 'Images/Objects/Role/DefaultPolicy/Resource',
    id: 'AwsSolutions-IAM5[Resource::*]',
    reason: TRACING_REASON,
  },
  {
    path: 'Search/IndexSetupRole/DefaultPolicy/Resource',
    id: 'AwsSolutions-IAM5[Resource::*]',
    reason: TRACING_REASON,
  },
  {
    path: 'ApiKeyRenewal/Function/Role/DefaultPolicy/Resource',
    id: 'AwsSolutions-IAM5[Resource::*]',
    reason: TRACING_REASON,
  },
  {
    path: 'ApiKeyRenewal/Function/Resource/Resource',
    id: 'AwsSolutions-L1',
    reason:
      'Pinned to Node.js 22, the runtime the functions are bundled for (esbuild target node22) and tested on; a ' +
      'moving "latest" runtime would change the code\'s platform on an unrelated deploy. Moves with the bundle ' +
      'target, as for order-events (docs/infra.md).',
  },
  ...PAYMENTS_ACKNOWLEDGMENTS,
];

/** Registers the AwsSolutions pack on the app: synth fails on any finding not acknowledged. */
export function addNagChecks(app: Stage): AwsSolutionsChecks {
  const pack = new AwsSolutionsChecks(app);
  Validations.of(app).addPlugins(pack);
  return pack;
}

function findByPath(stack: Stack, path: string): IConstruct | undefined {
  let node: IConstruct | undefined = stack;
  for (const part of path.split('/')) node = node?.node.tryFindChild(part);
  return node;
}

/** The acknowledgments that apply to this stack (its stage decides some). */
export function acknowledgmentsFor(
  stack: Stack,
  acknowledgments: readonly NagAcknowledgment[] = SHOP_STACK_ACKNOWLEDGMENTS,
): NagAcknowledgment[] {
  return acknowledgments.filter((ack) => ack.when?.(stack) ?? true);
}

/** Records every acknowledgment on its construct; a path that no longer exists is an error (stale). */
export function acknowledgeNagFindings(
  stack: Stack,
  acknowledgments: readonly NagAcknowledgment[] = SHOP_STACK_ACKNOWLEDGMENTS,
): void {
  for (const ack of acknowledgmentsFor(stack, acknowledgments)) {
    const target = findByPath(stack, ack.path);
    if (!target)
      throw new Error(
        `infra/nag.ts: no construct at ${stack.node.path}/${ack.path} for ${ack.id}; ` +
          'remove or fix the stale acknowledgment',
      );
    Validations.of(target).acknowledge({ id: ack.id, reason: ack.reason });
  }
}
