// Running the shop: the public key's renewal and its alarm, the alarms and their topic, the dashboard, Lambda
// tracing, and sign-up email through SES when a sender is given (issue 20, items 2, 4 and 5).
import type { Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRealBundle, resourcesOfType, synthShopStack, type Bundle, type Json } from './support.ts';

let real: Bundle;
let template: Template;
let resources: Record<string, Json>;

beforeAll(async () => {
  real = await buildRealBundle();
  template = synthShopStack(real.dir).template;
  resources = template.toJSON()['Resources'];
});
afterAll(() => real?.cleanup());

const getAtt = (id: string, attr: string) => ({ 'Fn::GetAtt': [id, attr] });
const alarms = () => resourcesOfType(template, 'AWS::CloudWatch::Alarm');
const alarmOn = (metric: string) => alarms().filter(([, a]) => JSON.stringify(a['Properties']).includes(metric));

describe('the public API key renewal', () => {
  const renewal = () =>
    resourcesOfType(template, 'AWS::Lambda::Function').find(([id]) => id.startsWith('ApiKeyRenewalFunction'))!;

  it('runs on a schedule twice a day, with the API id and key id in its environment', () => {
    const [fnId, fn] = renewal();
    const [apiId] = resourcesOfType(template, 'AWS::AppSync::GraphQLApi')[0]!;
    const [keyId] = resourcesOfType(template, 'AWS::AppSync::ApiKey')[0]!;
    expect(fn['Properties']['Environment']['Variables']).toMatchObject({
      API_ID: getAtt(apiId, 'ApiId'),
      API_KEY_ID: getAtt(keyId, 'ApiKey'),
      VALIDITY_DAYS: '364',
    });
    expect(fn['Properties']['Environment']['Variables']).not.toHaveProperty('GRAPHQL_URL');
    const [, rule] = resourcesOfType(template, 'AWS::Events::Rule').find(([id]) => id.startsWith('ApiKeyRenewal'))!;
    expect(rule['Properties']['ScheduleExpression']).toBe('rate(12 hours)');
    expect(rule['Properties']['Targets']).toEqual([
      expect.objectContaining({
        Arn: getAtt(fnId, 'Arn'),
        RetryPolicy: { MaximumEventAgeInSeconds: 3600, MaximumRetryAttempts: 2 },
      }),
    ]);
  });

  it('may only UpdateApiKey on this API and its key', () => {
    const [, fn] = renewal();
    const roleId = fn['Properties']['Role']['Fn::GetAtt'][0] as string;
    const statements = resourcesOfType(template, 'AWS::IAM::Policy')
      .filter(([, p]) => JSON.stringify(p['Properties']['Roles']).includes(roleId))
      .flatMap(([, p]) => p['Properties']['PolicyDocument']['Statement'] as Json[]);
    const appsync = statements.filter((s) => JSON.stringify(s['Action']).includes('appsync:'));
    expect(appsync).toHaveLength(1);
    expect(appsync[0]!['Action']).toBe('appsync:UpdateApiKey');
    expect(JSON.stringify(appsync[0]!['Resource'])).not.toContain('"*"');
  });

  it('alarms under 30 days left, treating a day without a report as breaching', () => {
    const [[, alarm]] = alarmOn('ApiKeyDaysLeft') as [[string, Json]];
    expect(alarm['Properties']).toMatchObject({
      Namespace: 'ServerlessShop',
      Threshold: 30,
      ComparisonOperator: 'LessThanThreshold',
      TreatMissingData: 'breaching',
      Period: 86400,
      Statistic: 'Minimum',
    });
  });
});

describe('alarms and their topic', () => {
  it('notify one SNS topic (TLS only), subscribed by email only when AlarmEmail is given', () => {
    const [topicId] = resourcesOfType(template, 'AWS::SNS::Topic')[0]!;
    for (const [, alarm] of alarms()) expect(alarm['Properties']['AlarmActions']).toEqual([{ Ref: topicId }]);
    const [, sub] = resourcesOfType(template, 'AWS::SNS::Subscription')[0]!;
    expect(sub).toMatchObject({
      Condition: expect.any(String),
      Properties: { Protocol: 'email', Endpoint: { Ref: 'AlarmEmail' } },
    });
    expect(template.findParameters('AlarmEmail')['AlarmEmail']).toMatchObject({ Default: '' });
  });

  it('cover dead letters, function errors and throttles, AppSync, DynamoDB and search', () => {
    const metrics = alarms().map(([, a]) => JSON.stringify(a['Properties']));
    const count = (text: string) => metrics.filter((m) => m.includes(text)).length;
    expect(count('ApproximateNumberOfMessagesVisible')).toBe(2);
    // the eight functions: catalog-changes, order-events, the two image functions, the key renewal, payments' three
    expect(count('"MetricName":"Errors"')).toBe(8);
    expect(count('"MetricName":"Throttles"')).toBe(8);
    expect(count('"MetricName":"5XXError"')).toBe(1);
    expect(alarmOn('"Latency"')[0]![1]['Properties']).toMatchObject({ ExtendedStatistic: 'p99', Threshold: 1000 });
    expect(count('ThrottledRequests')).toBe(1);
    expect(count('SystemErrors')).toBe(1);
    for (const m of ['ClusterStatus.red', 'ClusterStatus.yellow', 'FreeStorageSpace', 'JVMMemoryPressure'])
      expect(count(m), m).toBe(1);
  });

  it('one dashboard of the golden signals, checkouts and payments counted by enhanced per-resolver metrics', () => {
    const [, dashboard] = resourcesOfType(template, 'AWS::CloudWatch::Dashboard')[0]!;
    const body = JSON.stringify(dashboard['Properties']['DashboardBody']);
    for (const title of ['Traffic', 'Checkouts', 'Errors', 'Latency', 'Saturation', 'Payment failures'])
      expect(body).toContain(title);
    const [, api] = resourcesOfType(template, 'AWS::AppSync::GraphQLApi')[0]!;
    expect(api['Properties']['EnhancedMetricsConfig']).toMatchObject({
      ResolverLevelMetricsBehavior: 'PER_RESOLVER_METRICS',
    });
    const enabled = resourcesOfType(template, 'AWS::AppSync::Resolver').filter(
      ([, r]) => r['Properties']['MetricsConfig'],
    );
    expect(enabled.map(([, r]) => `${r['Properties']['TypeName']}.${r['Properties']['FieldName']}`).sort()).toEqual([
      'Mutation.checkout',
      'Mutation.startPayment',
    ]);
  });
});

describe('tracing and email', () => {
  it('traces every function with X-Ray (active)', () => {
    const fns = resourcesOfType(template, 'AWS::Lambda::Function');
    expect(fns.length).toBe(9);
    for (const [id, fn] of fns) expect(fn['Properties']['TracingConfig'], id).toEqual({ Mode: 'Active' });
  });

  it('sends sign-up email through SES when SesSenderEmail is given, Cognito otherwise', () => {
    const [, pool] = resourcesOfType(template, 'AWS::Cognito::UserPool')[0]!;
    const [condition, ses, cognito] = pool['Properties']['EmailConfiguration']['Fn::If'];
    expect(template.toJSON()['Conditions'][condition]).toBeDefined();
    expect(ses).toMatchObject({ EmailSendingAccount: 'DEVELOPER', From: { Ref: 'SesSenderEmail' } });
    expect(JSON.stringify(ses['SourceArn'])).toContain(':identity/');
    expect(cognito).toEqual({ EmailSendingAccount: 'COGNITO_DEFAULT' });
    expect(resources).toBeDefined();
  });
});
