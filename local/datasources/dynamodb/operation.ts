// What every operation handler receives, and the shape it has.
import type { DynamoDbSender } from './wire-client.ts';
import type { DataSourceOutcome, InvocationContext } from '../data-source.ts';
import type { TokenCodec } from './next-token.ts';
import type { JsonObject } from './request-error.ts';

export interface OperationContext {
  /** the SDK's DynamoDBClient, or the wire client the local server uses */
  client: DynamoDbSender;
  /** The data source's table; batch and transaction requests name their own tables. */
  tableName: string;
  tokens: TokenCodec;
  invocation: InvocationContext;
}

/**
 * Sends one AppSync request object to DynamoDB. May throw a RequestError (bad request object) or
 * the SDK's error; the data source turns both into `ctx.error`.
 */
export type Operation = (request: JsonObject, ctx: OperationContext) => Promise<DataSourceOutcome>;
