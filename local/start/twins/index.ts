// The twin set, in start order: engines first (in parallel), then what runs against them.
export { dynamoDbTwin, localDynamoDbClient, type DynamoDbTwin } from './dynamodb.ts';
export { cognitoTwin, DEFAULT_COGNITO_PORT, type CognitoTwin } from './cognito.ts';
export { lambdaTwin, type LambdaTwin } from './lambda.ts';
export type { RunningTwin, Twin, TwinContext } from './twin.ts';
