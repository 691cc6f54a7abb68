// Starts DynamoDB Local (AWS's own emulator) as a child process on 127.0.0.1 and stops it again.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../local-aws.ts';
import { freePort, LOOPBACK, superviseProcess, waitUntilReady, type ExitInfo } from '../supervised-process.ts';
import { assertJava } from './java.ts';
import { ensureLauncher, LAUNCHER_CLASS, locateEmulator } from './launcher.ts';

export interface DynamoDbLocalOptions {
  /** TCP port on 127.0.0.1; 0 or omitted picks a free one. */
  port?: number;
  /** Directory for the shared SQLite database (created if missing); omitted = in memory. */
  dbPath?: string;
  /** Give up if ListTables has not answered by then (default 60 s). */
  startTimeoutMs?: number;
}

export interface DynamoDbLocal {
  /** e.g. "http://127.0.0.1:41234" */
  endpoint: string;
  port: number;
  pid: number;
  /** Resolves when the JVM exits, however that happens. */
  exited: Promise<ExitInfo>;
  /** The last 16 KiB of its output. */
  output(): string;
  /** Sends SIGTERM and resolves once the JVM has exited (SIGKILL after 10 s). */
  stop(): Promise<void>;
}

const READY_BANNER = 'DynamoDB Local listening on';

export { freePort } from '../supervised-process.ts';

export async function startDynamoDbLocal(options: DynamoDbLocalOptions = {}): Promise<DynamoDbLocal> {
  assertJava();
  const emulator = locateEmulator();
  const classes = ensureLauncher(emulator);
  const storage = options.dbPath === undefined ? ['-inMemory'] : ['-dbPath', resolve(options.dbPath)];
  if (options.dbPath !== undefined) mkdirSync(resolve(options.dbPath), { recursive: true });

  // A port picked here can be taken by someone else before the JVM binds it: retry with another.
  for (let attempt = 1; ; attempt++) {
    const port = options.port || (await freePort());
    const args = [
      `-Djava.library.path=${emulator.libDir}`,
      '-Dddb.exitOnStdinEof=true',
      `-Dddb.host=${LOOPBACK}`,
      '-cp',
      `${classes}:${emulator.jar}`,
      LAUNCHER_CLASS,
      '-sharedDb',
      '-disableTelemetry',
      ...storage,
      '-port',
      String(port),
    ];
    try {
      return await launch(args, dirname(classes), port, options.startTimeoutMs ?? 60_000);
    } catch (err) {
      const portClash = err instanceof Error && /BindException|Address already in use/.test(err.message);
      if (!portClash || options.port || attempt >= 3) throw err;
    }
  }
}

async function launch(args: string[], cwd: string, port: number, timeoutMs: number): Promise<DynamoDbLocal> {
  // DynamoDB Local writes dynamodb-local-metadata.json into its working directory: keep it in the cache.
  const jvm = superviseProcess('java', args, { cwd });
  const endpoint = `http://${LOOPBACK}:${port}`;
  const client = new DynamoDBClient({ endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS, maxAttempts: 1 });
  try {
    // Only our JVM prints the banner, so ListTables cannot be answered by a stranger on the port.
    await waitUntilReady(jvm, 'DynamoDB Local', timeoutMs, 100, async () => {
      if (!jvm.output().includes(READY_BANNER)) return false;
      return client.send(new ListTablesCommand({ Limit: 1 }), { abortSignal: AbortSignal.timeout(2_000) }).then(
        () => true,
        () => false,
      );
    });
  } finally {
    client.destroy();
  }
  return { endpoint, port, pid: jvm.child.pid!, exited: jvm.exited, output: jvm.output, stop: () => jvm.stop(10_000) };
}
