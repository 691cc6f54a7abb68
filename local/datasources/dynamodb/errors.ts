// Turns what went wrong into the `ctx.error` AppSync would hand to the response handler.
// AppSync calls DynamoDB with the AWS SDK for Java v2, so the error type is `DynamoDB:` plus the
// Java exception class: the modeled exception's name (ConditionalCheckFailedException, …), or
// DynamoDbException for errors the service model does not declare (ValidationException, …), and the
// message ends the way SDK v2 prints it: "(Service: DynamoDb, Status Code: 400, Request ID: …)".
import { DynamoDBServiceException } from '@aws-sdk/client-dynamodb';
import type { DataSourceError } from '../data-source.ts';
import { RequestError } from './request-error.ts';

export function serviceMessage(message: string, statusCode: number, requestId: string): string {
  return `${message} (Service: DynamoDb, Status Code: ${statusCode}, Request ID: ${requestId})`;
}

/** True when the SDK threw a modeled exception class rather than the generic service exception. */
function isModeled(err: DynamoDBServiceException): boolean {
  return Object.getPrototypeOf(err) !== DynamoDBServiceException.prototype;
}

export function fromServiceError(err: DynamoDBServiceException, data?: unknown): DataSourceError {
  const exception = isModeled(err) ? err.name : 'DynamoDbException';
  const error: DataSourceError = {
    type: `DynamoDB:${exception}`,
    message: serviceMessage(err.message, err.$metadata?.httpStatusCode ?? 400, err.$metadata?.requestId ?? 'null'),
  };
  if (data !== undefined) error.data = data;
  return error;
}

/** Anything thrown while serving a request → a DataSourceError; never rethrows. */
export function toDataSourceError(err: unknown): DataSourceError {
  if (err instanceof RequestError) return { type: err.type, message: err.message };
  if (err instanceof DynamoDBServiceException) return fromServiceError(err);
  // No answer from DynamoDB at all (connection refused, timeout): SDK v2's client-side failure.
  const message = err instanceof Error ? err.message : String(err);
  return { type: 'DynamoDB:SdkClientException', message: `Unable to execute HTTP request: ${message}` };
}
