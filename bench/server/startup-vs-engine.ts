// npm start next to the slowest engine it needs, in one run: DynamoDB Local's JVM started by hand
// (the launcher's plain command line: no class-data sharing, no Node around it) until its first
// ListTables answers, the same with the class-data archive npm start's JVM maps, then a warm `npm
// start` until its first GraphQL answer, on the same data dir, alternating so the machine's drift
// hits all alike; medians of the rounds. Issue 19's target: npm start ≤ 1.5 s after the plain JVM.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { dynamoDbLocalCommand, freePort } from '../../local/engines/index.ts';
import { median } from './load.ts';
import { measureStartup, type StartupResult } from './startup.ts';

/** the target: npm start's first answer at most this long after the JVM alone answers */
export const TARGET_GAP_SECONDS = 1.5;

export interface SideBySide {
  rounds: Array<{
    dynamoDbAloneSeconds: number;
    dynamoDbSharedSeconds: number;
    npmStartSeconds: number;
    npmStart: StartupResult;
  }>;
  medianDynamoDbAloneSeconds: number;
  /** the same JVM with the class-data archive npm start's JVM maps (the part of the gain that is the JVM's) */
  medianDynamoDbSharedSeconds: number;
  medianNpmStartSeconds: number;
  /** median npm start − median JVM alone */
  gapSeconds: number;
  targetMet: boolean;
}

/**
 * Spawn → first ListTables answered, for a JVM on `dbPath` started by hand; then it is stopped.
 * `shared`: with the class-data archive npm start's JVM uses; else the plain command line.
 */
export async function measureDynamoDbAlone(dbPath: string, shared = false, timeoutSeconds = 120): Promise<number> {
  const port = await freePort();
  const { args, cwd, settle } = dynamoDbLocalCommand(port, dbPath, shared);
  const started = performance.now();
  const jvm = spawn('java', args, { cwd, stdio: ['pipe', 'ignore', 'ignore'] });
  const exit = new Promise<void>((resolve) => jvm.once('exit', () => resolve()));
  const client = new DynamoDBClient({
    endpoint: `http://127.0.0.1:${port}`,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
  try {
    for (;;) {
      if (jvm.exitCode !== null) throw new Error(`DynamoDB Local exited with ${jvm.exitCode} before answering`);
      if (performance.now() - started > timeoutSeconds * 1000) throw new Error('DynamoDB Local did not answer');
      const answered = await client.send(new ListTablesCommand({}), { abortSignal: AbortSignal.timeout(2_000) }).then(
        () => true,
        () => false,
      );
      if (answered) return (performance.now() - started) / 1000;
      await sleep(20);
    }
  } finally {
    client.destroy();
    jvm.kill('SIGTERM');
    await exit;
    settle();
  }
}

/** `rounds` × (JVM alone, warm npm start) on `dataDir`, which a first (cold) npm start has filled. */
export async function measureSideBySide(root: string, dataDir: string, tmp: string, rounds = 3): Promise<SideBySide> {
  const done: SideBySide['rounds'] = [];
  for (let i = 1; i <= rounds; i++) {
    const alone = await measureDynamoDbAlone(join(dataDir, 'dynamodb'));
    const shared = await measureDynamoDbAlone(join(dataDir, 'dynamodb'), true);
    const npmStart = await measureStartup(root, dataDir, join(tmp, `startup-outputs-round-${i}.json`));
    console.log(
      `  round ${i}: DynamoDB Local alone ${alone.toFixed(2)} s (with the archive ${shared.toFixed(2)} s), ` +
        `npm start ${npmStart.secondsToFirstAnswer.toFixed(2)} s`,
    );
    const npmStartSeconds = npmStart.secondsToFirstAnswer;
    done.push({ dynamoDbAloneSeconds: alone, dynamoDbSharedSeconds: shared, npmStartSeconds, npmStart });
  }
  const medianDynamoDbAloneSeconds = median(done.map((r) => r.dynamoDbAloneSeconds));
  const medianDynamoDbSharedSeconds = median(done.map((r) => r.dynamoDbSharedSeconds));
  const medianNpmStartSeconds = median(done.map((r) => r.npmStartSeconds));
  const gapSeconds = medianNpmStartSeconds - medianDynamoDbAloneSeconds;
  return {
    rounds: done,
    medianDynamoDbAloneSeconds,
    medianDynamoDbSharedSeconds,
    medianNpmStartSeconds,
    gapSeconds,
    targetMet: gapSeconds <= TARGET_GAP_SECONDS,
  };
}

/** The table's rows: each round, then the medians and the gap. */
export function sideBySideRows(result: SideBySide): Array<Record<string, string>> {
  const fmt = (n: number) => n.toFixed(2);
  return [
    ...result.rounds.map((r, i) => ({
      run: `round ${i + 1}`,
      'DynamoDB Local alone s': fmt(r.dynamoDbAloneSeconds),
      'same, class-data archive s': fmt(r.dynamoDbSharedSeconds),
      'npm start (warm) s': fmt(r.npmStartSeconds),
      'gap s': fmt(r.npmStartSeconds - r.dynamoDbAloneSeconds),
      target: '',
    })),
    {
      run: 'median',
      'DynamoDB Local alone s': fmt(result.medianDynamoDbAloneSeconds),
      'same, class-data archive s': fmt(result.medianDynamoDbSharedSeconds),
      'npm start (warm) s': fmt(result.medianNpmStartSeconds),
      'gap s': fmt(result.gapSeconds),
      target: result.targetMet ? 'met' : 'MISSED',
    },
  ];
}
