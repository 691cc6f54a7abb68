// keepAlive with real child processes that crash on cue: it logs the exit with the last output,
// restarts through the same launch, re-provisions, and gives up after repeated failures.
import { describe, expect, it } from 'vitest';
import { keepAlive, type EngineProcess } from './keep-alive.ts';
import { superviseProcess } from './supervised-process.ts';

/** A node child that prints a line (ready, like a real engine's banner), then idles or exits with `code`. */
async function fakeEngine(line: string, exitCode?: number): Promise<EngineProcess> {
  const script =
    exitCode === undefined
      ? `console.log(${JSON.stringify(line)}); setInterval(() => {}, 1000)`
      : `console.log(${JSON.stringify(line)}); process.exit(${exitCode})`;
  const child = superviseProcess(process.execPath, ['-e', script], {});
  await new Promise<void>((resolve) => {
    const check = () => (child.output().includes(line) ? resolve() : undefined);
    child.child.stdout?.on('data', check);
    void child.exited.then(() => resolve());
  });
  return { pid: child.child.pid!, exited: child.exited, output: child.output, stop: () => child.stop(2_000) };
}

function collector() {
  const lines: string[] = [];
  const waiters: Array<{ pattern: RegExp; resolve: (line: string) => void }> = [];
  return {
    lines,
    log(line: string) {
      lines.push(line);
      for (const w of waiters.filter((w) => w.pattern.test(line))) w.resolve(line);
    },
    next(pattern: RegExp): Promise<string> {
      return new Promise((resolve) => waiters.push({ pattern, resolve }));
    },
  };
}

describe('keepAlive', () => {
  it('leaves an engine stopped by Ctrl-C (SIGINT reaches the whole process group) to the shutdown', async () => {
    const log = collector();
    let launches = 0;
    const kept = await keepAlive({
      name: 'Fake DB',
      launch: () => fakeEngine(`fake db run ${++launches}`),
      log: log.log,
      giveUp: () => undefined,
      remedy: 'do something',
      backoffMs: () => 0,
    });
    const first = kept.current();
    process.kill(first.pid, 'SIGINT');
    await first.exited;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(launches).toBe(1);
    expect(log.lines).toEqual([]);
    await kept.stop();
  });

  it('reports an unexpected exit, restarts with the same launch and re-provisions', async () => {
    const log = collector();
    let launches = 0;
    const provisioned: number[] = [];
    const kept = await keepAlive({
      name: 'Fake DB',
      launch: () => fakeEngine(`fake db run ${++launches}`),
      log: log.log,
      giveUp: () => undefined,
      remedy: 'do something',
      backoffMs: () => 0,
    });
    kept.onRestart(async (engine) => void provisioned.push(engine.pid));
    const first = kept.current();
    const reported = log.next(/unexpectedly/);
    const back = log.next(/is back/);
    process.kill(first.pid, 'SIGKILL');

    const exit = `^Fake DB \\(pid ${first.pid}\\) exited with signal SIGKILL unexpectedly`;
    expect(await reported).toMatch(new RegExp(exit));
    expect(await reported).toContain('fake db run 1');
    expect(await back).toBe(`Fake DB is back (pid ${kept.current().pid})`);
    expect(launches).toBe(2);
    expect(provisioned).toEqual([kept.current().pid]);
    expect(kept.outage()).toBeUndefined();
    await kept.stop();
    expect(log.lines.filter((l) => l.includes('unexpectedly'))).toHaveLength(1);
  });

  it('says it is restarting while the engine is down', async () => {
    const log = collector();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let launches = 0;
    const kept = await keepAlive({
      name: 'Fake DB',
      launch: async () => {
        if (++launches === 2) await gate;
        return fakeEngine('up');
      },
      log: log.log,
      giveUp: () => undefined,
      remedy: 'do something',
      backoffMs: () => 0,
    });
    const restarting = log.next(/restarting in/);
    process.kill(kept.current().pid, 'SIGTERM');
    await restarting;
    expect(kept.outage()).toBe('restarting after it exited with signal SIGTERM');
    const back = log.next(/is back/);
    release();
    await back;
    expect(kept.outage()).toBeUndefined();
    await kept.stop();
  });

  it('gives up after repeated failures with the engine output and what to do', async () => {
    const log = collector();
    let launches = 0;
    let message = '';
    const gaveUp = new Promise<void>((resolve) => {
      void keepAlive({
        name: 'Fake DB',
        // the first start works; every later one crashes right after printing
        launch: () => (++launches === 1 ? fakeEngine('first', 1) : fakeEngine(`broken ${launches}`, 3)),
        log: log.log,
        giveUp: (text) => {
          message = text;
          resolve();
        },
        remedy: 'Run `npm start -- --reset` if its data is damaged.',
        backoffMs: () => 0,
      });
    });
    await gaveUp;
    expect(message).toMatch(/^Fake DB failed 5 times within 60 s \(last: exited with code 3\)/);
    expect(message).toContain('broken 5');
    expect(message).toMatch(/Run `npm start -- --reset` if its data is damaged\.$/);
    expect(launches).toBe(5);
  });
});
