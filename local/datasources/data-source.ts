// The seam between the resolver executor and whatever a data source talks to (DynamoDB, Lambda,
// OpenSearch, NONE). A data source never throws for a failed call: it answers with `error`, which
// the executor hands to the response handler as `ctx.error` (AppSync leaves re-raising to the code).

export interface DataSourceError {
  /** e.g. "The conditional request failed (Service: DynamoDb, Status Code: 400, Request ID: …)" */
  message: string;
  /** e.g. "DynamoDB:ConditionalCheckFailedException", "Lambda:Unhandled" */
  type: string;
  /** Extra detail some sources attach (the current item on a failed condition). */
  data?: unknown;
}

/**
 * What a data source answers. `result` and `error` may both be present: a cancelled DynamoDB
 * transaction still hands `{ keys|items, cancellationReasons }` to the handler as `ctx.result`.
 */
export interface DataSourceOutcome {
  result?: unknown;
  error?: DataSourceError;
}

/**
 * DynamoDB capacity a call consumed, as DynamoDB reports it. On-demand tables bill the same counts
 * as read and write request units. See `local/datasources/dynamodb/capacity.ts`.
 */
export interface CapacityUnits {
  readUnits: number;
  writeUnits: number;
}

/** Who is calling, as far as a data source needs to know. */
export interface InvocationContext {
  /**
   * Stable id of the resolver or pipeline function making the call, e.g. "Query.listProducts" or
   * "FunctionConfiguration:getProduct". Pagination tokens are bound to it, as AppSync's are.
   */
  callerId: string;
  /** The GraphQL field being resolved. */
  info: { fieldName: string; parentTypeName: string };
  /**
   * Told what the call cost (DynamoDB's consumed capacity), for the request log. Not part of the
   * outcome: AppSync never shows consumed capacity to the response handler.
   */
  recordCapacity?(units: CapacityUnits): void;
}

export interface DataSource {
  readonly name: string;
  /** The AppSync data source type: AMAZON_DYNAMODB, AWS_LAMBDA, NONE, AMAZON_OPENSEARCH_SERVICE, HTTP. */
  readonly type: string;
  invoke(request: unknown, context: InvocationContext): Promise<DataSourceOutcome>;
}
