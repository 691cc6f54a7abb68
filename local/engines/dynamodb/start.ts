// Starts DynamoDB Local (AWS's own emulator) as a child process on 127.0.0.1 and stops it again.
// `npm start` launches it first of all (startDynamoDbLocalEarly), before the rest of the stack is
// loaded, and the twin adopts that JVM: the JVM's start-up is the longest single wait.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { LOCAL_REGION } from '../../local-aws.ts';
import { freePort, LOOPBACK, superviseProcess, waitUntilReady, type ExitInfo } from '../supervised-process.ts';
import { classData, ensureClassDataJars } from './class-data.ts';
import { assertJava } from './java.ts';
import { ensureLauncher, LAUNCHER_CLASS, locateEmulator, type EmulatorPaths } from './launcher.ts';

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
  /** Sends SIGTERM and resolves once the JVM has exited (SIGKILL after 10 s; 30 s while it writes the CDS archive). */
  stop(): Promise<void>;
}

const READY_BANNER = 'DynamoDB Local listening on';

export { freePort } from '../supervised-process.ts';

/** JVMs started ahead of their twin, by resolved data directory; each is adopted at most once. */
const early = new Map<string, Promise<DynamoDbLocal>>();

/**
 * Starts DynamoDB Local on `dbPath` now, for a later `startDynamoDbLocal({ dbPath })` (port 0) to
 * adopt. Never throws: if it fails, the later call starts one itself and reports why.
 */
export function startDynamoDbLocalEarly(dbPath: string): void {
  const started = startDynamoDbLocal({ dbPath });
  started.catch(() => undefined);
  early.set(resolve(dbPath), started);
}

export async function startDynamoDbLocal(options: DynamoDbLocalOptions = {}): Promise<DynamoDbLocal> {
  const adopted = options.port || options.dbPath === undefined ? undefined : early.get(resolve(options.dbPath));
  if (adopted) {
    early.delete(resolve(options.dbPath as string));
    const engine = await adopted.catch(() => undefined);
    if (engine) return engine;
  }
  const emulator = locateEmulator();
  const classes = ensureLauncher(emulator);
  ensureClassDataJars(emulator, classes, LAUNCHER_CLASS);
  const storage = options.dbPath === undefined ? ['-inMemory'] : ['-dbPath', resolve(options.dbPath)];
  if (options.dbPath !== undefined) mkdirSync(resolve(options.dbPath), { recursive: true });

  // A port picked here can be taken by someone else before the JVM binds it: retry with another.
  for (let attempt = 1; ; attempt++) {
    const port = options.port || (await freePort());
    const cds = classData(emulator, classes);
    const args = [...cds.flags, ...jvmArgs(emulator, cds.classpath, [...storage, '-port', String(port)])];
    try {
      // A JVM writing the class-data archive at exit needs longer to stop, once.
      const graceMs = cds.flags.some((flag) => flag.startsWith('-XX:ArchiveClassesAtExit')) ? 30_000 : 10_000;
      const engine = await launch(args, dirname(classes), port, options.startTimeoutMs ?? 60_000, graceMs);
      void engine.exited.then(() => cds.settle());
      return engine;
    } catch (err) {
      cds.settle(); // the JVM has exited (or was killed): its claim on the archive goes
      // `java -version` only when something went wrong: it costs a JVM start, and its message says what to install.
      assertJava();
      const portClash = err instanceof Error && /BindException|Address already in use/.test(err.message);
      if (!portClash || options.port || attempt >= 3) throw err;
    }
  }
}

function jvmArgs(emulator: EmulatorPaths, classpath: string, engineArgs: string[]): string[] {
  return [
    `-Djava.library.path=${emulator.libDir}`,
    '-Dddb.exitOnStdinEof=true',
    `-Dddb.host=${LOOPBACK}`,
    '-cp',
    classpath,
    LAUNCHER_CLASS,
    '-sharedDb',
    '-disableTelemetry',
    ...engineArgs,
  ];
}

/**
 * `java`'s arguments for a JVM started by hand on `dbPath`, which the start-up benchmark times next
 * to npm start: the plain class path as before class-data sharing, or (`shared`) exactly as
 * startDynamoDbLocal runs it now; `settle()` after it exited.
 */
export function dynamoDbLocalCommand(
  port: number,
  dbPath: string,
  shared: boolean,
): { args: string[]; cwd: string; settle(): void } {
  const emulator = locateEmulator();
  const classes = ensureLauncher(emulator);
  const cds = shared ? classData(emulator, classes) : { classpath: `${classes}:${emulator.jar}`, flags: [] };
  const engine = ['-dbPath', resolve(dbPath), '-port', String(port)];
  const settle = 'settle' in cds ? cds.settle : () => undefined;
  return { args: [...cds.flags, ...jvmArgs(emulator, cds.classpath, engine)], cwd: dirname(classes), settle };
}

async function launch(
  args: string[],
  cwd: string,
  port: number,
  timeoutMs: number,
  graceMs: number,
): Promise<DynamoDbLocal> {
  // DynamoDB Local writes dynamodb-local-metadata.json into its working directory: keep it in the cache.
  const jvm = superviseProcess('java', args, { cwd });
  const endpoint = `http://${LOOPBACK}:${port}`;
  // Only our JVM prints the banner, so ListTables cannot be answered by a stranger on the port.
  await waitUntilReady(jvm, 'DynamoDB Local', timeoutMs, 25, async () => {
    if (!jvm.output().includes(READY_BANNER)) return false;
    return listTablesAnswers(endpoint);
  });
  return { endpoint, port, pid: jvm.child.pid!, exited: jvm.exited, output: jvm.output, stop: () => jvm.stop(graceMs) };
}

/**
 * One ListTables over plain HTTP (DynamoDB's JSON protocol), without loading the AWS SDK before the
 * JVM is even launched. DynamoDB Local checks no signature, only that one is there.
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ListTables.html
 */
async function listTablesAnswers(endpoint: string): Promise<boolean> {
  const scope = `local/20260101/${LOCAL_REGION}/dynamodb/aws4_request`;
  try {
    const res = await fetch(endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.0',
        'x-amz-target': 'DynamoDB_20120810.ListTables',
        authorization: `AWS4-HMAC-SHA256 Credential=${scope}, SignedHeaders=host, Signature=0`,
      },
      body: '{"Limit":1}',
      signal: AbortSignal.timeout(2_000),
    });
    return res.ok && Array.isArray(((await res.json()) as { TableNames?: unknown }).TableNames);
  } catch {
    return false;
  }
}
