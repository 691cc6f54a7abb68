// DynamoDB Local, started from Node and bound to 127.0.0.1.
export { freePort, dynamoDbLocalCommand, startDynamoDbLocal, startDynamoDbLocalEarly } from './start.ts';
export type { DynamoDbLocal, DynamoDbLocalOptions } from './start.ts';
export { JavaMissingError } from './java.ts';
