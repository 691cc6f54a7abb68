// The AppSync DynamoDB data source (AMAZON_DYNAMODB): takes the request object a resolver's
// `request` handler returns, makes the DynamoDB call, and answers what AppSync would put in
// `ctx.result` / `ctx.error`. It never throws for a failed call.
import type { DynamoDbSender } from './wire-client.ts';
import type { DataSource, DataSourceOutcome, InvocationContext } from '../data-source.ts';
import { batchGetItem } from './batch-get-item.ts';
import { batchDeleteItem, batchPutItem } from './batch-write.ts';
import { meteredClient } from './capacity.ts';
import { deleteItem } from './delete-item.ts';
import { toDataSourceError } from './errors.ts';
import { getItem } from './get-item.ts';
import { createTokenCodec } from './next-token.ts';
import type { Operation, OperationContext } from './operation.ts';
import { putItem } from './put-item.ts';
import { query } from './query.ts';
import { describe, isRecord, RequestError } from './request-error.ts';
import { scan } from './scan.ts';
import { transactGetItems } from './transact-get-items.ts';
import { transactWriteItems } from './transact-write-items.ts';
import { updateItem } from './update-item.ts';

export interface DynamoDbDataSourceOptions {
  /** The data source's name in the template. */
  name: string;
  /** Table for GetItem, PutItem, UpdateItem, DeleteItem, Query and Scan. */
  tableName: string;
  /** the SDK's DynamoDBClient, or the wire client the local server uses */
  client: DynamoDbSender;
  /** 32-byte AES-256 key for nextToken; random per process when omitted (tokens die with it). */
  tokenKey?: Uint8Array;
}

const OPERATIONS: Record<string, Operation> = {
  GetItem: getItem,
  PutItem: putItem,
  UpdateItem: updateItem,
  DeleteItem: deleteItem,
  Query: query,
  Scan: scan,
  BatchGetItem: batchGetItem,
  BatchPutItem: batchPutItem,
  BatchDeleteItem: batchDeleteItem,
  TransactGetItems: transactGetItems,
  TransactWriteItems: transactWriteItems,
};

function operationFor(request: unknown): Operation {
  if (!isRecord(request)) throw new RequestError(`A DynamoDB request must be an object, got ${describe(request)}.`);
  const name = request['operation'];
  if (name === undefined || name === null) throw new RequestError("Value for field '$[operation]' not found.");
  if (name === 'Sync') {
    throw new RequestError(
      "Unsupported operation 'Sync': it needs conflict detection (a versioned data source), " +
        'which the local DynamoDB data source does not emulate.',
    );
  }
  const operation = typeof name === 'string' ? OPERATIONS[name] : undefined;
  if (!operation) {
    throw new RequestError(
      `Unsupported operation ${describe(name)}. Supported: ${Object.keys(OPERATIONS).join(', ')}.`,
    );
  }
  return operation;
}

export function createDynamoDbDataSource(options: DynamoDbDataSourceOptions): DataSource {
  const tokens = createTokenCodec(options.tokenKey);
  return {
    name: options.name,
    type: 'AMAZON_DYNAMODB',
    async invoke(request: unknown, invocation: InvocationContext): Promise<DataSourceOutcome> {
      const meter = meteredClient(options.client);
      try {
        const operation = operationFor(request);
        const ctx: OperationContext = { client: meter.client, tableName: options.tableName, tokens, invocation };
        return await operation(request as Record<string, unknown>, ctx);
      } catch (err) {
        return { error: toDataSourceError(err) };
      } finally {
        const capacity = meter.consumed();
        if (capacity) invocation.recordCapacity?.(capacity);
      }
    },
  };
}

export { INVALID_TOKEN_MESSAGE } from './paging.ts';
