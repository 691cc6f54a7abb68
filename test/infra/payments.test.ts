// The payments wiring (docs/payments.md): the Stripe secrets hold no value in the template, each
// function reads only its secrets and calls only its mutation, the webhook is a public function URL
// (Stripe signs, the function verifies), the unpaid-order sweep runs every minute on the parameter.
import type { Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRealBundle, resourcesOfType, synthShopStack, type Bundle, type Json } from './support.ts';

let real: Bundle;
let template: Template;

beforeAll(async () => {
  real = await buildRealBundle();
  template = synthShopStack(real.dir).template;
});
afterAll(() => real?.cleanup());

const functionOf = (name: string): [string, Json] => {
  const found = resourcesOfType(template, 'AWS::Lambda::Function').filter(([id]) => id.startsWith(name));
  expect(found, name).toHaveLength(1);
  return found[0]!;
};

function statementsOf(functionId: string): Json[] {
  const [, fn] = resourcesOfType(template, 'AWS::Lambda::Function').find(([id]) => id === functionId)!;
  const roleId = fn['Properties']['Role']['Fn::GetAtt'][0];
  return resourcesOfType(template, 'AWS::IAM::Policy')
    .filter(([, p]) => JSON.stringify(p['Properties']['Roles']).includes(roleId))
    .flatMap(([, p]) => p['Properties']['PolicyDocument']['Statement']);
}

const secretIds = () => resourcesOfType(template, 'AWS::SecretsManager::Secret').map(([id]) => id);
const actionsOf = (s: Json): string[] => [s['Action']].flat();

describe('payments', () => {
  it('keeps the two Stripe keys in Secrets Manager, generated placeholders tagged for the runbook and the twin', () => {
    const secrets = resourcesOfType(template, 'AWS::SecretsManager::Secret');
    expect(secrets.map(([id]) => id.replace(/[0-9A-F]{8}$/, '')).sort()).toEqual([
      'PaymentsStripeSecretKey',
      'PaymentsStripeWebhookSecret',
    ]);
    for (const [, secret] of secrets) {
      expect(secret['Properties']['SecretString']).toBeUndefined();
      expect(secret['Properties']['GenerateSecretString']).toMatchObject({ ExcludePunctuation: true });
      expect(secret['Properties']['Tags']).toEqual([
        { Key: 'shop:stripe', Value: expect.stringMatching(/^(secret-key|webhook-secret)$/) },
      ]);
    }
    // no Stripe key in any function's environment: only the secrets' ARNs
    for (const [, fn] of resourcesOfType(template, 'AWS::Lambda::Function')) {
      const variables = JSON.stringify(fn['Properties']['Environment'] ?? {});
      expect(variables).not.toMatch(/sk_(test|live)_|whsec_/);
    }
  });

  it('lets each function read only its secrets and call only its own internal mutation', () => {
    const [paymentsId] = functionOf('PaymentsFunction');
    const [webhookId, webhook] = functionOf('PaymentsWebhook');
    const [expiryId, expiry] = functionOf('PaymentsUnpaidOrders');
    const reads = (id: string) =>
      statementsOf(id)
        .filter((s) => actionsOf(s).includes('secretsmanager:GetSecretValue'))
        .map((s) => s['Resource']['Ref'])
        .sort();
    const [key, signing] = [...secretIds()].sort();
    expect(reads(paymentsId)).toEqual([key]);
    expect(reads(webhookId)).toEqual([key, signing]);
    expect(reads(expiryId)).toEqual([key]);
    const mutations = (id: string) =>
      statementsOf(id)
        .filter((s) => actionsOf(s).includes('appsync:GraphQL'))
        .map((s) => JSON.stringify(s['Resource']).match(/fields\/(\w+)/)?.[1]);
    expect(mutations(paymentsId)).toEqual([]);
    expect(mutations(webhookId)).toEqual(['recordPaymentEvent']);
    expect(mutations(expiryId)).toEqual(['expireOrder']);
    const queries = statementsOf(expiryId).filter((s) => actionsOf(s).some((a) => a.startsWith('dynamodb:')));
    expect(queries.map(actionsOf)).toEqual([['dynamodb:Query']]);
    expect(JSON.stringify(queries[0]!['Resource'])).toContain('/index/GSI3');
    expect(webhook['Properties']['Environment']['Variables']).toHaveProperty('STRIPE_WEBHOOK_SECRET_ARN');
    expect(expiry['Properties']['Environment']['Variables']['UNPAID_ORDER_MINUTES']).toEqual({
      Ref: 'UnpaidOrderMinutes',
    });
  });

  it('serves the webhook on a public function URL and sweeps unpaid orders every minute', () => {
    const [webhookId] = functionOf('PaymentsWebhook');
    const urls = resourcesOfType(template, 'AWS::Lambda::Url');
    expect(urls).toHaveLength(1);
    expect(urls[0]![1]['Properties']).toMatchObject({
      AuthType: 'NONE',
      TargetFunctionArn: { 'Fn::GetAtt': [webhookId, 'Arn'] },
    });
    const [expiryId] = functionOf('PaymentsUnpaidOrders');
    const sweep = resourcesOfType(template, 'AWS::Events::Rule').filter(([, r]) =>
      JSON.stringify(r['Properties']['Targets']).includes(expiryId),
    );
    expect(sweep.map(([, r]) => r['Properties']['ScheduleExpression'])).toEqual(['rate(1 minute)']);
    expect(template.toJSON()['Parameters']['UnpaidOrderMinutes']).toMatchObject({
      Type: 'Number',
      Default: 30,
      MinValue: 1,
      MaxValue: 1440,
    });
    expect(template.toJSON()['Outputs']).toHaveProperty('StripeWebhookUrl');
  });

  it('binds the payments data source and gives resolvers the storefront origins and the unpaid window', () => {
    const sources = resourcesOfType(template, 'AWS::AppSync::DataSource').map(([, d]) => d['Properties']);
    const payments = sources.find((d) => d['Name'] === 'payments');
    expect(payments?.['Type']).toBe('AWS_LAMBDA');
    const [paymentsId] = functionOf('PaymentsFunction');
    expect(JSON.stringify(payments)).toContain(paymentsId);
    const [, api] = resourcesOfType(template, 'AWS::AppSync::GraphQLApi')[0]!;
    const variables = api['Properties']['EnvironmentVariables'];
    expect(variables['UNPAID_ORDER_MINUTES']).toEqual({ Ref: 'UnpaidOrderMinutes' });
    expect(JSON.stringify(variables['STOREFRONT_ORIGINS'])).toContain('StorefrontOrigins');
  });
});
