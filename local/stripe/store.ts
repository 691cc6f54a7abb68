// The twin's state, in memory and in one JSON file under the caller's data directory, written aside
// and renamed (a crash mid-write never leaves half a file). Saves are coalesced: every caller of
// save() resumes once a write that includes its change is on disk.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Charge, PaymentIntent, Refund, StoredEvent, StoredSession } from './objects.ts';

export interface IdempotencyRecord {
  method: string;
  path: string;
  /** the decoded parameters, canonical JSON */
  params: string;
  status: number;
  body: unknown;
  /** ms since the epoch */
  createdAt: number;
}

export interface State {
  sessions: Record<string, StoredSession>;
  paymentIntents: Record<string, PaymentIntent>;
  charges: Record<string, Charge>;
  refunds: Record<string, Refund>;
  events: Record<string, StoredEvent>;
  idempotency: Record<string, IdempotencyRecord>;
  nextEventSeq: number;
}

export interface Store {
  readonly state: State;
  save(): Promise<void>;
  /** saves without waiting; a failed write is logged */
  saveLater(): void;
}

const FILE = 'stripe.json';
/** docs.stripe.com/api/idempotent_requests: keys may be pruned once they are at least 24 hours old. */
export const IDEMPOTENCY_KEY_TTL_MS = 24 * 3_600_000;
/** docs.stripe.com/api/events: events are kept for 30 days. */
export const EVENT_TTL_MS = 30 * 24 * 3_600_000;

function emptyState(): State {
  return {
    sessions: {},
    paymentIntents: {},
    charges: {},
    refunds: {},
    events: {},
    idempotency: {},
    nextEventSeq: 1,
  };
}

async function load(file: string): Promise<State> {
  try {
    return { ...emptyState(), ...(JSON.parse(await readFile(file, 'utf8')) as Partial<State>) };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return emptyState();
    throw err;
  }
}

/** Drops idempotency keys older than 24 h and events older than 30 days. */
export function prune(state: State, nowMs: number): void {
  for (const [key, record] of Object.entries(state.idempotency)) {
    if (nowMs - record.createdAt >= IDEMPOTENCY_KEY_TTL_MS) delete state.idempotency[key];
  }
  for (const [id, stored] of Object.entries(state.events)) {
    if (nowMs - stored.event.created * 1000 >= EVENT_TTL_MS) delete state.events[id];
  }
}

export async function openStore(dataDir: string, log: (line: string) => void): Promise<Store> {
  await mkdir(dataDir, { recursive: true });
  const file = join(dataDir, FILE);
  const state = await load(file);
  let queued: Promise<void> | undefined;
  let last: Promise<void> = Promise.resolve();
  const write = async () => {
    queued = undefined; // changes from here on need the next write
    const text = JSON.stringify(state);
    await writeFile(`${file}.tmp`, text, { mode: 0o600 });
    await rename(`${file}.tmp`, file);
  };
  const save = () => {
    if (!queued) {
      queued = last.then(write, write);
      last = queued.catch(() => undefined);
    }
    return queued;
  };
  return {
    state,
    save,
    saveLater() {
      save().catch((err: Error) => log(`stripe twin: saving ${file} failed: ${err.message}`));
    },
  };
}
