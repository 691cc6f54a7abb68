// Reads one DynamoDB Streams shard the way Lambda's poller does: from a checkpoint (the last
// sequence number handed on) or the mapping's starting position, at most `limit` records at a time.
// A lost iterator (expired, or DynamoDB Local restarted) is taken again from the checkpoint.
import {
  GetRecordsCommand,
  GetShardIteratorCommand,
  type _Record,
  type DynamoDBStreamsClient,
} from '@aws-sdk/client-dynamodb-streams';
import type { StreamRecordForLambda } from './deliver.ts';

export interface ShardReader {
  shardId: string;
  /** the next records (possibly none); `closed` once the shard has ended and is drained */
  read(limit: number): Promise<{ records: StreamRecordForLambda[]; closed: boolean }>;
  /** records up to this sequence number are done with */
  commit(sequenceNumber: string): void;
  checkpoint(): string | undefined;
}

export interface ShardReaderOptions {
  client: DynamoDBStreamsClient;
  streamArn: string;
  shardId: string;
  region: string;
  /** where to begin without a checkpoint */
  start: 'LATEST' | 'TRIM_HORIZON';
  checkpoint?: string;
}

/** Lambda's event record: the stream record plus its source, creation time in epoch seconds. */
function forLambda(record: _Record, streamArn: string, region: string): StreamRecordForLambda {
  const created = record.dynamodb?.ApproximateCreationDateTime;
  return {
    ...record,
    eventSource: 'aws:dynamodb',
    awsRegion: region,
    eventSourceARN: streamArn,
    dynamodb: { ...record.dynamodb, ...(created ? { ApproximateCreationDateTime: created.getTime() / 1000 } : {}) },
  } as StreamRecordForLambda;
}

export function createShardReader(options: ShardReaderOptions): ShardReader {
  let checkpoint = options.checkpoint;
  let iterator: string | undefined;
  let closed = false;

  const acquire = async (): Promise<string | undefined> => {
    const position = checkpoint
      ? { ShardIteratorType: 'AFTER_SEQUENCE_NUMBER' as const, SequenceNumber: checkpoint }
      : { ShardIteratorType: options.start };
    const out = await options.client.send(
      new GetShardIteratorCommand({ StreamArn: options.streamArn, ShardId: options.shardId, ...position }),
    );
    return out.ShardIterator;
  };

  return {
    shardId: options.shardId,
    checkpoint: () => checkpoint,
    commit(sequenceNumber) {
      checkpoint = sequenceNumber;
    },
    async read(limit) {
      if (closed) return { records: [], closed };
      iterator ??= await acquire();
      try {
        const out = await options.client.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: limit }));
        iterator = out.NextShardIterator;
        const records = (out.Records ?? []).map((r) => forLambda(r, options.streamArn, options.region));
        closed = iterator === undefined && records.length === 0;
        return { records, closed };
      } catch (err) {
        iterator = undefined; // take a fresh one from the checkpoint next time
        throw err;
      }
    },
  };
}
