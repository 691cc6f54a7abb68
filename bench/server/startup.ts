// Seconds from `npm start` to the first answered query: spawn the CLI (package.json's start script
// run with node itself, `-- --no-seed` added, without npm's own start-up) on free ports with its own
// data dir and outputs file, poll `{ categories { id } }` with the API key from the outputs file
// until it answers, then SIGINT it and wait for it to exit.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from '../../local/engines/index.ts';

export interface StartupResult {
  /** spawn → first `{ categories { id } }` answered with data */
  secondsToFirstAnswer: number;
  /** spawn → the CLI printed "The shop API is up" */
  secondsToReadyLine: number | null;
  /** SIGINT → exit */
  secondsToStop: number;
  exitCode: number | null;
  /** the CLI's own "[x.xs] …" progress lines */
  progress: string[];
  /** whether the run reused cdk.out (no synth) */
  reusedCdkOut: boolean | null;
}

/** `npm start`'s command as node arguments: "tsx local/cli.ts" → --import tsx local/cli.ts; "node x" → x. */
export function startCommand(root: string): string[] {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: { start: string } };
  const [runner, ...rest] = pkg.scripts.start.trim().split(/\s+/);
  if (runner === 'tsx') return ['--import', 'tsx', ...rest];
  if (runner === 'node') return rest;
  throw new Error(`package.json's start script is neither tsx nor node: ${pkg.scripts.start}`);
}

export async function measureStartup(
  root: string,
  dataDir: string,
  outputsFile: string,
  timeoutSeconds = 180,
): Promise<StartupResult> {
  const [port, cognitoPort] = [await freePort(), await freePort()];
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  const child = spawn(process.execPath, [...startCommand(root), '--no-seed'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      COGNITO_PORT: String(cognitoPort),
      SHOP_DATA_DIR: dataDir,
      SHOP_OUTPUTS_FILE: outputsFile,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let readyAt: number | null = null;
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
    if (readyAt === null && output.includes('The shop API is up')) readyAt = elapsed();
  });
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  let exited = false;
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => ((exited = true), resolve(code))));

  const poll = async (): Promise<number> => {
    const url = `http://127.0.0.1:${port}/graphql`;
    for (;;) {
      if (exited) throw new Error(`npm start exited before answering:\n${output.slice(-4000)}`);
      if (elapsed() > timeoutSeconds)
        throw new Error(`npm start did not answer within ${timeoutSeconds} s:\n${output.slice(-4000)}`);
      // The API key is only in the outputs file, written once everything is up (the file is fresh per run).
      const apiKey = existsSync(outputsFile)
        ? await readFile(outputsFile, 'utf8')
            .then((t) => (JSON.parse(t) as { apiKey?: string }).apiKey)
            .catch(() => undefined)
        : undefined;
      if (apiKey) {
        const answer = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-api-key': apiKey },
          body: JSON.stringify({ query: '{ categories { id } }' }),
        })
          .then(async (r) =>
            r.ok ? ((await r.json()) as { data?: { categories?: unknown }; errors?: unknown[] }) : undefined,
          )
          .catch(() => undefined);
        if (answer && Array.isArray(answer.data?.categories) && !answer.errors?.length) return elapsed();
      }
      await sleep(20);
    }
  };
  const stop = async (): Promise<{ exitCode: number | null; secondsToStop: number }> => {
    const stopping = performance.now();
    if (!exited) child.kill('SIGINT');
    const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    const exitCode = await exit;
    clearTimeout(killer);
    return { exitCode, secondsToStop: (performance.now() - stopping) / 1000 };
  };
  let answeredAt: number;
  try {
    answeredAt = await poll();
  } catch (err) {
    await stop();
    throw err;
  }
  const { exitCode, secondsToStop } = await stop();
  const progress = output.split('\n').filter((l) => /^\[\d+\.\d+s\]/.test(l));
  const reused = progress.some((l) => l.includes('reused cdk.out'))
    ? true
    : progress.some((l) => l.includes('synthesized into cdk.out'))
      ? false
      : null;
  return {
    secondsToFirstAnswer: answeredAt,
    secondsToReadyLine: readyAt,
    secondsToStop,
    exitCode,
    progress,
    reusedCdkOut: reused,
  };
}
