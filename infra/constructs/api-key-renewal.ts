// The public API key never lapses: an EventBridge schedule runs functions/api-key-renewal twice a day; the
// function extends the key's expiry (AppSync UpdateApiKey, at most 365 days ahead) and reports the days left
// as a metric. The alarm fires under 30 days left, and when the metric stops (missing data is breaching),
// i.e. when the renewal itself is broken.
import { Duration, type RemovalPolicy, Stack } from 'aws-cdk-lib';
import type * as appsync from 'aws-cdk-lib/aws-appsync';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { BundledFunction } from './bundled-function.ts';

/** The metric functions/api-key-renewal writes (embedded metric format), by API id. */
export const API_KEY_METRIC = { namespace: 'ServerlessShop', name: 'ApiKeyDaysLeft' } as const;

/** Alarm when fewer days than this are left on the key. */
export const API_KEY_ALARM_DAYS = 30;

export interface ApiKeyRenewalProps {
  readonly api: appsync.GraphqlApi;
  readonly apiKey: appsync.CfnApiKey;
  /** @default Duration.hours(12) */
  readonly every?: Duration;
  /** the function's log group; @default RemovalPolicy.RETAIN */
  readonly removalPolicy?: RemovalPolicy;
}

export class ApiKeyRenewal extends Construct {
  public readonly function: lambda.Function;
  public readonly rule: events.Rule;
  public readonly daysLeft: cloudwatch.Metric;
  public readonly alarm: cloudwatch.Alarm;

  constructor(scope: Construct, id: string, props: ApiKeyRenewalProps) {
    super(scope, id);
    const fn = new BundledFunction(this, 'Function', {
      name: 'api-key-renewal',
      description: 'Extends the public API key before it expires; reports the days left (ApiKeyDaysLeft)',
      // The API's id (Fn::GetAtt ApiId) rather than parsed from its URL; the key's id is the key itself (AppSync
      // API Reference, ApiKey: `id`). npm start resolves both, and serves UpdateApiKey on the API's port.
      environment: {
        API_ID: props.api.apiId,
        API_KEY_ID: props.apiKey.attrApiKey,
        VALIDITY_DAYS: '364',
        METRIC_NAMESPACE: API_KEY_METRIC.namespace,
      },
      timeout: Duration.seconds(30),
      ...(props.removalPolicy ? { logRemovalPolicy: props.removalPolicy } : {}),
    });
    this.function = fn.function;
    // UpdateApiKey is authorized on the API (Service Authorization Reference, AWS AppSync: resource type
    // graphqlapi); the key's own path is listed too in case it is checked per key (UNVERIFIED against AWS).
    fn.role.addToPrincipalPolicy(
      new iam.PolicyStatement({
        sid: 'RenewPublicKey',
        actions: ['appsync:UpdateApiKey'],
        resources: [props.api.arn, `${props.api.arn}/apikeys/${props.apiKey.attrApiKeyId}`],
      }),
    );

    this.rule = new events.Rule(this, 'Schedule', {
      description: `Renews the public API key of ${Stack.of(this).stackName} (functions/api-key-renewal)`,
      schedule: events.Schedule.rate(props.every ?? Duration.hours(12)),
    });
    this.rule.addTarget(
      new targets.LambdaFunction(this.function, { retryAttempts: 2, maxEventAge: Duration.hours(1) }),
    );

    this.daysLeft = new cloudwatch.Metric({
      namespace: API_KEY_METRIC.namespace,
      metricName: API_KEY_METRIC.name,
      dimensionsMap: { ApiId: props.api.apiId },
      statistic: cloudwatch.Stats.MINIMUM,
      period: Duration.days(1),
    });
    // A day's period holds two runs: one missed run is no alarm, a day without a renewal is.
    this.alarm = this.daysLeft.createAlarm(this, 'DaysLeftAlarm', {
      alarmDescription:
        `The public API key has under ${API_KEY_ALARM_DAYS} days left, or its renewal has not reported for a day. ` +
        'Runbook: docs/deploy.md, "ApiKeyRenewal DaysLeftAlarm"',
      threshold: API_KEY_ALARM_DAYS,
      comparisonOperator: cloudwatch.ComparisonOperator.LESS_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: cloudwatch.TreatMissingData.BREACHING,
    });
  }
}
