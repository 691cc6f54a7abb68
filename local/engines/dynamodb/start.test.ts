import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CreateTableCommand,
  DynamoDBClient,
  GetItemCommand,
  ListTablesCommand,
  PutItemCommand,
} from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { useDynamoDbLocal } from '../../../test/support/dynamodb-local.ts';
import { assertJavac, parseJavaMajor } from './java.ts';
import { startDynamoDbLocal, startDynamoDbLocalEarly } from './index.ts';
import { alive, externalIPv4, tryConnect, waitUntil } from '../../../test/support/network-checks.ts';

const ddb = useDynamoDbLocal();
const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function clientFor(endpoint: string) {
  return new DynamoDBClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
    maxAttempts: 1,
  });
}
/** The pids of the processes whose command line names `-dbPath <dbPath>`. */
function jvmsOn(dbPath: string): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
        return args.some((arg, i) => arg === '-dbPath' && args[i + 1] === dbPath);
      } catch {
        return false; // gone meanwhile
      }
    })
    .map(Number);
}

/** Resolves 'connected' or the socket error code. */
describe('DynamoDB Local on loopback', () => {
  it('answers ListTables at the endpoint it reports', async () => {
    expect(ddb.endpoint).toBe(`http://127.0.0.1:${ddb.port}`);
    const out = await ddb.client.send(new ListTablesCommand({}));
    expect(out.TableNames).toEqual(expect.any(Array));
  });

  it('answers only loopback Host names, so a DNS-rebinding page cannot reach the tables', async () => {
    // fetch forbids setting Host, so a raw request is sent as a rebinding browser would send it
    const raw = (host: string) =>
      new Promise<string>((resolve, reject) => {
        const socket = createConnection(ddb.port, '127.0.0.1', () =>
          socket.end(
            `POST / HTTP/1.1\r\nHost: ${host}\r\nContent-Type: application/x-amz-json-1.0\r\n` +
              'X-Amz-Target: DynamoDB_20120810.ListTables\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}',
          ),
        );
        let answer = '';
        socket.on('data', (chunk) => (answer += chunk.toString()));
        socket.on('end', () => resolve(answer));
        socket.on('error', reject);
      });
    const rebound = await raw(`evil.example:${ddb.port}`);
    expect(rebound).toMatch(/^HTTP\/1\.1 403/);
    expect(rebound).toContain('AccessDeniedException');
    expect(rebound).not.toContain('TableNames');
    for (const host of [`127.0.0.1:${ddb.port}`, `localhost:${ddb.port}`])
      expect(await raw(host)).toMatch(/^HTTP\/1\.1 (200|400)/);
  });

  it('its listening socket is bound to 127.0.0.1 only (ss -ltn)', () => {
    const lines = execFileSync('ss', ['-Hltn', `sport = :${ddb.port}`], { encoding: 'utf8' })
      .trim()
      .split('\n');
    const locals = lines.filter(Boolean).map((line) => line.trim().split(/\s+/)[3]);
    expect(locals.length).toBeGreaterThan(0);
    for (const local of locals) expect(local).toMatch(/^(127\.0\.0\.1|\[::ffff:127\.0\.0\.1\]):\d+$/);
  });

  it.runIf(externalIPv4)('refuses connections on the machine’s non-loopback IPv4 address', async () => {
    expect(await tryConnect('127.0.0.1', ddb.port)).toBe('connected');
    expect(await tryConnect(externalIPv4!, ddb.port)).toBe('ECONNREFUSED');
  });
});

describe('startDynamoDbLocal', () => {
  it('keeps tables and items in -dbPath across a restart, and stop() waits for the JVM to exit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ddb-local-'));
    try {
      const first = await startDynamoDbLocal({ dbPath: join(dir, 'data') });
      const a = clientFor(first.endpoint);
      await a.send(
        new CreateTableCommand({
          TableName: 'Kept',
          BillingMode: 'PAY_PER_REQUEST',
          KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
          AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
        }),
      );
      await a.send(new PutItemCommand({ TableName: 'Kept', Item: { id: { S: 'x' }, v: { N: '1' } } }));
      a.destroy();
      await first.stop();
      expect(alive(first.pid)).toBe(false);

      const second = await startDynamoDbLocal({ dbPath: join(dir, 'data') });
      const b = clientFor(second.endpoint);
      const got = await b.send(new GetItemCommand({ TableName: 'Kept', Key: { id: { S: 'x' } } }));
      b.destroy();
      await second.stop();
      expect(got.Item).toEqual({ id: { S: 'x' }, v: { N: '1' } });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('adopts the JVM started early for the same data dir, once (npm start starts it first)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ddb-early-'));
    try {
      startDynamoDbLocalEarly(join(dir, 'data'));
      const adopted = await startDynamoDbLocal({ dbPath: join(dir, 'data') });
      const other = await startDynamoDbLocal({ dbPath: join(dir, 'other') });
      // one JVM on that folder, the early one: a start of its own would have left two
      expect(jvmsOn(join(dir, 'data'))).toEqual([adopted.pid]);
      expect(other.pid).not.toBe(adopted.pid);
      const client = clientFor(adopted.endpoint);
      expect((await client.send(new ListTablesCommand({}))).TableNames).toEqual([]);
      client.destroy();
      await Promise.all([adopted.stop(), other.stop()]);
      // adopted once: the next start on the same folder launches a JVM of its own
      const again = await startDynamoDbLocal({ dbPath: join(dir, 'data') });
      expect(again.pid).not.toBe(adopted.pid);
      await again.stop();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('rejects with the JVM output when the process exits early (port already taken)', async () => {
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    const port = (blocker.address() as { port: number }).port;
    try {
      await expect(startDynamoDbLocal({ port })).rejects.toThrow(
        /exited before it was ready[\s\S]*(BindException|Address already in use)/,
      );
    } finally {
      blocker.close();
    }
  });

  it('says which JDK to install when java is not on PATH', async () => {
    const saved = process.env['PATH'];
    const empty = mkdtempSync(join(tmpdir(), 'no-java-'));
    process.env['PATH'] = empty;
    try {
      await expect(startDynamoDbLocal()).rejects.toThrow(
        'DynamoDB Local needs Java, but `java` was not found on PATH: ' +
          'install a JDK 17, e.g. `sudo apt-get install -y openjdk-17-jdk-headless`.',
      );
    } finally {
      process.env['PATH'] = saved;
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('says a JRE is not enough when javac is missing (it compiles the launcher once)', () => {
    const bin = mkdtempSync(join(tmpdir(), 'jre-only-'));
    symlinkSync(execFileSync('sh', ['-c', 'command -v java'], { encoding: 'utf8' }).trim(), join(bin, 'java'));
    const saved = process.env['PATH'];
    process.env['PATH'] = bin;
    try {
      expect(() => assertJavac()).toThrow(/`javac` was not found on PATH \(a JRE is not enough\): install a JDK 17/);
    } finally {
      process.env['PATH'] = saved;
      rmSync(bin, { recursive: true, force: true });
    }
  });

  it('the JVM exits when the Node process that started it is killed with SIGKILL', async () => {
    const moduleUrl = JSON.stringify(new URL('./index.ts', import.meta.url).href);
    const script = `const { startDynamoDbLocal } = await import(${moduleUrl});
      const d = await startDynamoDbLocal(); console.log('pid=' + d.pid); setInterval(() => {}, 1000);`;
    const parent = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const javaPid = await new Promise<number>((done, fail) => {
      let out = '';
      parent.stdout!.on('data', (c: Buffer) => {
        out += c.toString();
        const m = /pid=(\d+)/.exec(out);
        if (m) done(Number(m[1]));
      });
      parent.once('exit', (code) =>
        fail(new Error(`child Node exited (${code}) before DynamoDB Local started: ${out}`)),
      );
    });
    expect(alive(javaPid)).toBe(true);
    parent.kill('SIGKILL');
    expect(await waitUntil(() => !alive(javaPid), 15_000)).toBe(true);
  });
});

describe('parseJavaMajor', () => {
  it.each([
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['java version "1.8.0_422"', 8],
    ['openjdk version "25" 2025-09-16', 25],
    ['no java here', undefined],
  ])('%s → %s', (text, major) => expect(parseJavaMajor(text)).toBe(major));
});
