// Payments with Stripe (docs/payments.md): the two Stripe secrets in Secrets Manager, the `payments`
// function behind the data source of that name (Checkout Sessions, their expiry, refunds), the webhook
// behind a function URL (Stripe signs what it sends; the function verifies it), and the every-minute
// schedule that expires unpaid orders. Each role reads only its secrets and calls only its mutation.
import { Duration, RemovalPolicy, Tags } from 'aws-cdk-lib';
import type * as appsync from 'aws-cdk-lib/aws-appsync';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { BundledFunction } from './bundled-function.ts';

/** The tag naming which Stripe key a secret holds; the local twin fills the tagged secrets in. */
export const STRIPE_SECRET_TAG = 'shop:stripe';

/** The internal IAM-only mutations each payment function may call. */
export const PAYMENT_MUTATIONS = { webhook: 'recordPaymentEvent', expiry: 'expireOrder' } as const;

/** The index the unpaid-order sweep queries (`ORDERS#PENDING_PAYMENT`, by order id). */
export const ORDERS_BY_STATUS_INDEX = 'GSI3';

export interface PaymentsProps {
  readonly api: appsync.GraphqlApi;
  readonly table: dynamodb.ITable;
  /** minutes an order may stay PENDING_PAYMENT (a parameter's token) */
  readonly unpaidOrderMinutes: string;
  /** @default RemovalPolicy.RETAIN */
  readonly removalPolicy?: RemovalPolicy;
}

export class Payments extends Construct {
  public readonly secretKey: secretsmanager.Secret;
  public readonly webhookSecret: secretsmanager.Secret;
  /** `payments`: Stripe calls for the resolvers (data source `payments`) */
  public readonly function: lambda.Function;
  public readonly webhookFunction: lambda.Function;
  public readonly webhookUrl: lambda.FunctionUrl;
  public readonly expiryFunction: lambda.Function;
  public readonly expirySchedule: events.Rule;

  constructor(scope: Construct, id: string, props: PaymentsProps) {
    super(scope, id);
    const removalPolicy = props.removalPolicy ?? RemovalPolicy.RETAIN;
    const logs = props.removalPolicy ? { logRemovalPolicy: props.removalPolicy } : {};
    const keyDescription = 'Stripe secret key (sk_live_… or sk_test_…)';
    this.secretKey = this.stripeSecret('StripeSecretKey', 'secret-key', keyDescription);
    this.webhookSecret = this.stripeSecret('StripeWebhookSecret', 'webhook-secret', 'Stripe webhook signing secret');
    for (const secret of [this.secretKey, this.webhookSecret]) secret.applyRemovalPolicy(removalPolicy);

    const payments = new BundledFunction(this, 'Function', {
      name: 'payments',
      description: 'Creates and expires Stripe Checkout Sessions and refunds payments (data source payments)',
      environment: { STRIPE_SECRET_KEY_ARN: this.secretKey.secretArn },
      // Stripe calls time out after 8 s, retried twice: inside AppSync's 30 s for a data source.
      timeout: Duration.seconds(30),
      ...logs,
    });
    this.function = payments.function;
    this.secretKey.grantRead(payments.role);

    const webhook = new BundledFunction(this, 'Webhook', {
      name: 'payment-webhook',
      description: "Verifies Stripe's signed events and records each on its order",
      environment: {
        STRIPE_SECRET_KEY_ARN: this.secretKey.secretArn,
        STRIPE_WEBHOOK_SECRET_ARN: this.webhookSecret.secretArn,
        GRAPHQL_URL: props.api.graphqlUrl,
      },
      timeout: Duration.seconds(30),
      ...logs,
    });
    this.webhookFunction = webhook.function;
    this.secretKey.grantRead(webhook.role);
    this.webhookSecret.grantRead(webhook.role);
    this.allowMutation(webhook.role, props.api, PAYMENT_MUTATIONS.webhook);
    // Stripe cannot sign with IAM: the function verifies Stripe-Signature itself (docs/payments.md).
    this.webhookUrl = this.webhookFunction.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.NONE });

    const expiry = new BundledFunction(this, 'UnpaidOrders', {
      name: 'unpaid-orders',
      description: 'Cancels orders left unpaid past UnpaidOrderMinutes and expires their Stripe sessions',
      environment: {
        TABLE_NAME: props.table.tableName,
        UNPAID_ORDER_MINUTES: props.unpaidOrderMinutes,
        GRAPHQL_URL: props.api.graphqlUrl,
        STRIPE_SECRET_KEY_ARN: this.secretKey.secretArn,
      },
      timeout: Duration.seconds(60),
      ...logs,
    });
    this.expiryFunction = expiry.function;
    this.secretKey.grantRead(expiry.role);
    this.allowMutation(expiry.role, props.api, PAYMENT_MUTATIONS.expiry);
    expiry.role.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: ['dynamodb:Query'],
        resources: [`${props.table.tableArn}/index/${ORDERS_BY_STATUS_INDEX}`],
      }),
    );
    // Not DynamoDB TTL, which may take days: a minute's schedule bounds how late an expiry is.
    this.expirySchedule = new events.Rule(this, 'ExpirySchedule', {
      description: 'Expires unpaid orders every minute',
      schedule: events.Schedule.rate(Duration.minutes(1)),
      targets: [new targets.LambdaFunction(this.expiryFunction, { retryAttempts: 2 })],
    });
  }

  private stripeSecret(id: string, role: string, description: string): secretsmanager.Secret {
    // A placeholder until the shop puts its own key in (docs/deploy.md): never a value in the template.
    const secret = new secretsmanager.Secret(this, id, {
      description,
      generateSecretString: { passwordLength: 32, excludePunctuation: true },
    });
    Tags.of(secret).add(STRIPE_SECRET_TAG, role);
    return secret;
  }

  private allowMutation(role: iam.IRole, api: appsync.GraphqlApi, field: string): void {
    role.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: ['appsync:GraphQL'],
        resources: [`${api.arn}/types/Mutation/fields/${field}`],
      }),
    );
  }
}
