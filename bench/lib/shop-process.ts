// `npm start` as a child process for a benchmark: `node --import tsx local/cli.ts` (what `npm start`
// runs, minus npm's own start-up) on free ports with its own data dir and outputs file, up when it
// prints its ready line; stop() sends SIGINT and waits for the exit.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../local/engines/index.ts';
import type { LocalOutputs } from '../../local/start/index.ts';

const READY = 'The shop API is up';

export interface ShopProcess {
  outputs: LocalOutputs;
  /** http://127.0.0.1:<port>, where the API, the storefront and the admin are served */
  origin: string;
  stop(): Promise<void>;
}

export interface ShopProcessOptions {
  root: string;
  /** extra CLI flags, e.g. --no-seed */
  args?: string[];
  /** the child's progress lines ("[1.2s] …"), as they come */
  progress?: (line: string) => void;
  timeoutSeconds?: number;
}

/** Resolves once the child printed the ready line; rejects with its output if it exits or times out first. */
function untilReady(child: ChildProcess, output: () => string, timeoutSeconds: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(`did not come up within ${timeoutSeconds} s`), timeoutSeconds * 1000);
    const fail = (why: string) => {
      clearTimeout(timer);
      reject(new Error(`npm start ${why}:\n${output().slice(-4000)}`));
    };
    child.stdout?.on('data', () => {
      if (!output().includes(READY)) return;
      clearTimeout(timer);
      resolve();
    });
    child.once('exit', (code, signal) => fail(`exited (${code ?? signal}) before it was up`));
  });
}

export async function startShopProcess(options: ShopProcessOptions): Promise<ShopProcess> {
  const scratch = await mkdtemp(join(process.env.BENCH_TMPDIR ?? tmpdir(), 'bench-shop-'));
  const outputsFile = join(scratch, 'outputs.json');
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'local/cli.ts', ...(options.args ?? [])], {
    cwd: options.root,
    env: {
      ...process.env,
      PORT: String(port),
      COGNITO_PORT: String(await freePort()),
      SHOP_DATA_DIR: join(scratch, 'data'),
      SHOP_OUTPUTS_FILE: outputsFile,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // a benchmark that throws must not leave the shop (and its JVM) running
  const orphan = () => child.kill('SIGINT');
  process.once('exit', orphan);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    output += text;
    for (const line of text.split('\n')) if (/^\[\d/.test(line)) options.progress?.(line);
  });
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await untilReady(child, () => output, options.timeoutSeconds ?? 180);
  } catch (err) {
    child.kill('SIGINT');
    throw err;
  }
  return {
    outputs: JSON.parse(await readFile(outputsFile, 'utf8')) as LocalOutputs,
    origin: `http://127.0.0.1:${port}`,
    async stop() {
      process.off('exit', orphan);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
      await exited;
      await rm(scratch, { recursive: true, force: true });
    },
  };
}
