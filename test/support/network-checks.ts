// Checks tests make on what a twin exposes: can this address be reached, is that process alive.
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';

/** 'connected', or the error code the connection attempt ended with. */
export function tryConnect(host: string, port: number): Promise<string> {
  return new Promise((done) => {
    const socket = connect({ host, port, timeout: 2_000 });
    socket.once('connect', () => (socket.destroy(), done('connected')));
    socket.once('timeout', () => (socket.destroy(), done('ETIMEDOUT')));
    socket.once('error', (err: NodeJS.ErrnoException) => done(err.code ?? err.message));
  });
}

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function waitUntil(check: () => boolean, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 100)))
    if (check()) return true;
  return check();
}

/** This machine's first non-loopback IPv4 address, if it has one. */
export const externalIPv4 = Object.values(networkInterfaces())
  .flat()
  .find((a) => a && a.family === 'IPv4' && !a.internal)?.address;
