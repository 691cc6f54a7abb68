// The code reader takes exactly the marked JSON lines, whole, however the output is cut into chunks,
// and nothing without the launch's secret mark (a pretty box, a hostile email address) counts.
import { describe, expect, it } from 'vitest';
import { codeReader, newCodeMark, type CodeDelivery } from './codes.ts';

function read(mark: string, chunks: string[]): CodeDelivery[] {
  const found: CodeDelivery[] = [];
  const feed = codeReader(mark, (c) => found.push(c));
  chunks.forEach(feed);
  return found;
}

describe('codeReader', () => {
  const mark = newCodeMark();
  const line = `\n${mark} {"destination":"ada@example.com","code":"123456"}\n`;

  it('finds a code cut into two chunks at every position', () => {
    for (let at = 0; at <= line.length; at++) {
      expect(read(mark, [line.slice(0, at), line.slice(at)])).toEqual([
        { destination: 'ada@example.com', code: '123456' },
      ]);
    }
  });

  it("finds 20 codes arriving in one chunk among other output, and a code after another writer's half line", () => {
    const many = Array.from({ length: 20 }, (_, i) => `noise ${i}\n${mark} {"destination":"u${i}@x","code":"${i}"}\n`);
    expect(read(mark, [many.join('')])).toHaveLength(20);
    expect(read(mark, [`[123] INFO: half a pino li${line.slice(1)}ne's rest\n`])).toEqual([
      { destination: 'ada@example.com', code: '123456' },
    ]);
  });

  it("ignores lines without this launch's mark, and marked lines that are not a code", () => {
    const box = '│   Destination: ada@example.com   │\n│   Code:        123456   │\n';
    const forged = `${newCodeMark()} {"destination":"victim@example.com","code":"000000"}\n`;
    const broken = `${mark} {"destination":"a@x"\n${mark} ["a","b"]\n${mark} {"destination":1,"code":"2"}\n`;
    expect(read(mark, [box, forged, broken])).toEqual([]);
  });

  it('makes a new unguessable mark each time', () => {
    expect(newCodeMark()).not.toBe(newCodeMark());
    expect(newCodeMark()).toMatch(/^shop-code-[0-9a-f]{24}$/);
  });
});
