import { describe, expect, it } from 'vitest';
import { utf8Decode, utf8Encode } from './utf8.ts';

describe('utf8Encode', () => {
  it('encodes 1- to 4-byte sequences', () => {
    expect(utf8Encode('A')).toEqual([0x41]);
    expect(utf8Encode('é')).toEqual([0xc3, 0xa9]);
    expect(utf8Encode('€')).toEqual([0xe2, 0x82, 0xac]);
    expect(utf8Encode('😀')).toEqual([0xf0, 0x9f, 0x98, 0x80]);
    expect(utf8Encode('')).toEqual([]);
  });

  it("encodes unpaired surrogates as '?' like java", () => {
    expect(utf8Encode('\ud83dx\ude00')).toEqual([0x3f, 0x78, 0x3f]);
  });
});

describe('utf8Decode', () => {
  it('decodes valid sequences', () => {
    expect(utf8Decode([0x41, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80])).toBe('Aé€😀');
  });

  it('replaces malformed input with U+FFFD', () => {
    expect(utf8Decode([0xff])).toBe('\ufffd');
    expect(utf8Decode([0xc3])).toBe('\ufffd');
    expect(utf8Decode([0xc3, 0x41])).toBe('\ufffdA');
    expect(utf8Decode([0xc0, 0x80])).toBe('\ufffd\ufffd'); // overlong encodings are refused
    expect(utf8Decode([0xed, 0xa0, 0x80])).toBe('\ufffd'); // encoded surrogate
  });
});
