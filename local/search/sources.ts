// The documents' sources, as the hits return them: each compressed (raw deflate, the fastest level) into
// one growing byte arena by document number, so 100,000 products' JSON costs a third of its text in memory
// and no object per document; a page of hits inflates only its own. Retired numbers' bytes stay until the
// index's rebuild, which starts a new store.
import { deflateRawSync, inflateRawSync, constants } from 'node:zlib';
import { grownInt32 } from './columns.ts';

/** One stored source, readable later: arena bytes are never overwritten (the arena only grows, into a copy). */
export class SourceRef {
  constructor(
    private readonly arena: Uint8Array,
    private readonly offset: number,
    private readonly length: number,
  ) {}

  json(): string {
    return inflateRawSync(this.arena.subarray(this.offset, this.offset + this.length)).toString('utf8');
  }
}

export class SourceStore {
  private arena = new Uint8Array(1 << 16);
  private used = 0;
  private offsets = new Int32Array(0);
  private lengths = new Int32Array(0);

  set(doc: number, json: string): void {
    const bytes = deflateRawSync(json, { level: constants.Z_BEST_SPEED });
    if (this.used + bytes.length > this.arena.length) {
      const grown = new Uint8Array(Math.max(this.arena.length * 2, this.used + bytes.length));
      grown.set(this.arena.subarray(0, this.used));
      this.arena = grown;
    }
    this.arena.set(bytes, this.used);
    this.offsets = grownInt32(this.offsets, doc + 1);
    this.lengths = grownInt32(this.lengths, doc + 1, -1);
    this.offsets[doc] = this.used;
    this.lengths[doc] = bytes.length;
    this.used += bytes.length;
  }

  /** The source as it is now, to read later (a save reads them piece by piece); undefined when none. */
  ref(doc: number): SourceRef | undefined {
    const length = this.lengths[doc] ?? -1;
    return length < 0 ? undefined : new SourceRef(this.arena, this.offsets[doc] as number, length);
  }

  /** The source's JSON text; undefined for a number never set or cleared. */
  get(doc: number): string | undefined {
    return this.ref(doc)?.json();
  }

  clear(doc: number): void {
    if (doc < this.lengths.length) this.lengths[doc] = -1;
  }
}
