// What tells someone that the shop is broken: one SNS topic (an email subscription when an address is given)
// and the alarms of docs/deploy.md's runbook: dead letters, Lambda errors and throttles, AppSync 5xx and p99
// latency, DynamoDB throttles and system errors, search cluster red/yellow, free storage, JVM memory pressure.
import { CfnCondition, Duration, Fn } from 'aws-cdk-lib';
import type * as appsync from 'aws-cdk-lib/aws-appsync';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as opensearch from 'aws-cdk-lib/aws-opensearchservice';
import * as sns from 'aws-cdk-lib/aws-sns';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

/** The table operations the API and the functions use (DynamoDB's throttle and error metrics are per operation). */
export const TABLE_OPERATIONS = [
  dynamodb.Operation.GET_ITEM,
  dynamodb.Operation.PUT_ITEM,
  dynamodb.Operation.UPDATE_ITEM,
  dynamodb.Operation.DELETE_ITEM,
  dynamodb.Operation.QUERY,
  dynamodb.Operation.BATCH_GET_ITEM,
  dynamodb.Operation.BATCH_WRITE_ITEM,
  dynamodb.Operation.TRANSACT_WRITE_ITEMS,
  dynamodb.Operation.TRANSACT_GET_ITEMS,
];

/** Thresholds, named so docs/deploy.md and the tests read the same numbers. */
export const ALARM_THRESHOLDS = {
  appsync5xxPer5Min: 5,
  appsyncP99Ms: 1000,
  jvmMemoryPressurePercent: 85,
  /** free storage under this share of the data volume */
  freeStorageShare: 0.25,
} as const;

export interface ShopAlarmsProps {
  /** where notifications go (e.g. the AlarmEmail parameter's value); '' subscribes nobody */
  readonly alarmEmail: string;
  readonly api: appsync.GraphqlApi;
  readonly table: dynamodb.Table;
  readonly deadLetterQueues: Readonly<Record<string, sqs.IQueue>>;
  readonly functions: Readonly<Record<string, lambda.IFunction>>;
  readonly domain: opensearch.Domain;
  /** GiB of EBS per data node (the free storage alarm is a share of it) */
  readonly searchVolumeGiB: number;
  /** alarms made elsewhere that notify the same topic (e.g. the API key's days left) */
  readonly otherAlarms?: readonly cloudwatch.Alarm[];
}

type AlarmOptions = Partial<cloudwatch.CreateAlarmOptions> & { alarmDescription: string };

export class ShopAlarms extends Construct {
  public readonly topic: sns.Topic;
  /** by construct id, e.g. `Api5xx`, `CatalogChangesDeadLetters` */
  public readonly alarms: cloudwatch.Alarm[] = [];

  constructor(scope: Construct, id: string, props: ShopAlarmsProps) {
    super(scope, id);
    this.topic = new sns.Topic(this, 'Topic', { displayName: 'Shop alarms', enforceSSL: true });
    const hasEmail = new CfnCondition(this, 'HasAlarmEmail', {
      expression: Fn.conditionNot(Fn.conditionEquals(props.alarmEmail, '')),
    });
    const subscription = new sns.CfnSubscription(this, 'EmailSubscription', {
      topicArn: this.topic.topicArn,
      protocol: 'email',
      endpoint: props.alarmEmail,
    });
    subscription.cfnOptions.condition = hasEmail;

    const five = Duration.minutes(5);
    const minute = { period: Duration.minutes(1), statistic: 'Maximum' };
    const at = (name: string, metric: cloudwatch.IMetric, o: AlarmOptions) =>
      this.alarms.push(
        new cloudwatch.Alarm(this, name, {
          metric,
          threshold: 1,
          evaluationPeriods: 1,
          comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
          treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
          ...o,
          alarmDescription: `${o.alarmDescription}. Runbook: docs/deploy.md, "${name}"`,
        }),
      );

    for (const [name, queue] of Object.entries(props.deadLetterQueues))
      at(`${name}DeadLetters`, queue.metricApproximateNumberOfMessagesVisible({ period: five, statistic: 'Maximum' }), {
        alarmDescription: `Stream batches of ${name} failed every retry and wait in its dead-letter queue`,
      });
    for (const [name, fn] of Object.entries(props.functions)) {
      at(`${name}Errors`, fn.metricErrors({ period: five }), { alarmDescription: `The ${name} function failed` });
      at(`${name}Throttles`, fn.metricThrottles({ period: five }), {
        alarmDescription: `The ${name} function was throttled (account concurrency)`,
      });
    }
    const api = (metricName: string, statistic: string) =>
      new cloudwatch.Metric({
        namespace: 'AWS/AppSync',
        metricName,
        dimensionsMap: { GraphQLAPIId: props.api.apiId },
        statistic,
        period: five,
      });
    at('Api5xx', api('5XXError', 'Sum'), {
      threshold: ALARM_THRESHOLDS.appsync5xxPer5Min,
      alarmDescription: `AppSync answered ${ALARM_THRESHOLDS.appsync5xxPer5Min}+ server errors in 5 minutes`,
    });
    at('ApiLatencyP99', api('Latency', 'p99'), {
      threshold: ALARM_THRESHOLDS.appsyncP99Ms,
      evaluationPeriods: 3,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      alarmDescription: `AppSync p99 latency over ${ALARM_THRESHOLDS.appsyncP99Ms} ms for 15 minutes`,
    });
    const ops = { operations: TABLE_OPERATIONS, period: five };
    at('TableThrottles', props.table.metricThrottledRequestsForOperations(ops), {
      alarmDescription: 'DynamoDB throttled requests on the shop table',
    });
    at('TableSystemErrors', props.table.metricSystemErrorsForOperations(ops), {
      alarmDescription: 'DynamoDB answered system errors (HTTP 500) on the shop table',
    });
    at('SearchRed', props.domain.metricClusterStatusRed(minute), {
      alarmDescription: 'A primary shard of the search index is unassigned: searches fail',
    });
    at('SearchYellow', props.domain.metricClusterStatusYellow(minute), {
      evaluationPeriods: 15,
      alarmDescription: 'A replica shard has been unassigned for 15 minutes: one more node lost fails search',
    });
    at('SearchFreeStorage', props.domain.metricFreeStorageSpace({ period: five, statistic: 'Minimum' }), {
      threshold: Math.round(props.searchVolumeGiB * 1024 * ALARM_THRESHOLDS.freeStorageShare),
      comparisonOperator: cloudwatch.ComparisonOperator.LESS_THAN_OR_EQUAL_TO_THRESHOLD,
      alarmDescription: `A search node has under ${ALARM_THRESHOLDS.freeStorageShare * 100}% of its volume free`,
    });
    at('SearchJvmPressure', props.domain.metricJVMMemoryPressure({ period: five, statistic: 'Maximum' }), {
      threshold: ALARM_THRESHOLDS.jvmMemoryPressurePercent,
      evaluationPeriods: 3,
      alarmDescription: `Search JVM memory pressure at ${ALARM_THRESHOLDS.jvmMemoryPressurePercent}%+ for 15 minutes`,
    });

    const notify = new actions.SnsAction(this.topic);
    for (const alarm of [...this.alarms, ...(props.otherAlarms ?? [])]) {
      alarm.addAlarmAction(notify);
      alarm.addOkAction(notify);
    }
  }
}
