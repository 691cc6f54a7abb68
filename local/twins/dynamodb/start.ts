// Starts DynamoDB Local (AWS's own emulator) as a child process on 127.0.0.1 and stops it again.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
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
  /** Sends SIGTERM and resolves once the JVM has exited (SIGKILL after 10 s). */
  stop(): Promise<void>;
}

const HOST = '127.0.0.1';
const READY_BANNER = 'DynamoDB Local listening on';
const live = new Set<ChildProcess>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // Belt and braces: the launcher also exits when our end of its stdin closes (crash, SIGKILL).
  process.on('exit', () => {
    for (const child of live) child.kill('SIGKILL');
  });
}

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.unref();
    server.on('error', fail);
    server.listen(0, HOST, () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

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
      `-Dddb.host=${HOST}`,
      '-cp', `${classes}:${emulator.jar}`,
      LAUNCHER_CLASS,
      '-sharedDb', '-disableTelemetry', ...storage, '-port', String(port),
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
  installExitHook();
  // DynamoDB Local writes dynamodb-local-metadata.json into its working directory: keep it in the cache.
  const child = spawn('java', args, { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
  live.add(child);
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-16_384);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<void>((done) => {
    child.once('exit', () => {
      live.delete(child);
      done();
    });
    child.once('error', (err) => {
      keep(Buffer.from(`\n${String(err)}`));
      live.delete(child);
      done();
    });
  });
  let hasExited = false;
  void exited.then(() => (hasExited = true));

  const endpoint = `http://${HOST}:${port}`;
  const client = new DynamoDBClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      if (hasExited) {
        throw new Error(
          `DynamoDB Local exited before it was ready (exit code ${child.exitCode ?? child.signalCode}). Output:\n${output.trim()}`,
        );
      }
      if (Date.now() > deadline) {
        child.kill('SIGKILL');
        throw new Error(`DynamoDB Local did not answer ListTables on ${endpoint} within ${timeoutMs} ms. Output:\n${output.trim()}`);
      }
      // Only our JVM prints the banner, so ListTables cannot be answered by a stranger on the port.
      if (output.includes(READY_BANNER)) {
        try {
          await client.send(new ListTablesCommand({ Limit: 1 }), { abortSignal: AbortSignal.timeout(2_000) });
          break;
        } catch {
          // not answering yet
        }
      }
      await sleep(100);
    }
  } finally {
    client.destroy();
  }

  const stop = async (): Promise<void> => {
    if (hasExited) return;
    child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(killer);
  };
  return { endpoint, port, pid: child.pid!, stop };
}
