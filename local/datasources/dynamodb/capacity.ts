// The capacity each DynamoDB call consumed, for the request log, so a shop sees what an operation
// will cost on AWS before deploying it. Every command is sent with ReturnConsumedCapacity: TOTAL and
// the answer's ConsumedCapacity is summed here; it never reaches ctx.result (AppSync's data source
// does not show it to the resolver either).
//
// Units, per https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html
// and https://aws.amazon.com/dynamodb/pricing/on-demand/: one read unit (RCU; a "read request unit"
// on an on-demand table) is one strongly consistent read of up to 4 KB, half for an eventually
// consistent read, two for a transactional one; one write unit (WCU; "write request unit") is one
// write of up to 1 KB, two for a transactional one. DynamoDB Local does this arithmetic itself
// (0.5 for a small eventually consistent GetItem, 1 consistent, 2 per item in TransactGetItems).
import type { ConsumedCapacity } from '@aws-sdk/client-dynamodb';
import type { CapacityUnits } from '../data-source.ts';
import type { DynamoDbSender } from './wire-client.ts';

/** Operations whose plain CapacityUnits are read units; every other one writes. */
const READS = new Set(['GetItem', 'Query', 'Scan', 'BatchGetItem', 'TransactGetItems']);

const units = (n: unknown): number => (typeof n === 'number' && Number.isFinite(n) ? n : 0);

/**
 * Sums DynamoDB's ConsumedCapacity (one object, or one per table for batch and transact calls).
 * ReadCapacityUnits / WriteCapacityUnits are used where DynamoDB gives them (transactions do);
 * otherwise CapacityUnits counts as reads or writes by the operation. Undefined when none was reported.
 */
export function sumCapacity(operation: string, consumed: unknown): CapacityUnits | undefined {
  if (consumed === undefined || consumed === null) return undefined;
  const entries = (Array.isArray(consumed) ? consumed : [consumed]) as ConsumedCapacity[];
  if (entries.length === 0) return undefined;
  const total: CapacityUnits = { readUnits: 0, writeUnits: 0 };
  for (const entry of entries) {
    if (entry.ReadCapacityUnits !== undefined || entry.WriteCapacityUnits !== undefined) {
      total.readUnits += units(entry.ReadCapacityUnits);
      total.writeUnits += units(entry.WriteCapacityUnits);
    } else if (READS.has(operation)) {
      total.readUnits += units(entry.CapacityUnits);
    } else {
      total.writeUnits += units(entry.CapacityUnits);
    }
  }
  return total;
}

function add(total: CapacityUnits | undefined, more: CapacityUnits | undefined): CapacityUnits | undefined {
  if (!more) return total;
  if (!total) return { ...more };
  return { readUnits: total.readUnits + more.readUnits, writeUnits: total.writeUnits + more.writeUnits };
}

type Command = { input: object; constructor: new (input: object) => { input: object } };

/**
 * A client for one invocation that asks for and tallies consumed capacity, in one place rather
 * than in each operation's file. Failed calls count too when the error answer carries units
 * (DynamoDB Local's ConditionalCheckFailed and TransactionCanceled answers carry none).
 */
export function meteredClient(client: DynamoDbSender): {
  client: DynamoDbSender;
  consumed(): CapacityUnits | undefined;
} {
  let total: CapacityUnits | undefined;
  async function send(command: Command): Promise<unknown> {
    const operation = command.constructor.name.replace(/Command$/, '');
    // A new command object of the same class: the caller's is left as it built it.
    const metered = new command.constructor({ ...command.input, ReturnConsumedCapacity: 'TOTAL' });
    try {
      const out = (await (client.send as (c: unknown) => Promise<{ ConsumedCapacity?: unknown }>)(metered)) ?? {};
      total = add(total, sumCapacity(operation, out.ConsumedCapacity));
      return out;
    } catch (err) {
      total = add(total, sumCapacity(operation, (err as { ConsumedCapacity?: unknown } | null)?.ConsumedCapacity));
      throw err;
    }
  }
  return { client: { send: send as unknown as DynamoDbSender['send'] }, consumed: () => total };
}
