// The twins npm start runs, in list order: a twin starts as soon as the twins it `needs` are up,
// so the engines start in parallel and the Lambda twin follows them. A new twin is one module
// here plus one entry in TWINS.
import { cognitoTwin } from './cognito.ts';
import { customResourcesTwin } from './custom-resources.ts';
import { dynamoDbTwin } from './dynamodb.ts';
import { functionUrlsTwin } from './function-urls.ts';
import { lambdaTwin } from './lambda.ts';
import { s3Twin } from './s3.ts';
import { schedulesTwin } from './schedules.ts';
import { secretsManagerTwin } from './secretsmanager.ts';
import { searchTwin } from './search.ts';
import { stripeWebhooksTwin } from './stripe-webhooks.ts';
import { stripeTwin } from './stripe.ts';
import { streamsTwin } from './streams.ts';
import type { AnyTwin } from './twin.ts';

export const TWINS: readonly AnyTwin[] = [
  dynamoDbTwin,
  searchTwin,
  cognitoTwin,
  s3Twin,
  secretsManagerTwin,
  stripeTwin,
  lambdaTwin,
  customResourcesTwin,
  streamsTwin,
  schedulesTwin,
  functionUrlsTwin,
  stripeWebhooksTwin,
];

export { cognitoTwin, DEFAULT_COGNITO_PORT } from './cognito.ts';
export { customResourcesTwin, providerBackedResources } from './custom-resources.ts';
export { dynamoDbTwin, localDynamoDbClient } from './dynamodb.ts';
export { functionUrlsTwin } from './function-urls.ts';
export { lambdaTwin } from './lambda.ts';
export { localS3Client, s3Twin, type S3Engine } from './s3.ts';
export { searchTwin } from './search.ts';
export { schedulesTwin } from './schedules.ts';
export { secretsManagerTwin } from './secretsmanager.ts';
export { streamsTwin } from './streams.ts';
export { stripeTwin } from './stripe.ts';
export { stripeWebhooksTwin } from './stripe-webhooks.ts';
export { startTwins, type StartedTwins } from './start-twins.ts';
export { defineTwin, emptyOutputs, mergeOutputs } from './twin.ts';
export type { AnyTwin, ApiWiring, Twin, TwinContext, TwinOutputs } from './twin.ts';
