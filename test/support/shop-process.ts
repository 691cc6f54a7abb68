// Runs `npm start`'s entry point as a child process — exactly what a user runs — on free ports,
// with its own data dir and outputs file, and waits until it says the API is up.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LocalOutputs } from '../../local/start/index.ts';
import { freePort } from './free-port.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface ShopProcess {
  child: ChildProcess;
  outputs: LocalOutputs;
  /** where this process wrote its outputs.local.json */
  outputsFile: string;
  dataDir: string;
  output(): string;
  /** resolves with the first match of `pattern` in the output (rejects if the process exits first) */
  waitFor(pattern: RegExp): Promise<RegExpMatchArray>;
  /** sends the signal and resolves with the exit code */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export interface ShopProcessOptions {
  args?: string[];
  /** reuse a data dir (restart) */
  dataDir?: string;
  ports?: { port: number; cognitoPort: number };
  env?: Record<string, string>;
  timeoutMs?: number;
}

export async function startShopProcess(options: ShopProcessOptions = {}): Promise<ShopProcess> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'shop-data-')));
  const outputsFile = join(dataDir, '..', `${dataDir.split('/').pop()}-outputs.json`);
  const ports = options.ports ?? { port: await freePort(), cognitoPort: await freePort() };
  const child = spawn(process.execPath, ['--import', 'tsx', 'local/cli.ts', ...(options.args ?? [])], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(ports.port),
      COGNITO_PORT: String(ports.cognitoPort),
      SHOP_DATA_DIR: dataDir,
      SHOP_OUTPUTS_FILE: outputsFile,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`npm start did not come up within ${options.timeoutMs ?? 90000} ms:\n${output}`)),
      options.timeoutMs ?? 90000,
    );
    const check = () => {
      if (output.includes('The shop API is up')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`npm start exited with ${code} before coming up:\n${output}`));
    });
  });
  const outputs = JSON.parse(await readFile(outputsFile, 'utf8')) as LocalOutputs;
  const waitFor = (pattern: RegExp) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const check = () => {
        const match = output.match(pattern);
        if (!match) return;
        child.stdout?.off('data', check);
        child.stderr?.off('data', check);
        resolve(match);
      };
      child.stdout?.on('data', check);
      child.stderr?.on('data', check);
      void exited.then((code) =>
        reject(new Error(`npm start exited (${code}) before printing ${pattern}:\n${output}`)),
      );
      check();
    });
  return {
    child,
    outputs,
    outputsFile,
    dataDir,
    output: () => output,
    waitFor,
    async stop(signal = 'SIGINT') {
      if (child.exitCode !== null) return child.exitCode;
      child.kill(signal);
      return exited;
    },
  };
}
