// cdk-nag 3 AwsSolutions on ShopStack (security-anchors §0 goal 1, §1): zero unacknowledged errors
// or warnings, and the acknowledgment list in infra/nag.ts is exactly what the template needs.
import { CfnResource, Stack, type PolicyViolation } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import { AwsSolutionsChecks } from 'cdk-nag';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHOP_STACK_ACKNOWLEDGMENTS, acknowledgeNagFindings, acknowledgmentsFor } from '../../infra/nag.ts';
import type { StageName } from '../../infra/stage.ts';
import { buildFixtureBundle, buildRealBundle, shopStack, type Bundle } from './support.ts';

let real: Bundle;
let fixture: Bundle;

beforeAll(async () => {
  [real, fixture] = await Promise.all([buildRealBundle(), buildFixtureBundle()]);
});

afterAll(() => {
  real?.cleanup();
  fixture?.cleanup();
});

/** `constructPath|ruleName` for every finding cdk-nag reports on the tree. */
function findings(scope: Stack): string[] {
  const report = new AwsSolutionsChecks().validateScope(scope);
  return report.violations
    .flatMap((v: PolicyViolation) => v.violatingResources.map((r) => `${r.constructPath}|${v.ruleName}|${v.severity}`))
    .sort();
}

const ackKeys = (stack: Stack) =>
  acknowledgmentsFor(stack)
    .map((a) => `${stack.node.path}/${a.path}|${a.id}`)
    .sort();
const strip = (finding: string) => finding.split('|').slice(0, 2).join('|');

describe('cdk-nag AwsSolutions', () => {
  // Two synths with the plugin, the first of the file (bundling included): slow on a shared machine.
  it(
    'finds nothing unacknowledged, errors or warnings, with real and with fixture resolvers',
    { timeout: 120_000 },
    () => {
      for (const bundle of [real, fixture]) {
        const { stack } = shopStack(bundle.dir);
        expect(findings(stack)).toEqual([]);
        // and synthesis with the plugin registered (what `cdk synth` does) succeeds
        expect(() => Template.fromStack(stack)).not.toThrow();
      }
    },
  );

  it('the acknowledgment list is exactly the raw findings, on both stages: none stale, none missing', () => {
    for (const bundle of [real, fixture]) {
      for (const stage of ['dev', 'prod'] as StageName[]) {
        const { stack } = shopStack(bundle.dir, { acknowledgeNagFindings: false, stage }, false);
        const raw = findings(stack);
        expect(raw.map(strip)).toEqual(ackKeys(stack));
      }
    }
  });

  it('prod acknowledges no missing zone awareness (three zones) but the master nodes it judged unneeded', () => {
    const { stack } = shopStack(real.dir, { acknowledgeNagFindings: false, stage: 'prod' }, false);
    const search = findings(stack).filter((f) => f.includes('/Search/Domain/'));
    expect(search.map(strip)).toEqual([
      'ShopStack/Search/Domain/Resource|AwsSolutions-OS1',
      'ShopStack/Search/Domain/Resource|AwsSolutions-OS3',
      'ShopStack/Search/Domain/Resource|AwsSolutions-OS4',
    ]);
    const masters = shopStack(real.dir, { stage: 'prod', searchCapacity: { dedicatedMasters: 3 } }).stack;
    expect(findings(masters)).toEqual([]);
  });

  it('records the raw findings it acknowledges, with their severity', () => {
    const { stack } = shopStack(real.dir, { acknowledgeNagFindings: false }, false);
    expect(findings(stack)).toEqual([
      'ShopStack/Api/Resource/Resource|AwsSolutions-ASC3|error',
      'ShopStack/ApiKeyRenewal/Function/Resource/Resource|AwsSolutions-L1|error',
      'ShopStack/ApiKeyRenewal/Function/Role/DefaultPolicy/Resource|AwsSolutions-IAM5[Resource::*]|error',
      'ShopStack/Auth/Resource/Resource|AwsSolutions-COG2|warning',
      'ShopStack/Auth/Resource/Resource|AwsSolutions-COG8|error',
      'ShopStack/CatalogChanges/DeadLetters/Resource|AwsSolutions-SQS3|error',
      'ShopStack/CatalogChanges/Function/Resource/Resource|AwsSolutions-L1|error',
      'ShopStack/CatalogChanges/Function/Role/DefaultPolicy/Resource|AwsSolutions-IAM5[Resource::*]|error',
      'ShopStack/CatalogChanges/Function/Role/DefaultPolicy/Resource|' +
        'AwsSolutions-IAM5[Resource::<ImagesBucket4B6DB8E1.Arn>/products/*]|error',
      // the index set-up's versioned indexes behind the products alias (index-evolution.ts)
      'ShopStack/CatalogChanges/Function/Role/DefaultPolicy/Resource|' +
        'AwsSolutions-IAM5[Resource::<SearchDomain62FD613E.Arn>/products-v*/*]|error',
      'ShopStack/CatalogChanges/Function/Role/DefaultPolicy/Resource|' +
        'AwsSolutions-IAM5[Resource::<SearchDomain62FD613E.Arn>/products-v*]|error',
      'ShopStack/Images/Cdn/Resource|AwsSolutions-CFR1|warning',
      'ShopStack/Images/Cdn/Resource|AwsSolutions-CFR2|warning',
      'ShopStack/Images/Cdn/Resource|AwsSolutions-CFR3|error',
      'ShopStack/Images/Cdn/Resource|AwsSolutions-CFR4|error',
      'ShopStack/Images/Objects/Resource/Resource|AwsSolutions-L1|error',
      'ShopStack/Images/Objects/Role/DefaultPolicy/Resource|AwsSolutions-IAM5[Resource::*]|error',
      'ShopStack/Images/Objects/Role/DefaultPolicy/Resource|' +
        'AwsSolutions-IAM5[Resource::<ImagesBucket4B6DB8E1.Arn>/products/*]|error',
      'ShopStack/Images/Uploads/Resource/Resource|AwsSolutions-L1|error',
      'ShopStack/Images/Uploads/Role/DefaultPolicy/Resource|AwsSolutions-IAM5[Resource::*]|error',
      'ShopStack/Images/Uploads/Role/DefaultPolicy/Resource|' +
        'AwsSolutions-IAM5[Resource::<ImagesBucket4B6DB8E1.Arn>/products/*]|error',
      'ShopStack/OrderEvents/DeadLetters/Resource|AwsSolutions-SQS3|error',
      'ShopStack/OrderEvents/Function/Resource/Resource|AwsSolutions-L1|error',
      'ShopStack/OrderEvents/Function/Role/DefaultPolicy/Resource|AwsSolutions-IAM5[Resource::*]|error',
      'ShopStack/Payments/Function/Resource/Resource|AwsSolutions-L1|error',
      'ShopStack/Payments/Function/Role/DefaultPolicy/Resource|AwsSolutions-IAM5[Resource::*]|error',
      'ShopStack/Payments/StripeSecretKey/Resource|AwsSolutions-SMG4|error',
      'ShopStack/Payments/StripeWebhookSecret/Resource|AwsSolutions-SMG4|error',
      'ShopStack/Payments/UnpaidOrders/Resource/Resource|AwsSolutions-L1|error',
      'ShopStack/Payments/UnpaidOrders/Role/DefaultPolicy/Resource|AwsSolutions-IAM5[Resource::*]|error',
      'ShopStack/Payments/Webhook/Resource/Resource|AwsSolutions-L1|error',
      'ShopStack/Payments/Webhook/Role/DefaultPolicy/Resource|AwsSolutions-IAM5[Resource::*]|error',
      'ShopStack/Search/DataSourcePolicy/Resource|' +
        'AwsSolutions-IAM5[Resource::<SearchDomain62FD613E.Arn>/products/*]|error',
      'ShopStack/Search/Domain/Resource|AwsSolutions-OS1|error',
      'ShopStack/Search/Domain/Resource|AwsSolutions-OS3|error',
      'ShopStack/Search/Domain/Resource|AwsSolutions-OS4|error',
      'ShopStack/Search/Domain/Resource|AwsSolutions-OS7|error',
      'ShopStack/Search/IndexSetupRole/DefaultPolicy/Resource|AwsSolutions-IAM5[Resource::*]|error',
      'ShopStack/Search/IndexSetupRole/DefaultPolicy/Resource|' +
        'AwsSolutions-IAM5[Resource::<CatalogChangesFunction33C986C6.Arn>:*]|error',
    ]);
  });

  it('acknowledges per finding on the L1 resource, never rule-wide on a stack, with a real reason', () => {
    const { stack } = shopStack(real.dir);
    const seen = new Set<string>();
    for (const ack of SHOP_STACK_ACKNOWLEDGMENTS) {
      expect(ack.id).toMatch(/^AwsSolutions-[A-Z]+\d+(\[[^\]]+\])?$/);
      const target = ack.path
        .split('/')
        .reduce<import('constructs').IConstruct | undefined>((n, part) => n?.node.tryFindChild(part), stack);
      expect(target && CfnResource.isCfnResource(target), `${ack.path} is a CloudFormation resource`).toBe(true);
      expect(ack.reason.length).toBeGreaterThanOrEqual(80);
      expect(ack.reason).not.toMatch(/false positive|demo|test purposes/i);
      const key = `${ack.path}|${ack.id}`;
      expect(seen.has(key), `duplicate ${key}`).toBe(false);
      seen.add(key);
    }
  });

  it('fails synthesis on an unacknowledged error', () => {
    const { stack } = shopStack(real.dir);
    new iam.Role(stack, 'Careless', {
      assumedBy: new iam.ServicePrincipal('appsync.amazonaws.com'),
      inlinePolicies: {
        All: new iam.PolicyDocument({
          statements: [new iam.PolicyStatement({ actions: ['dynamodb:*'], resources: ['*'] })],
        }),
      },
    });
    expect(() => Template.fromStack(stack)).toThrow(/AwsSolutions-IAM5/);
  });

  it('fails synthesis on an unacknowledged warning too', () => {
    const { stack } = shopStack(real.dir, { acknowledgeNagFindings: false });
    acknowledgeNagFindings(
      stack,
      SHOP_STACK_ACKNOWLEDGMENTS.filter((a) => a.id !== 'AwsSolutions-COG2'),
    );
    expect(() => Template.fromStack(stack)).toThrow(/AwsSolutions-COG2/);
  });

  it('fails on a stale acknowledgment whose construct no longer exists', () => {
    const { stack } = shopStack(real.dir, { acknowledgeNagFindings: false });
    expect(() =>
      acknowledgeNagFindings(stack, [{ path: 'Gone/Resource', id: 'AwsSolutions-IAM4', reason: 'x'.repeat(80) }]),
    ).toThrow(/no construct at ShopStack\/Gone\/Resource for AwsSolutions-IAM4/);
  });
});
