// startTwins over fake twins: independent twins start together, a twin sees what the twins it
// needs contributed, a restart provisions again, and a failed start stops what had started.
import { describe, expect, it } from 'vitest';
import type { StackArtifact } from '../../stack/index.ts';
import { startTwins } from './start-twins.ts';
import { defineTwin, emptyOutputs, type TwinContext, type TwinOutputs } from './twin.ts';

const artifact = { template: { Resources: {} } } as unknown as StackArtifact;
const contextFor = (_twin: unknown, upstream: TwinOutputs) => ({ upstream }) as unknown as TwinContext;

interface FakeEngine {
  name: string;
  restart?: () => Promise<void>;
  onRestart(listener: () => Promise<void>): void;
}

interface FakeOptions {
  needs?: string[];
  /** start waits for it (after noting that it started) */
  gate?: Promise<void>;
  started?: () => void;
  fail?: boolean;
}

function fakeTwin(name: string, journal: string[], options: FakeOptions = {}) {
  return defineTwin<FakeEngine, number>({
    name,
    ...(options.needs ? { needs: options.needs } : {}),
    needed: () => true,
    async start(context) {
      journal.push(`start ${name} seeing ${Object.keys(context.upstream.endpoints).join(',') || 'nothing'}`);
      options.started?.();
      await options.gate;
      if (options.fail) throw new Error(`${name} broke`);
      const engine: FakeEngine = { name, onRestart: (listener) => void (engine.restart = listener) };
      return engine;
    },
    async provision() {
      journal.push(`provision ${name}`);
      return journal.length;
    },
    outputs: () => ({ endpoints: { [name]: `http://${name}` }, where: [`${name} here`] }),
    stop: async () => void journal.push(`stop ${name}`),
  });
}

describe('startTwins', () => {
  it('starts independent twins together and a dependent one after them, with their outputs', async () => {
    const journal: string[] = [];
    let open: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (open = resolve));
    let count = 0;
    let starting: ReturnType<typeof startTwins> | undefined;
    // both must be inside start() at once: one at a time, this would never resolve
    const bothStarted = new Promise<void>((resolve) => {
      const started = () => void (++count === 2 && resolve());
      starting = startTwins(
        [
          fakeTwin('a', journal, { gate, started }),
          fakeTwin('b', journal, { gate, started }),
          fakeTwin('c', journal, { needs: ['a', 'b'] }),
        ],
        artifact,
        emptyOutputs(),
        contextFor,
      );
    });
    await bothStarted;
    expect(journal).toEqual(['start a seeing nothing', 'start b seeing nothing']);
    open();
    const twins = await starting!;
    expect(journal.slice(2)).toEqual(['provision a', 'provision b', 'start c seeing a,b', 'provision c']);
    expect(twins.outputs.where).toEqual(['a here', 'b here', 'c here']);
    await twins.stop();
    expect(journal.slice(-3)).toEqual(['stop c', 'stop b', 'stop a']);
  });

  it('provisions a twin again when its engine restarts', async () => {
    const journal: string[] = [];
    const engines: FakeEngine[] = [];
    const twin = fakeTwin('a', journal);
    const recording = {
      ...twin,
      start: async (ctx: TwinContext) => {
        const engine = (await twin.start(ctx)) as unknown as FakeEngine;
        engines.push(engine);
        return engine as never;
      },
    };
    const twins = await startTwins([recording], artifact, emptyOutputs(), contextFor);
    await engines[0]?.restart?.();
    expect(journal).toEqual(['start a seeing nothing', 'provision a', 'provision a']);
    await twins.stop();
  });

  it('stops the twins that started when another fails, and rejects with its error', async () => {
    const journal: string[] = [];
    const list = [fakeTwin('a', journal), fakeTwin('b', journal, { fail: true })];
    const starting = startTwins(list, artifact, emptyOutputs(), contextFor);
    await expect(starting).rejects.toThrow('b broke');
    expect(journal).toContain('stop a');
  });

  it('refuses a list where a twin comes before one it needs', async () => {
    const journal: string[] = [];
    const list = [fakeTwin('c', journal, { needs: ['a'] }), fakeTwin('a', journal)];
    const starting = startTwins(list, artifact, emptyOutputs(), contextFor);
    await expect(starting).rejects.toThrow('Twin c needs a: list a before it');
  });
});
