// Runs the floor or the peer in a process of its own (forked by index.ts), so each server under test
// has its own event loop and heap, as ours has, and its CPU time can be read per process.
// Protocol: the parent sends { kind, options }; the child answers { url } or { error }, then serves
// until it gets SIGTERM.
import { fork, type ChildProcess } from 'node:child_process';
import { startFloor } from './floor.ts';
import { startPeer } from './peer.ts';

export interface HostOptions {
  root: string;
  endpoint: string;
  region: string;
  tableName: string;
  apiKey: string;
  currency: string;
  port: number;
}

export interface HostedServer {
  url: string;
  pid: number;
  close(): Promise<void>;
}

/** Parent side: fork this file and start `kind` in it. */
export function hostServer(kind: 'floor' | 'peer', options: HostOptions): Promise<HostedServer> {
  const child: ChildProcess = fork(new URL(import.meta.url), ['--serve'], {
    cwd: options.root,
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    child.once('exit', (code, signal) =>
      reject(new Error(`the ${kind} server exited (${code ?? signal}) before it was up`)),
    );
    child.once('message', (message: { url?: string; error?: string }) => {
      if (message.error !== undefined || !message.url) {
        child.kill('SIGKILL');
        reject(new Error(`the ${kind} server failed: ${message.error}`));
        return;
      }
      resolve({
        url: message.url,
        pid: child.pid as number,
        close: async () => {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          await exited;
        },
      });
    });
    child.send({ kind, options });
  });
}

// Child side.
if (process.argv.includes('--serve') && process.send) {
  process.once('message', (message: { kind: 'floor' | 'peer'; options: HostOptions }) => {
    const { kind, options } = message;
    const started = kind === 'floor' ? startFloor(options) : startPeer(options.root, options);
    started.then(
      (server) => {
        process.once('SIGTERM', () => void server.close().finally(() => process.exit(0)));
        process.send!({ url: server.url });
      },
      (err: unknown) => {
        process.send!({ error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
      },
    );
  });
  // Die with the parent.
  process.on('disconnect', () => process.exit(0));
}
