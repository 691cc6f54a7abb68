// Messages between the host and a sandbox worker process.
import type { EvaluationRequest } from '../realm/create-realm.ts';

/** First message: the realm's code. The worker answers `{ ready: true }`. */
export interface WorkerStart {
  sandboxBundle: string;
}

export interface WorkerJob extends EvaluationRequest {
  id: number;
}

export type WorkerReply = { id: number; outcome: string; error?: undefined } | { id: number; outcome?: undefined; error: string };
