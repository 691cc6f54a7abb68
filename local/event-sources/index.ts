// Lambda's DynamoDB stream event source mappings, emulated on DynamoDB Local's stream: each mapping
// of the template polls its table's stream (as Lambda does, 4 times a second per shard when idle),
// keeps the records its filter admits, and hands them to the function's local runner in batches of
// the template's size, in stream order, with its retries, bisection and on-failure destination.
// Checkpoints persist under the data dir, so a restart resumes where the last run stopped.
import { appendFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DescribeStreamCommand, DynamoDBStreamsClient, ListStreamsCommand } from '@aws-sdk/client-dynamodb-streams';
import type { Template } from '../stack/index.ts';
import { deliverBatch, type FailedBatchRecord, type FunctionAnswer, type StreamRecordForLambda } from './deliver.ts';
import { streamMappings, type StreamMapping } from './mappings.ts';
import { createShardReader, type ShardReader } from './shard-reader.ts';

export type { FailedBatchRecord, FunctionAnswer } from './deliver.ts';
export type { StreamMapping } from './mappings.ts';
export { streamMappings } from './mappings.ts';
export { startFunctionUrl, type FunctionUrlServerOptions, type RunningFunctionUrl } from './function-url-server.ts';
export { functionUrls, type FunctionUrlConfig } from './function-urls.ts';
export { startSchedules, type RunningSchedules, type SchedulesOptions } from './schedule-runner.ts';
export { scheduleRules, scheduledEvent, type ScheduleRule } from './schedules.ts';

export interface StreamMappingsOptions {
  template: Template;
  /** DynamoDB Local's endpoint (it serves the Streams API too) */
  endpoint: string;
  region: string;
  credentials: { accessKeyId: string; secretAccessKey: string };
  tableName(logicalId: string): string;
  /** runs the mapped function (by logical id) with one event */
  invoke(functionLogicalId: string, event: { Records: StreamRecordForLambda[] }): Promise<FunctionAnswer>;
  functionArn(functionLogicalId: string): string;
  /** checkpoints and dead letters */
  dataDir: string;
  log(line: string): void;
  /** idle poll interval per shard (default 250 ms) */
  pollMs?: number;
}

export interface RunningStreamMappings {
  mappings: StreamMapping[];
  /** what went to an on-failure destination, by its logical id (the local stand-in for the queue) */
  deadLetters(destinationLogicalId: string): Promise<FailedBatchRecord[]>;
  stop(): Promise<void>;
}

interface Checkpoints {
  streamArn: string;
  shards: Record<string, string>;
}

function deadLetterFile(dataDir: string, destination: string): string {
  return join(dataDir, 'dead-letters', `${destination}.jsonl`);
}

export async function startStreamMappings(options: StreamMappingsOptions): Promise<RunningStreamMappings> {
  const mappings = streamMappings(options.template);
  const client = new DynamoDBStreamsClient({
    endpoint: options.endpoint,
    region: options.region,
    credentials: options.credentials,
    maxAttempts: 1,
  });
  await mkdir(join(options.dataDir, 'dead-letters'), { recursive: true });
  let stopped = false;
  const sleepers = new Set<() => void>();
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        sleepers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      sleepers.add(done);
    });
  const loops = mappings.map((mapping) => runMapping(mapping, { ...options, client, sleep, stopped: () => stopped }));
  return {
    mappings,
    async deadLetters(destination) {
      const text = await readFile(deadLetterFile(options.dataDir, destination), 'utf8').catch(() => '');
      return text
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as FailedBatchRecord);
    },
    async stop() {
      stopped = true;
      for (const wake of [...sleepers]) wake();
      await Promise.all(loops);
      client.destroy();
    },
  };
}

interface LoopContext extends StreamMappingsOptions {
  client: DynamoDBStreamsClient;
  sleep(ms: number): Promise<void>;
  stopped(): boolean;
}

async function streamArnOf(ctx: LoopContext, table: string): Promise<string> {
  const out = await ctx.client.send(new ListStreamsCommand({ TableName: table }));
  const arn = out.Streams?.[0]?.StreamArn;
  if (!arn) throw new Error(`table ${table} has no stream (StreamSpecification missing?)`);
  return arn;
}

async function loadCheckpoints(file: string, streamArn: string): Promise<Record<string, string>> {
  const saved = JSON.parse(await readFile(file, 'utf8').catch(() => '{}')) as Partial<Checkpoints>;
  // A new stream (the table was recreated, e.g. after --reset) starts afresh.
  return saved.streamArn === streamArn ? (saved.shards ?? {}) : {};
}

async function runMapping(mapping: StreamMapping, ctx: LoopContext): Promise<void> {
  const table = ctx.tableName(mapping.tableLogicalId);
  const file = join(ctx.dataDir, `${mapping.logicalId}.json`);
  const readers = new Map<string, ShardReader>();
  let streamArn: string | undefined;
  let checkpoints: Record<string, string> = {};
  let discoveredAt = 0;
  let failing = false;

  const discover = async (arn: string): Promise<void> => {
    const out = await ctx.client.send(new DescribeStreamCommand({ StreamArn: arn }));
    const first = discoveredAt === 0;
    for (const shard of out.StreamDescription?.Shards ?? []) {
      const shardId = shard.ShardId as string;
      if (readers.has(shardId) || checkpoints[shardId] === 'closed') continue;
      // Shards found later (after a roll-over) are read whole; the first ones from StartingPosition.
      const start = first ? mapping.startingPosition : 'TRIM_HORIZON';
      const checkpoint = checkpoints[shardId];
      readers.set(
        shardId,
        createShardReader({
          client: ctx.client,
          streamArn: arn,
          shardId,
          region: ctx.region,
          start,
          ...(checkpoint ? { checkpoint } : {}),
        }),
      );
    }
    discoveredAt = Date.now();
  };

  const save = async (arn: string): Promise<void> => {
    for (const reader of readers.values()) {
      const seq = reader.checkpoint();
      if (seq) checkpoints[reader.shardId] = seq;
    }
    await writeFile(file, `${JSON.stringify({ streamArn: arn, shards: checkpoints } satisfies Checkpoints)}\n`);
  };

  const pollShard = async (reader: ShardReader, arn: string): Promise<boolean> => {
    const { records, closed } = await reader.read(mapping.batchSize);
    if (closed) {
      readers.delete(reader.shardId);
      checkpoints[reader.shardId] = 'closed';
    }
    if (records.length === 0) return false;
    const wanted = records.filter((r) => mapping.filter(r));
    if (wanted.length > 0) await deliverBatch(mapping, wanted, deliveryDeps(mapping, ctx, arn, reader.shardId));
    reader.commit(records[records.length - 1]?.dynamodb?.SequenceNumber as string);
    await save(arn);
    return true;
  };

  while (!ctx.stopped()) {
    try {
      if (!streamArn) {
        streamArn = await streamArnOf(ctx, table);
        checkpoints = await loadCheckpoints(file, streamArn);
      }
      if (readers.size === 0 || Date.now() - discoveredAt > 5000) await discover(streamArn);
      let busy = false;
      for (const reader of [...readers.values()]) busy = (await pollShard(reader, streamArn)) || busy;
      if (failing) ctx.log(`${mapping.logicalId}: reading the stream of ${table} again`);
      failing = false;
      if (!busy) await ctx.sleep(ctx.pollMs ?? 250);
    } catch (err) {
      if (!failing) ctx.log(`${mapping.logicalId}: cannot read the stream of ${table} (${String(err)}); retrying`);
      failing = true;
      await ctx.sleep(1000);
    }
  }
}

function deliveryDeps(mapping: StreamMapping, ctx: LoopContext, streamArn: string, shardId: string) {
  return {
    invoke: (event: { Records: StreamRecordForLambda[] }) => ctx.invoke(mapping.functionLogicalId, event),
    functionArn: ctx.functionArn(mapping.functionLogicalId),
    streamArn,
    shardId,
    log: ctx.log,
    async deadLetter(record: FailedBatchRecord) {
      const destination = mapping.onFailureLogicalId;
      if (!destination) return; // Lambda drops the batch when no destination is configured
      await appendFile(deadLetterFile(ctx.dataDir, destination), `${JSON.stringify(record)}\n`);
      ctx.log(`${mapping.logicalId}: batch described in ${destination} (${deadLetterFile(ctx.dataDir, destination)})`);
    },
  };
}
