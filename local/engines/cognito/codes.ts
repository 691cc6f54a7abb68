// Reads the confirmation codes out of cognito-local's output: hooks.cjs writes each one at once as a
// JSON line after a per-launch secret mark, so nothing a user types (an email address) can imitate one,
// and a line is handled as soon as it is complete, however the output is cut into chunks.
import { randomBytes } from 'node:crypto';

export interface CodeDelivery {
  destination: string;
  code: string;
}

/** Longer lines are not ours (ours are short JSON): keep only their tail while waiting for "\n". */
const MAX_LINE = 64 * 1024;

/** A fresh secret mark for one launch. */
export const newCodeMark = (): string => `shop-code-${randomBytes(12).toString('hex')}`;

function parse(json: string): CodeDelivery | undefined {
  try {
    const value = JSON.parse(json) as Partial<CodeDelivery>;
    if (typeof value.destination === 'string' && typeof value.code === 'string') {
      return { destination: value.destination, code: value.code };
    }
  } catch {
    // a line that only looks like ours
  }
  return undefined;
}

/** A sink for output chunks that calls `onCode` once per code line, as soon as the line is complete. */
export function codeReader(mark: string, onCode: (code: CodeDelivery) => void): (text: string) => void {
  const prefix = `${mark} `;
  let partial = '';
  return (text) => {
    const lines = (partial + text).split('\n');
    partial = (lines.pop() ?? '').slice(-MAX_LINE);
    for (const line of lines) {
      // another writer's unfinished line may come before ours on the same line
      const at = line.indexOf(prefix);
      const found = at < 0 ? undefined : parse(line.slice(at + prefix.length));
      if (found) onCode(found);
    }
  };
}
