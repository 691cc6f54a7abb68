// One CloudWatch dashboard with the shop's golden signals: traffic (API requests, checkouts), errors (API 4xx/5xx,
// functions, dead letters), latency (API p50/p99, functions, search), saturation (table, search storage/JVM).
import { Duration, Stack } from 'aws-cdk-lib';
import type * as appsync from 'aws-cdk-lib/aws-appsync';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as opensearch from 'aws-cdk-lib/aws-opensearchservice';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { TABLE_OPERATIONS } from './shop-alarms.ts';

/** The resolver whose per-resolver metrics count checkouts (AppSync enhanced metrics, PER_RESOLVER_METRICS). */
export const CHECKOUT_RESOLVER = { typeName: 'Mutation', fieldName: 'checkout' } as const;

/** Payments: pages opened (startPayment) and what failed on the way (its errors, the Stripe functions'). */
const START_PAYMENT = { Resolver: 'Mutation.startPayment' };
const PAYMENT_FUNCTIONS = ['Payments', 'PaymentWebhook', 'UnpaidOrders'];

export interface ShopDashboardProps {
  readonly api: appsync.GraphqlApi;
  readonly table: dynamodb.Table;
  readonly functions: Readonly<Record<string, lambda.IFunction>>;
  readonly deadLetterQueues: Readonly<Record<string, sqs.IQueue>>;
  readonly domain: opensearch.Domain;
  readonly apiKeyDaysLeft: cloudwatch.IMetric;
  readonly alarms: readonly cloudwatch.Alarm[];
}

export class ShopDashboard extends Construct {
  public readonly dashboard: cloudwatch.Dashboard;

  constructor(scope: Construct, id: string, props: ShopDashboardProps) {
    super(scope, id);
    const period = Duration.minutes(5);
    const api = (metricName: string, statistic: string, dimensions: Record<string, string> = {}, label = metricName) =>
      new cloudwatch.Metric({
        namespace: 'AWS/AppSync',
        metricName,
        dimensionsMap: { GraphQLAPIId: props.api.apiId, ...dimensions },
        statistic,
        period,
        label,
      });
    // Enhanced metrics are recorded "by API ID and resolver name" (AppSync API Reference, EnhancedMetricsConfig);
    // the dimension's name `Resolver` is UNVERIFIED against AWS.
    const checkout = { Resolver: `${CHECKOUT_RESOLVER.typeName}.${CHECKOUT_RESOLVER.fieldName}` };
    const graph = (title: string, left: cloudwatch.IMetric[], right: cloudwatch.IMetric[] = []) =>
      new cloudwatch.GraphWidget({ title, left, right, width: 8, height: 6 });
    const fns = Object.entries(props.functions);

    this.dashboard = new cloudwatch.Dashboard(this, 'Resource', {
      dashboardName: `${Stack.of(this).stackName}-golden-signals`,
      defaultInterval: Duration.hours(3),
    });
    this.dashboard.addWidgets(
      graph('Traffic: API requests', [api('Requests', 'Sum')]),
      graph('Checkouts', [
        api('Requests', 'Sum', checkout, 'checkouts'),
        api('GraphQLError', 'Sum', checkout, 'checkout errors'),
      ]),
      graph(
        'Payment failures',
        [
          api('GraphQLError', 'Sum', START_PAYMENT, 'startPayment errors'),
          ...PAYMENT_FUNCTIONS.flatMap((name) => {
            const fn = props.functions[name];
            return fn ? [fn.metricErrors({ period, label: `${name} errors` })] : [];
          }),
        ],
        [api('Requests', 'Sum', START_PAYMENT, 'payments started')],
      ),
    );
    this.dashboard.addWidgets(
      graph('Errors: API', [api('4XXError', 'Sum'), api('5XXError', 'Sum')]),
      graph(
        'Errors: functions',
        fns.map(([name, fn]) => fn.metricErrors({ period, label: name })),
      ),
      graph(
        'Dead letters (messages visible)',
        Object.entries(props.deadLetterQueues).map(([name, q]) =>
          q.metricApproximateNumberOfMessagesVisible({ period, statistic: 'Maximum', label: name }),
        ),
      ),
    );
    this.dashboard.addWidgets(
      graph('Latency: API (ms)', [api('Latency', 'p50'), api('Latency', 'p99')]),
      graph(
        'Latency: functions p99 (ms)',
        fns.map(([name, fn]) => fn.metricDuration({ period, statistic: 'p99', label: name })),
      ),
      graph('Latency: search (ms)', [props.domain.metricSearchLatency({ period })]),
    );
    this.dashboard.addWidgets(
      // One math expression per graph: both name their per-operation metrics alike.
      graph('Saturation: table throttled requests', [
        props.table.metricThrottledRequestsForOperations({ operations: TABLE_OPERATIONS, period }),
      ]),
      graph('Table system errors', [
        props.table.metricSystemErrorsForOperations({ operations: TABLE_OPERATIONS, period }),
      ]),
      graph(
        'Saturation: search',
        [props.domain.metricFreeStorageSpace({ period, statistic: 'Minimum' })],
        [props.domain.metricJVMMemoryPressure({ period, statistic: 'Maximum' })],
      ),
    );
    this.dashboard.addWidgets(
      graph('Public API key: days left', [props.apiKeyDaysLeft]),
      new cloudwatch.AlarmStatusWidget({ title: 'Alarms', alarms: [...props.alarms], width: 16, height: 6 }),
    );
  }
}
